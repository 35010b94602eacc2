import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// `--transitive`: caps for installed packages no manifest declares, where the project's
/// tool reads them, proved with pip's own parser, `git apply` and the command's own modes.
@Suite struct TransitiveTests {
    static let seedLock = "Flask==1.1.2\nWerkzeug==1.0.1\nJinja2==2.11.3\nitsdangerous==1.1.0\nclick==7.1.2\nMarkupSafe==1.1.1\n"
    static let seedCaps = "click<8\nitsdangerous<2\nJinja2<3\nMarkupSafe<2\nWerkzeug<2\n"

    /// The seed's repository: `Flask==1.1.2` and a freeze lock of what Flask pulled in in spring 2021.
    static func seed() throws -> TestWorkspace {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try ws.write("requirements.txt", "Flask==1.1.2\n")
        try ws.write("freeze.lock", seedLock)
        return ws
    }

    /// Runs a tool in `folder`; nil when it cannot be started.
    static func tool(_ arguments: [String], in folder: URL) -> (status: Int32, stdout: String, stderr: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return nil }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    static func has(_ command: String, _ probe: [String]) -> Bool {
        guard let result = tool([command] + probe, in: URL(fileURLWithPath: "/")) else { return false }
        return result.status == 0
    }

    @Test func seedGetsConstraintsFileAndPipReadsItAsConstraints() throws {
        let ws = try Self.seed()
        let result = ws.run(["--transitive", "--lock", "freeze.lock"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try ws.read("requirements.txt") == "Flask==1.1.2\n-c constraints.txt\n")
        #expect(try ws.read("constraints.txt") == Self.seedCaps)
        guard Self.has("python3", ["-c", "import pip._internal.req.req_file"]) else { return }
        // pip's own requirements-file parser: Flask is a requirement, the five caps are constraints.
        let script = """
            from pip._internal.req.req_file import parse_requirements
            from pip._internal.network.session import PipSession
            for r in parse_requirements("requirements.txt", session=PipSession()):
                print(("constraint " if r.constraint else "requirement ") + r.requirement)
            """
        let parsed = try #require(Self.tool(["python3", "-c", script], in: ws.url))
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout == """
            requirement Flask==1.1.2
            constraint click<8
            constraint itsdangerous<2
            constraint Jinja2<3
            constraint MarkupSafe<2
            constraint Werkzeug<2

            """)
    }

    @Test func diffOfNewConstraintsFileIsFromDevNullAndGitApplyTakesIt() throws {
        let ws = try Self.seed()
        let diff = ws.run(["--transitive", "--diff", "--lock", "freeze.lock"])
        #expect(diff.status == .success)
        #expect(diff.stdout.contains("--- /dev/null\n+++ b/constraints.txt\n@@ -0,0 +1,5 @@\n+click<8\n"))
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("constraints.txt").path), "--diff wrote a file")
        guard Self.has("git", ["--version"]) else { return }
        try ws.write("caps.patch", diff.stdout)
        let check = try #require(Self.tool(["git", "apply", "--check", "caps.patch"], in: ws.url))
        #expect(check.status == 0, "\(check.stderr)")
        let apply = try #require(Self.tool(["git", "apply", "caps.patch"], in: ws.url))
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(try ws.read("constraints.txt") == Self.seedCaps)
        #expect(try ws.read("requirements.txt") == "Flask==1.1.2\n-c constraints.txt\n")
    }

    @Test func checkExitsOneWhileATransitivePackageHasNoCap() throws {
        let ws = try Self.seed()
        let before = ws.run(["--transitive", "--check", "--lock", "freeze.lock"])
        #expect(before.status == .unbounded)
        #expect(before.stdout.contains("constraints.txt:5:1: Werkzeug 1.0.1 is installed with no cap (would add Werkzeug<2)\n"))
        // Without --transitive the pinned project passes: the gap is only seen when asked for.
        #expect(ws.run(["--check", "--lock", "freeze.lock"]).status == .success)
        #expect(ws.run(["--transitive", "--lock", "freeze.lock"]).status == .success)
        let after = ws.run(["--transitive", "--check", "--lock", "freeze.lock"])
        #expect(after.status == .success, "\(after.stdout)")
        // A cap that is removed by hand is missing again.
        try ws.write("constraints.txt", "click<8\nitsdangerous<2\nJinja2<3\nMarkupSafe<2\n")
        let missing = ws.run(["--transitive", "--check", "--lock", "freeze.lock"])
        #expect(missing.status == .unbounded)
        #expect(missing.stdout == "constraints.txt:5:1: Werkzeug 1.0.1 is installed with no cap (would add Werkzeug<2)\n")
    }

    @Test func packageGoneFromTheLockKeepsItsCap() throws {
        let ws = try Self.seed()
        _ = ws.run(["--transitive", "--lock", "freeze.lock"])
        try ws.write("freeze.lock", "Flask==1.1.2\nJinja2==2.11.3\nitsdangerous==1.1.0\nclick==7.1.2\nMarkupSafe==1.1.1\n")
        #expect(ws.run(["--transitive", "--lock", "freeze.lock"]).status == .success)
        #expect(try ws.read("constraints.txt") == Self.seedCaps)
    }

    @Test func configTransitiveTrueActsAsTheFlag() throws {
        let ws = try Self.seed()
        try ws.write(".ceiling.toml", "transitive = true\n")
        #expect(ws.run(["--lock", "freeze.lock"]).status == .success)
        #expect(try ws.read("constraints.txt") == Self.seedCaps)
        try ws.write(".ceiling.toml", "transitive = \"yes\"\n")
        #expect(ws.run(["--lock", "freeze.lock"]).status == .failure)
    }

    @Test func policyIgnoreAndConstraintsFileOptionApply() throws {
        let ws = try Self.seed()
        // A folder that does not exist is not made: the file cannot be created there, and that is an error.
        let missing = ws.run(["--transitive", "--constraints-file", "pins/web.txt", "--lock", "freeze.lock"])
        #expect(missing.status == .failure)
        #expect(missing.stderr == "pins/web.txt: error: no such folder pins\n")
        #expect(try ws.read("requirements.txt") == "Flask==1.1.2\n", "a -c line names a file that was not made")
        // A preview says the same: a diff or a check that passes would promise a file the run cannot make.
        for mode in ["--diff", "--check"] {
            let preview = ws.run(["--transitive", mode, "--constraints-file", "pins/web.txt", "--lock", "freeze.lock"])
            #expect(preview.status == .failure, "\(mode)")
            #expect(preview.stderr == "pins/web.txt: error: no such folder pins\n", "\(mode)")
            #expect(!preview.stdout.contains("-c pins/web.txt"), "\(mode)")
        }
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent("pins"), withIntermediateDirectories: true)
        let result = ws.run(["--transitive", "--policy", "minor", "--ignore", "markupsafe", "--constraints-file", "pins/web.txt", "--lock", "freeze.lock"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try ws.read("pins/web.txt") == "click<7.2\nitsdangerous<1.2\nJinja2<2.12\nWerkzeug<1.1\n")
        #expect(try ws.read("requirements.txt") == "Flask==1.1.2\n-c pins/web.txt\n")
        #expect(ws.run(["--transitive", "--policy", "minor", "--ignore", "markupsafe", "--constraints-file", "pins/web.txt", "--lock", "freeze.lock", "--check"]).status == .success)
    }

    @Test func capsAppendedToAFileWithAContinuedConstraintTakeNoSpacingFromItsIndent() throws {
        let ws = try Self.seed()
        try ws.write("requirements.txt", "Flask==1.1.2\n-c constraints.txt\n")
        // The backslash layout puts blanks before `<2`; they are not the file's operator spacing.
        try ws.write("constraints.txt", "Werkzeug \\\n    <2\n")
        let result = ws.run(["--transitive", "--lock", "freeze.lock"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try ws.read("constraints.txt") == "Werkzeug \\\n    <2\nclick<8\nitsdangerous<2\nJinja2<3\nMarkupSafe<2\n")
    }

    @Test func capsAppendedAfterAContinuedLastLineStandOnTheirOwn() throws {
        let ws = try Self.seed()
        try ws.write("requirements.txt", "Flask==1.1.2\n-c constraints.txt\n")
        // The last line ends with a continuation: a line added after it would be joined onto it.
        try ws.write("constraints.txt", "Werkzeug<2 \\\n")
        let result = ws.run(["--transitive", "--lock", "freeze.lock"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try ws.read("constraints.txt") == "Werkzeug<2 \\\n\nclick<8\nitsdangerous<2\nJinja2<3\nMarkupSafe<2\n")
        #expect(ws.run(["--transitive", "--lock", "freeze.lock", "--check"]).status == .success)
    }

    @Test func installedEnvironmentIsEvidenceButNotTheInstallerItself() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try ws.write("requirements.txt", "Flask==1.1.2\n")
        for (name, version) in [("Flask", "1.1.2"), ("Werkzeug", "1.0.1"), ("pip", "21.0"), ("setuptools", "50.0")] {
            try ws.write("env/lib/python3.9/site-packages/\(name)-\(version).dist-info/METADATA", "Name: \(name)\nVersion: \(version)\n")
        }
        #expect(ws.run(["--transitive", "--venv", "env"]).status == .success)
        #expect(try ws.read("constraints.txt") == "Werkzeug<2\n")
    }

    @Test func noEvidenceMeansNoConstraintsFile() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try ws.write("requirements.txt", "Flask==1.1.2\n")
        #expect(ws.run(["--transitive"]).status == .success)
        #expect(!FileManager.default.fileExists(atPath: ws.url.appendingPathComponent("constraints.txt").path))
        #expect(try ws.read("requirements.txt") == "Flask==1.1.2\n")
    }

    @Test func jsonListsTransitiveCapsWithTheirVersions() throws {
        let ws = try Self.seed()
        let result = ws.run(["--transitive", "--json", "--check", "--lock", "freeze.lock"])
        #expect(result.status == .unbounded)
        #expect(result.stdout.contains("{\"line\":5,\"column\":1,\"name\":\"Werkzeug\",\"text\":\"Werkzeug<2\",\"version\":\"1.0.1\",\"version_source\":\"freeze.lock\"}"))
        #expect(result.stdout.contains("\"transitive\":5"))
    }

    @Test func listOnlyToolsSayWhyInJSONAndExitPerMode() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(at: ws.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try ws.write("Pipfile", "[packages]\nflask = \"==1.1.2\"\n")
        try ws.write("Pipfile.lock", "{\"default\": {\"flask\": {\"version\": \"==1.1.2\"}, \"werkzeug\": {\"version\": \"==1.0.1\"}}, \"develop\": {}}\n")
        let rewrite = ws.run(["--transitive"])
        #expect(rewrite.status == .success)
        #expect(rewrite.stderr.contains("Pipfile:1:1: warning: werkzeug 1.0.1 is installed (Pipfile.lock) with no cap; Pipenv has no constraints file"))
        let json = ws.run(["--transitive", "--json"])
        #expect(json.stdout.contains("Pipenv has no constraints file, so it is listed, not written: werkzeug<2\",\"unbounded\":true"))
        #expect(ws.run(["--transitive", "--check"]).status == .unbounded)
        #expect(try ws.read("Pipfile") == "[packages]\nflask = \"==1.1.2\"\n")
    }
}

extension TransitiveTests {
    @Test func fileOutsideTheGivenPathsGetsOnlyItsNewLines() throws {
        let ws = try Self.seed()
        try ws.write("requirements.txt", "Flask==1.1.2\nrequests>=2.0\n")
        try ws.write("freeze.lock", Self.seedLock + "requests==2.25.1\n")
        try ws.write("app/requirements-dev.txt", "pytest>=6\n")
        try ws.write("freeze-dev.lock", "pytest==6.2.5\n")
        // The run is asked about app/ only: the root requirements file gains its -c line, and
        // its own unbounded requests>=2.0 is not capped, since the run was not asked to touch it.
        let result = ws.run(["--transitive", "--lock", "freeze.lock", "--lock", "freeze-dev.lock", "app"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try ws.read("requirements.txt") == "Flask==1.1.2\nrequests>=2.0\n-c constraints.txt\n")
        #expect(try ws.read("app/requirements-dev.txt") == "pytest>=6,<7\n")
        #expect(try ws.read("constraints.txt") == Self.seedCaps)
    }

    @Test func transitiveNeedsFilesNotStdin() throws {
        let ws = try TestWorkspace()
        #expect(ws.run(["--transitive", "-"], stdin: "flask\n").status == .usage)
    }
}
