import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// `--check` is honest: every constraint without an upper bound that no pragma or `--ignore`
/// excuses is listed (exit 1) and marked `"unbounded": true` in JSON, whatever stopped ceiling
/// from editing it; a normal run warns about the same ones.
@Suite struct CheckModeTests {
    /// One unbounded constraint per reason ceiling does not edit it, and none it may cap.
    static func uneditable(_ ws: TestWorkspace) throws {
        try ws.write("requirements.txt", "flask>=${FLASK_MIN}\npdfminer.six>=20201018\ndjango==${DJANGO_VERSION}\n")
        try ws.write("setup.py", "from setuptools import setup\nsetup(install_requires=['requests' '>=2.0', 'six' '<2'])\n")
        try ws.write("Pipfile", "[packages]\nweird = \">=0.5.0.<0.6.0\"\nextra-only = {extras = [\"x\"]}\n")
    }

    /// The JSON document's unbounded constraints: every edit it would make, and every unbounded skip.
    /// What `--check` lists, counted in the JSON report: edits, unbounded skips and stale caps.
    static func unboundedInJSON(_ stdout: String) throws -> Int {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        return files.reduce(0) { total, file in
            let edits = (file["edits"] as? [[String: Any]])?.count ?? 0
            let skips = (file["skips"] as? [[String: Any]])?.filter { $0["unbounded"] as? Bool == true }.count ?? 0
            let stale = (file["stale"] as? [[String: Any]])?.count ?? 0
            return total + edits + skips + stale
        }
    }

    @Test func checkListsEveryUnboundedConstraintItCannotEditAndFails() throws {
        let ws = try TestWorkspace()
        try Self.uneditable(ws)
        let result = ws.run(["--check", "--no-discover-locks", "."])
        #expect(result.status == .unbounded)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("requirements.txt:1:1: flask>=${FLASK_MIN} uses the environment variable FLASK_MIN") })
        #expect(lines.contains { $0.hasPrefix("requirements.txt:2:1: pdfminer.six: a date-stamped version") })
        #expect(lines.contains { $0.hasPrefix("setup.py:2:25: an entry of install_requires is implicitly concatenated strings ('requests>=2.0')") })
        #expect(lines.contains { $0.hasPrefix("Pipfile:2:1: weird: >=0.5.0.<0.6.0 is not a PEP 440 version specifier") })
        #expect(lines.contains { $0.hasPrefix("Pipfile:3:1: extra-only has no version constraint") })
        #expect(!result.stdout.contains("DJANGO_VERSION"), "a pin through a variable is bounded")
    }

    @Test func normalRunWarnsAboutTheSameConstraints() throws {
        let ws = try TestWorkspace()
        try Self.uneditable(ws)
        let result = ws.run(["--no-discover-locks", "."])
        #expect(result.status == .success)
        #expect(result.stderr.components(separatedBy: ": warning: ").count - 1 == 5, "\(result.stderr)")
    }

    @Test func jsonMarksExactlyWhatCheckLists() throws {
        let ws = try TestWorkspace()
        try Self.uneditable(ws)
        let check = ws.run(["--check", "--no-discover-locks", "."])
        let json = ws.run(["--check", "--json", "--no-discover-locks", "."])
        #expect(json.status == .unbounded)
        #expect(try Self.unboundedInJSON(json.stdout) == check.stdout.split(separator: "\n").count)
    }

    @Test func ignoredConstraintsAreNotListed() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=${FLASK_MIN}\npdfminer.six>=20201018  # ceiling: ignore\n")
        try ws.write("setup.py", "from setuptools import setup\nsetup(install_requires=[\n    'requests' '>=2.0',  # ceiling: ignore\n])\n")
        let result = ws.run(["--check", "--no-discover-locks", "--ignore", "Flask", "."])
        #expect(result.status == .success, "\(result.stdout)")
        #expect(result.stdout.isEmpty)
    }

    @Test func pythonIsNeverListedNorCapped() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "Python>=3.6\npy-thon>=3.6\n")
        let result = ws.run(["--check", "--no-discover-locks", "."])
        #expect(!result.stdout.contains("Python>=3.6"))
        #expect(result.stdout.contains("py-thon"), "only the name python itself is the interpreter")
    }
}

/// Over the whole shared corpus (every manifest under its real name), the number of
/// constraints `--check` lists equals the number `--json` marks unbounded. Skips cleanly
/// without ../shared.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: SetupFlowReference.sharedRoot + "/corpus")))
struct CheckModeCorpusTests {
    static let realNames = ["requirements": "requirements.txt", "pyproject": "pyproject.toml", "setup_cfg": "setup.cfg", "pipfile": "Pipfile"]

    /// Copies the corpus into `ws`: each manifest alone in a folder under its real name, with its
    /// sidecar lock as `requirements.lock`; the projects as they are.
    static func copyCorpus(into ws: TestWorkspace) throws -> Int {
        let fm = FileManager.default
        let corpus = SetupFlowReference.sharedRoot + "/corpus"
        var count = 0
        for (folder, realName) in realNames {
            for name in SharedCorpus.names(in: corpus + "/" + folder) where !name.hasSuffix(".lock") {
                let target = ws.url.appendingPathComponent("\(folder)/\(count)")
                try fm.createDirectory(at: target, withIntermediateDirectories: true)
                try fm.copyItem(atPath: corpus + "/" + folder + "/" + name, toPath: target.appendingPathComponent(realName).path)
                if fm.fileExists(atPath: corpus + "/" + folder + "/" + name + ".lock") {
                    try fm.copyItem(atPath: corpus + "/" + folder + "/" + name + ".lock", toPath: target.appendingPathComponent("requirements.lock").path)
                }
                count += 1
            }
        }
        try fm.copyItem(atPath: corpus + "/projects", toPath: ws.path + "/projects")
        return count
    }

    @Test func checkCountEqualsJSONUnboundedCountOverTheCorpus() throws {
        let ws = try TestWorkspace()
        #expect(try Self.copyCorpus(into: ws) > 0)
        let check = ws.run(["--check", "."])
        let json = ws.run(["--check", "--json", "."])
        let listed = check.stdout.split(separator: "\n").count
        #expect(listed > 0)
        #expect(try CheckModeTests.unboundedInJSON(json.stdout) == listed)
        #expect(check.status == json.status)
    }
}
