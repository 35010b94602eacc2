import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// `[tool.ceiling]` and `.ceiling.toml`: read per repository, overridden by the command line.
@Suite(.serialized) struct ConfigurationTests {
    @Test func dotfileSetsPolicyIgnoreAndExclude() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/repo/.git", withIntermediateDirectories: true)
        try ws.write("repo/.ceiling.toml", "policy = \"minor\"\nignore = [\"Django\"]\nexclude = [\"vendor/*\"]\n")
        try ws.write("repo/requirements.txt", "flask>=1.2.3\ndjango>=3.2\n")
        try ws.write("repo/vendor/requirements.txt", "flask>=1.2.3\n")
        #expect(ws.run(["--from-lower-bound", "repo"]).status == .success)
        #expect(try ws.read("repo/requirements.txt") == "flask>=1.2.3,<1.3\ndjango>=3.2\n")
        #expect(try ws.read("repo/vendor/requirements.txt") == "flask>=1.2.3\n")
    }

    @Test func pyprojectToolTableIsRead() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/repo/.git", withIntermediateDirectories: true)
        try ws.write("repo/pyproject.toml", "[tool.ceiling]\npolicy = \"minor\"\n")
        try ws.write("repo/requirements.txt", "flask>=1.2.3\n")
        #expect(ws.run(["--from-lower-bound", "repo/requirements.txt"]).status == .success)
        #expect(try ws.read("repo/requirements.txt") == "flask>=1.2.3,<1.3\n")
    }

    @Test func commandLineWinsAndNoConfigIgnoresTheFile() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/repo/.git", withIntermediateDirectories: true)
        try ws.write("repo/.ceiling.toml", "policy = \"minor\"\nignore = [\"click\"]\n")
        try ws.write("repo/requirements.txt", "flask>=1.2.3\nclick>=7.0\n")
        #expect(ws.run(["--from-lower-bound", "--policy", "major", "repo"]).status == .success)
        #expect(try ws.read("repo/requirements.txt") == "flask>=1.2.3,<2\nclick>=7.0\n")
        try ws.write("repo/requirements.txt", "flask>=1.2.3\nclick>=7.0\n")
        #expect(ws.run(["--from-lower-bound", "--no-config", "repo"]).status == .success)
        #expect(try ws.read("repo/requirements.txt") == "flask>=1.2.3,<2\nclick>=7.0,<8\n")
    }

    @Test func invalidConfigurationIsAnErrorAndLeavesFilesAlone() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/repo/.git", withIntermediateDirectories: true)
        try ws.write("repo/.ceiling.toml", "policy = \"sideways\"\n")
        try ws.write("repo/requirements.txt", "flask>=1.2.3\n")
        let result = ws.run(["repo"])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("repo/requirements.txt:1:1: error: invalid configuration ("))
        #expect(result.stderr.contains(".ceiling.toml:1:1): policy must be"))
        #expect(try ws.read("repo/requirements.txt") == "flask>=1.2.3\n")
    }

    /// The root pyproject.toml is read for `[tool.ceiling]` without building its other values;
    /// a key in `[tool.ceiling]` that is no setting is still an error, wherever it is written.
    @Test(arguments: [
        ("[tool.black]\nline-length = 99\n[tool.ceiling]\npolicy = \"minor\"\npolcy = \"major\"\n", "5:1"),
        ("[tool.ceiling]\nfoo = { a = 1 }\n", "2:1"),
        ("[tool]\nceiling = { policy = \"minor\", foo = 1 }\n", "2:31"),
    ])
    func unknownPyprojectSettingIsAnError(pyproject: String, location: String) throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/repo/.git", withIntermediateDirectories: true)
        try ws.write("repo/pyproject.toml", pyproject)
        try ws.write("repo/requirements.txt", "flask>=1.2.3\n")
        let result = ws.run(["repo/requirements.txt"])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("pyproject.toml:\(location)): unknown setting"), "\(result.stderr)")
        #expect(try ws.read("repo/requirements.txt") == "flask>=1.2.3\n")
    }

    @Test func colorAlwaysColoursTheDiffAndNeverDoesNot() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.0\n")
        let coloured = ws.run(["--from-lower-bound", "--diff", "--color", "always"]).stdout
        #expect(coloured.contains("\u{1B}[32m+flask>=1.0,<2\u{1B}[0m"))
        let plain = ws.run(["--from-lower-bound", "--diff", "--color", "never"]).stdout
        #expect(!plain.contains("\u{1B}["))
        #expect(!ws.run(["--from-lower-bound", "--diff"]).stdout.contains("\u{1B}["), "auto is plain when stdout is not a terminal")
    }
}
