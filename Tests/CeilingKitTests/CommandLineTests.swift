import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// The command line, run in-process: modes, messages and exit codes.
/// Serialized because each test changes the process's current directory.
@Suite(.serialized) struct CommandLineTests {
    @Test func rewritesInPlaceAndSaysWhichFileChanged() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1.2\n")
        let result = ws.run(["--from-lower-bound"])
        #expect(result.status == .success)
        #expect(try ws.read("requirements.txt") == "flask>=1.1.2,<2\n")
        #expect(result.stderr == "requirements.txt: capped 1 constraint\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func quietOnSuccessWithNothingToDo() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1.2,<2\n")
        let result = ws.run(["requirements.txt"])
        #expect(result.status == .success)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test func checkListsUnboundedConstraintsAndExitsOne() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "# web\nflask>=1.1.2\nclick>=7,<9\n")
        let result = ws.run(["--from-lower-bound", "--check"])
        #expect(result.status == .unbounded)
        #expect(result.stdout == "requirements.txt:2:1: flask>=1.1.2 has no upper bound (would become flask>=1.1.2,<2)\n")
        #expect(try ws.read("requirements.txt") == "# web\nflask>=1.1.2\nclick>=7,<9\n")
    }

    @Test func checkPassesWhenEverythingIsBounded() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1.2,<2\n")
        #expect(ws.run(["--check"]).status == .success)
    }

    @Test func diffWritesNothingAndNamesPathsRelatively() throws {
        let ws = try TestWorkspace()
        try ws.write("sub/requirements.txt", "a==1\nflask>=1.1.2\n")
        let result = ws.run(["--from-lower-bound", "--diff"])
        #expect(result.status == .success)
        #expect(result.stdout == """
        --- a/sub/requirements.txt
        +++ b/sub/requirements.txt
        @@ -1,2 +1,2 @@
         a==1
        -flask>=1.1.2
        +flask>=1.1.2,<2

        """)
        #expect(try ws.read("sub/requirements.txt") == "a==1\nflask>=1.1.2\n")
    }

    @Test func diffAppliesWithGitApplyAndPatch() throws {
        let ws = try TestWorkspace()
        let original = "# top\r\nflask>=1.1.2\r\n\r\nclick>=7\nrequests>=2.0"
        try ws.write("requirements.txt", original)
        try ws.write("b/pyproject-free/requirements-dev.txt", "pytest>=7\n" + String(repeating: "x==1\n", count: 10) + "mypy>=1.0\n")
        let diff = ws.run(["--from-lower-bound", "--diff"]).stdout
        try ws.write("caps.patch", diff)
        let expected = ws.run(["--from-lower-bound", "-"], stdin: original).stdout
        for tool in [["git", "apply", "caps.patch"], ["patch", "-p1", "-s", "-i", "caps.patch"]] {
            try ws.write("requirements.txt", original)
            try ws.write("b/pyproject-free/requirements-dev.txt", "pytest>=7\n" + String(repeating: "x==1\n", count: 10) + "mypy>=1.0\n")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = tool
            process.currentDirectoryURL = ws.url
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(tool[0]) rejected the diff")
            #expect(try ws.read("requirements.txt") == expected, "\(tool[0])")
            #expect(try ws.read("b/pyproject-free/requirements-dev.txt") == "pytest>=7,<8\n" + String(repeating: "x==1\n", count: 10) + "mypy>=1.0,<2\n")
        }
    }

    @Test func stdinFilterWritesResultOnStdout() throws {
        let ws = try TestWorkspace()
        let result = ws.run(["--from-lower-bound", "-"], stdin: "flask >= 1.1.2\n")
        #expect(result.status == .success)
        #expect(result.stdout == "flask >= 1.1.2, <2\n")
    }

    @Test func stdinFilterPassesInputThroughOnError() throws {
        let ws = try TestWorkspace()
        let result = ws.run(["-"], stdin: "flask>=\n")
        #expect(result.status == .failure)
        #expect(result.stdout == "flask>=\n")
        #expect(result.stderr.hasPrefix("<stdin>:1:"))
    }

    @Test func unreadableFileIsReportedAndOthersStillProcessed() throws {
        let ws = try TestWorkspace()
        try ws.write("a/requirements.txt", "flask>=\nclick>=7\n")
        try ws.write("b/requirements.txt", "click>=7\n")
        let result = ws.run(["--from-lower-bound"])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("a/requirements.txt:1:"))
        #expect(result.stderr.contains(": error: "))
        #expect(try ws.read("a/requirements.txt") == "flask>=\nclick>=7\n")
        #expect(try ws.read("b/requirements.txt") == "click>=7,<8\n")
    }

    @Test func usageErrorExitsTwo() throws {
        let ws = try TestWorkspace()
        let result = ws.run(["--policy", "sideways"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("ceiling: error: unknown --policy sideways"))
        #expect(ws.run(["--frobnicate"]).status == .usage)
        #expect(ws.run(["--lock"]).status == .usage)
    }

    @Test func optionsThatShapeAnotherOnesInputAreUsageErrorsAlone() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1\n")
        for nul in ["-0", "--null"] {
            let alone = ws.run([nul, "--check", "."])
            #expect(alone.status == .usage, "\(nul)")
            #expect(alone.stderr == "ceiling: error: -0/--null separates the entries of --files-from; it needs --files-from FILE\nRun 'ceiling --help' for usage.\n")
        }
        let named = ws.run(["--stdin-filename", "requirements.txt", "--check", "requirements.txt"])
        #expect(named.status == .usage)
        #expect(named.stderr == "ceiling: error: --stdin-filename names the manifest read from - (stdin); give - as the input\nRun 'ceiling --help' for usage.\n")
        // With their companions they are taken as before.
        #expect(ws.run(["--stdin-filename", "requirements.txt", "--check", "-"], stdin: "flask>=1,<2\n").status == .success)
        #expect(ws.run(["--files-from", "-", "-0", "--check", "--from-lower-bound"], stdin: "requirements.txt\u{0}").status == .unbounded)
    }

    @Test func stdinThatLooksLikeAnotherFormatEndsWithAHintAtFormat() throws {
        let ws = try TestWorkspace()
        let toml = "[project]\nname = \"demo\"\ndependencies = [\"flask>=1.1\"]\n"
        let result = ws.run(["-"], stdin: toml)
        #expect(result.status == .failure)
        #expect(result.stdout == toml, "an error passes the input through")
        #expect(result.stderr.hasSuffix("<stdin>: note: - is read as a requirements file unless told otherwise; it starts with a [table] header: give --format pyproject, pipfile or setup.cfg, or --stdin-filename with the file's name\n"))
        let python = ws.run(["-"], stdin: "#!/usr/bin/env python\nfrom setuptools import setup\nsetup(install_requires=['flask>=1.1'])\n")
        #expect(python.stderr.hasSuffix("it looks like Python: give --format setup.py, or --stdin-filename with the file's name\n"))
        // A requirements file with a mistake gets its error and no hint; with --format there is nothing to hint.
        #expect(!ws.run(["-"], stdin: "# deps\nflask>=\n").stderr.contains("note:"))
        #expect(ws.run(["--format", "pyproject", "--from-lower-bound", "-"], stdin: toml).stdout == toml.replacingOccurrences(of: ">=1.1", with: ">=1.1,<2"))
    }

    @Test func missingPathIsAnError() throws {
        let ws = try TestWorkspace()
        let result = ws.run(["nope.txt"])
        #expect(result.status == .failure)
        #expect(result.stderr == "nope.txt: error: no such file or folder\n")
    }

    @Test func helpAndVersion() throws {
        let ws = try TestWorkspace()
        let help = ws.run(["--help"])
        #expect(help.status == .success)
        for word in ["--diff", "--check", "--json", "--policy", "--lock", "--ignore", "EXIT CODES", "EXAMPLES"] {
            #expect(help.stdout.contains(word), "help lacks \(word)")
        }
        #expect(ws.run(["--version"]).stdout.hasPrefix("ceiling "))
    }

    @Test func jsonReportsEditsSkipsAndSources() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1.2\nclick\nrequests<3\n")
        try ws.write("versions.txt", "Flask==1.1.4\n")
        let result = ws.run(["--from-lower-bound", "--json", "--check", "--lock", "versions.txt", "requirements.txt"])
        #expect(result.status == .unbounded)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]]
        let file = try #require(files?.first)
        #expect(file["path"] as? String == "requirements.txt")
        #expect(file["format"] as? String == "requirements")
        let edits = file["edits"] as? [[String: Any]]
        #expect(edits?.count == 1)
        #expect(edits?.first?["new"] as? String == "flask>=1.1.2,<2")
        #expect(edits?.first?["reference"] as? String == "1.1.4")
        #expect(edits?.first?["reference_source"] as? String == "versions.txt")
        #expect(edits?.first?["line"] as? Int == 1)
        let skips = file["skips"] as? [[String: Any]]
        #expect(skips?.first?["reason"] as? String == "click has no upper bound and no known version; not capped (give one with --lock or --venv, or use --from-lower-bound; --index would look up its published releases)")
        #expect((json?["summary"] as? [String: Any])?["capped"] as? Int == 1)
    }

    @Test func explicitFileOfAnyNameIsReadAsRequirements() throws {
        let ws = try TestWorkspace()
        try ws.write("base.in", "django>=3.2\n")
        #expect(ws.run(["--from-lower-bound", "base.in"]).status == .success)
        #expect(try ws.read("base.in") == "django>=3.2,<4\n")
    }

    @Test func walkingSkipsVirtualEnvironmentsAndVCSFolders() throws {
        let ws = try TestWorkspace()
        for folder in [".git", "node_modules", ".venv", "env-with-cfg", "build", "__pycache__"] {
            try ws.write("\(folder)/requirements.txt", "flask>=1.0\n")
        }
        try ws.write("env-with-cfg/pyvenv.cfg", "home = /usr\n")
        // An environment at the root is read for versions (this one has nothing installed).
        try ws.write("env-with-cfg/lib/python3.12/site-packages/README.txt", "")
        try ws.write("app/requirements.txt", "flask>=1.0\n")
        let result = ws.run(["--from-lower-bound", "--check"])
        #expect(result.stdout == "app/requirements.txt:1:1: flask>=1.0 has no upper bound (would become flask>=1.0,<2)\n")
    }

    @Test func keepsModeBitsWhenWriting() throws {
        let ws = try TestWorkspace()
        let path = try ws.write("requirements.txt", "flask>=1.0\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(ws.run([]).status == .success)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func symbolicLinkIsWrittenAtItsTargetAndStaysALink() throws {
        let ws = try TestWorkspace()
        let target = try ws.write("real/requirements.txt", "flask>=1.0\n")
        try FileManager.default.createSymbolicLink(atPath: ws.path + "/requirements.txt", withDestinationPath: target)
        #expect(ws.run(["--from-lower-bound", "requirements.txt"]).status == .success)
        #expect(try ws.read("real/requirements.txt") == "flask>=1.0,<2\n")
        let kind = try FileManager.default.attributesOfItem(atPath: ws.path + "/requirements.txt")[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
    }

    @Test func checkReportsAFloatingBranchWithoutResolvedRevision() throws {
        let ws = try TestWorkspace()
        try ws.write("Package.swift", """
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(name: "Demo", dependencies: [
            .package(url: "https://github.com/apple/swift-nio.git", from: "2.0.0"),
            .package(url: "https://github.com/example/thing.git", branch: "main"),
        ])

        """)
        let result = ws.run(["--check", "--no-discover-locks"])
        #expect(result.status == .unbounded)
        #expect(result.stdout.contains("Package.swift:5:"))
        #expect(!result.stdout.contains("swift-nio"))
    }

    @Test func filesFromStdinNulSeparated() throws {
        let ws = try TestWorkspace()
        try ws.write("a/deps.txt", "flask>=1.0\n")
        try ws.write("b/requirements.txt", "click>=7\n")
        try ws.write("c/requirements.txt", "six>=1.0\n")
        let result = ws.run(["--from-lower-bound", "--files-from", "-", "-0", "--check"], stdin: "a/deps.txt\u{0}b/requirements.txt\u{0}")
        #expect(result.status == .unbounded)
        #expect(result.stdout == """
        a/deps.txt:1:1: flask>=1.0 has no upper bound (would become flask>=1.0,<2)
        b/requirements.txt:1:1: click>=7 has no upper bound (would become click>=7,<8)

        """)
    }

    @Test func excludeGlobsAndSymlinkedFoldersAreNotWalked() throws {
        let ws = try TestWorkspace()
        try ws.write("vendor/requirements.txt", "flask>=1.0\n")
        try ws.write("src/requirements.txt", "flask>=1.0\n")
        try ws.write("elsewhere/requirements.txt", "flask>=1.0\n")
        try FileManager.default.createSymbolicLink(atPath: ws.path + "/src/linked", withDestinationPath: ws.path + "/elsewhere")
        let result = ws.run(["--from-lower-bound", "--check", "--exclude", "vendor", "src"])
        #expect(result.stdout == "src/requirements.txt:1:1: flask>=1.0 has no upper bound (would become flask>=1.0,<2)\n")
    }

    @Test func batchOutputIsInPathOrderAndRepeatable() throws {
        let ws = try TestWorkspace()
        for i in 0..<60 {
            try ws.write("repo\(i % 7)/pkg\(i)/requirements.txt", "flask>=1.\(i)\nclick\n")
        }
        let first = ws.run(["--from-lower-bound", "--diff", "."])
        let second = ws.run(["--from-lower-bound", "--diff", "."])
        #expect(first.stdout == second.stdout)
        #expect(first.stderr == second.stderr)
        let paths = first.stdout.split(separator: "\n").filter { $0.hasPrefix("--- a/") }.map(String.init)
        #expect(paths.count == 60)
        #expect(paths == paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func packageResolvedBesideTheManifestIsDiscovered() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
        try ws.write("Package.swift", """
        // swift-tools-version:5.9
        import PackageDescription

        let package = Package(
            name: "Demo",
            dependencies: [
                .package(url: "https://github.com/example/swift-thing.git", from: "1.0.0"),
            ]
        )

        """)
        try ws.write("Package.resolved", """
        {
          "pins" : [
            {
              "identity" : "swift-thing",
              "kind" : "remoteSourceControl",
              "location" : "https://github.com/example/swift-thing.git",
              "state" : { "revision" : "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c", "version" : "1.4.2" }
            }
          ],
          "version" : 2
        }

        """)
        let result = ws.run(["--policy", "minor", "--json", "Package.swift"])
        #expect(result.status == .success)
        #expect(try ws.read("Package.swift").contains(#".package(url: "https://github.com/example/swift-thing.git", "1.0.0"..<"1.5.0"),"#))
        #expect(result.stdout.contains(#""reference_source":"Package.resolved""#))
    }
}
