import Foundation
import Testing
import TestSupport
@testable import Locks
@testable import CeilingKit

/// The life of a cap: stale caps reported by `--check`, raised by `--raise`, removed by `--relax`.
/// Serialized because the command-line tests change the process's current directory.
@Suite(.serialized) struct CapLifeTests {
    /// cap (1.x locked) -> the lock moves to 2.x -> --check fails naming the stale cap -> --raise
    /// -> --check passes -> --relax -> a plain run caps again to what --raise wrote.
    @Test func capRaiseRelaxCycleEndsWhereRaiseLeftIt() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "# app\nflask>=1.1\nclick >= 7.0  # cli\nitsdangerous==1.1.0\n")
        try ws.write("requirements.lock", "flask==1.1.4\nclick==7.1.2\nitsdangerous==1.1.0\n")
        let lock = ["--lock", "requirements.lock", "requirements.txt"]

        #expect(ws.run(lock).status == .success)
        #expect(try ws.read("requirements.txt") == "# app\nflask>=1.1,<2\nclick >= 7.0, <8  # cli\nitsdangerous==1.1.0\n")
        #expect(ws.run(["--check"] + lock).status == .success)

        try ws.write("requirements.lock", "flask==2.3.2\nclick==8.1.7\nitsdangerous==1.1.0\n")
        let check = ws.run(["--check"] + lock)
        #expect(check.status == .unbounded)
        #expect(check.stdout == """
        requirements.txt:2:1: flask>=1.1,<2 excludes the locked 2.3.2 (requirements.lock) (--raise would make it flask>=1.1,<3)
        requirements.txt:3:1: click >= 7.0, <8 excludes the locked 8.1.7 (requirements.lock) (--raise would make it click >= 7.0, <9)

        """)

        let raise = ws.run(["--raise"] + lock)
        #expect(raise.status == .success)
        #expect(raise.stderr == "requirements.txt: raised 2 constraints\n")
        let raised = try ws.read("requirements.txt")
        #expect(raised == "# app\nflask>=1.1,<3\nclick >= 7.0, <9  # cli\nitsdangerous==1.1.0\n")
        #expect(ws.run(["--check"] + lock).status == .success)

        #expect(ws.run(["--relax", "requirements.txt"]).status == .success)
        #expect(try ws.read("requirements.txt") == "# app\nflask>=1.1\nclick >= 7.0  # cli\nitsdangerous==1.1.0\n")

        #expect(ws.run(lock).status == .success)
        #expect(try ws.read("requirements.txt") == raised)
    }

    @Test func checkReportsStaleCapsInJSON() throws {
        let ws = try TestWorkspace()
        try ws.write("Pipfile", "[packages]\nflask = \">=1.1,<2\"\nclick = \"*\"\n")
        try ws.write("versions.lock", "flask==2.3.2\nclick==8.1.7\n")
        let result = ws.run(["--check", "--json", "--lock", "versions.lock", "Pipfile"])
        #expect(result.status == .unbounded)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let file = (document?["files"] as? [[String: Any]])?.first
        let stale = file?["stale"] as? [[String: Any]]
        #expect(stale?.count == 1)
        #expect(stale?.first?["name"] as? String == "flask")
        #expect(stale?.first?["constraint"] as? String == ">=1.1,<2")
        #expect(stale?.first?["version"] as? String == "2.3.2")
        #expect(stale?.first?["source"] as? String == "versions.lock")
        #expect(stale?.first?["evidence"] as? String == "lock")
        #expect(stale?.first?["raised"] as? String == ">=1.1,<3")
        // The unbounded `*` is an edit to make, as before.
        #expect((file?["edits"] as? [[String: Any]])?.first?["new"] as? String == "<9")
    }

    @Test func plainRunWarnsAboutStaleCapsAndLeavesThem() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1,<2\n")
        try ws.write("requirements.lock", "flask==2.3.2\n")
        let result = ws.run(["--lock", "requirements.lock", "requirements.txt"])
        #expect(result.status == .success)
        #expect(result.stderr == "requirements.txt:1:1: warning: flask>=1.1,<2 excludes the locked 2.3.2 (requirements.lock); --raise would make it flask>=1.1,<3\n")
        #expect(try ws.read("requirements.txt") == "flask>=1.1,<2\n")
    }

    @Test func raiseCheckFailsOnlyOnCapsToRaise() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1\nclick<8\n")
        try ws.write("requirements.lock", "flask==2.3.2\nclick==8.1.7\n")
        let result = ws.run(["--raise", "--check", "--lock", "requirements.lock", "requirements.txt"])
        #expect(result.status == .unbounded)
        #expect(result.stdout == "requirements.txt:2:1: click<8 excludes the locked 8.1.7 (requirements.lock) (would become click<9)\n")
        try ws.write("requirements.txt", "flask>=1.1\nclick<9\n")
        let clean = ws.run(["--raise", "--check", "--lock", "requirements.lock", "requirements.txt"])
        #expect(clean.status == .success)
        #expect(clean.stdout.isEmpty)
    }

    @Test func relaxCheckListsCapsThatWouldGoAndPassesWithoutThem() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1,<2\nclick>=7\nsix==1.16.0\n")
        let result = ws.run(["--relax", "--check", "requirements.txt"])
        #expect(result.status == .unbounded)
        #expect(result.stdout == "requirements.txt:1:1: flask>=1.1,<2 has an upper bound (would become flask>=1.1)\n")
        #expect(try ws.read("requirements.txt") == "flask>=1.1,<2\nclick>=7\nsix==1.16.0\n")
        try ws.write("requirements.txt", "flask>=1.1\nclick>=7\nsix==1.16.0\n")
        #expect(ws.run(["--relax", "--check", "requirements.txt"]).status == .success)
    }

    @Test func raiseAndRelaxCombineWithDiffAndStdin() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.lock", "flask==2.3.2\n")
        let diff = ws.run(["--raise", "--diff", "--lock", "requirements.lock", "-"], stdin: "flask<2\r\n")
        #expect(diff.stdout == "--- a/<stdin>\n+++ b/<stdin>\n@@ -1 +1 @@\n-flask<2\r\n+flask<3\r\n")
        let filtered = ws.run(["--relax", "-"], stdin: "flask<2\r\n")
        #expect(filtered.stdout == "flask\r\n")
        #expect(filtered.status == .success)
    }

    @Test func raiseAndRelaxAreExclusiveModes() {
        #expect(Options.parse(["--raise", "--relax"]) == .failure(Options.UsageError(message: "--raise and --relax cannot be combined")))
        #expect((try? Options.parse(["--raise", "--raise"]).get())?.mode == .raise)
        #expect((try? Options.parse(["--relax"]).get())?.mode == .relax)
        #expect((try? Options.parse([]).get())?.mode == .cap)
        #expect(Options.parse(["--relax", "--transitive"]) == .failure(Options.UsageError(message: "--transitive adds caps; it cannot be combined with --relax")))
    }

    // MARK: evidence

    private func index(_ versions: [String: String], origin: LockIndex.Origin, source: String = "evidence") -> LockIndex {
        var index = LockIndex()
        for (name, version) in versions {
            index.add(name: name, entry: .init(version: version, source: source, origin: origin), isHigher: { _, _ in true })
        }
        return index
    }

    @Test func aPublishedVersionAloneNeverMakesACapStaleNorRaisesIt() {
        let published = index(["flask": "2.3.2"], origin: .index)
        let check = FileProcessor(policy: .major).process(path: "requirements.txt", bytes: Array("flask>=1.1,<2\n".utf8), format: .requirements, locks: published)
        #expect(check.stale.isEmpty)
        #expect(!check.failsCheck)
        let raise = FileProcessor(policy: .major, mode: .raise).process(path: "requirements.txt", bytes: Array("flask>=1.1,<2\n".utf8), format: .requirements, locks: published)
        #expect(raise.edits.isEmpty)
        #expect(raise.after == Array("flask>=1.1,<2\n".utf8))
    }

    @Test func anInstalledVersionIsEvidenceAndSaysInstalled() {
        let installed = index(["flask": "2.3.2"], origin: .environment, source: ".venv")
        let report = FileProcessor(policy: .major).process(path: "requirements.txt", bytes: Array("flask>=1.1,<2\n".utf8), format: .requirements, locks: installed)
        #expect(report.stale.map(\.message) == ["flask>=1.1,<2 excludes the installed 2.3.2 (.venv)"])
        #expect(report.failsCheck)
    }

    @Test func aCapThatAdmitsAnotherForkOfTheLockIsNotStale() {
        // uv.lock forks by marker: pydantic 1.10.26 for one group, 2.12.5 for the rest.
        var forked = LockIndex()
        for version in ["1.10.26", "2.12.5"] {
            forked.add(name: "pydantic", entry: .init(version: version, source: "uv.lock"), isHigher: LockIndex.isHigherPythonVersion)
        }
        #expect(forked.lookup("pydantic")?.version == "2.12.5")
        #expect(forked.lookup("pydantic")?.forks == ["1.10.26"])
        let bytes = Array("pydantic>=1.9.0,<2\nrich>=10,<11\n".utf8)
        let check = FileProcessor(policy: .major).process(path: "requirements.txt", bytes: bytes, format: .requirements, locks: forked)
        #expect(check.stale.isEmpty)
        let raise = FileProcessor(policy: .major, mode: .raise).process(path: "requirements.txt", bytes: bytes, format: .requirements, locks: forked)
        #expect(raise.edits.isEmpty)
    }

    @Test func aPoetryUnionWhoseLastCapExcludesTheLockIsStaleButOneWithTheLockInAGapIsNot() {
        let manifest = Array("[tool.poetry.dependencies]\nattrs = \"^20 || ^22\"\nurllib3 = \"^1.26 || ^3\"\n".utf8)
        let locked = index(["attrs": "23.2.0", "urllib3": "2.2.1"], origin: .lock, source: "poetry.lock")
        let check = FileProcessor(policy: .major).process(path: "pyproject.toml", bytes: manifest, format: .pyproject, locks: locked)
        #expect(check.stale.map(\.message) == ["attrs ^20 || ^22 excludes the locked 23.2.0 (poetry.lock)"])
        #expect(check.stale.map(\.raised) == ["^20 || >=22,<24"])
    }

    @Test func aPinThatExcludesTheLockIsNotStaleAndTheHelpSaysSo() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask==1.1.4\nclick==7.*\n")
        try ws.write("requirements.lock", "flask==2.3.2\nclick==8.1.7\n")
        let check = ws.run(["--check", "--lock", "requirements.lock", "requirements.txt"])
        #expect(check.status == .success)
        #expect(check.stdout.isEmpty)
        // By design (a pin is a pin), and --check's help says so where it explains stale caps.
        let help = HelpText.usage
        let start = try #require(help.range(of: "  --check "))
        let end = try #require(help.range(of: "  --json "))
        let checkEntry = help[start.lowerBound..<end.lowerBound]
        #expect(checkEntry.contains("stale caps"))
        #expect(checkEntry.contains("A pin (==1.2, ===1.2, ==1.2.*) is\n") && checkEntry.contains("is not stale"))
    }

    @Test func raisedSwiftPackageRequirementIsNotStaleAnyMore() {
        let manifest = """
        // swift-tools-version:5.9
        import PackageDescription
        let package = Package(name: "Demo", dependencies: [
            .package(url: "https://github.com/example/swift-thing.git", "1.0.0"..<"2.0.0"),
        ])

        """
        let resolved = index(["swift-thing": "2.1.0"], origin: .lock, source: "Package.resolved")
        let check = FileProcessor(policy: .major).process(path: "Package.swift", bytes: Array(manifest.utf8), format: .packageSwift, locks: resolved)
        #expect(check.stale.map(\.raised) == ["\"1.0.0\"..<\"3.0.0\""])
        let raised = FileProcessor(policy: .major, mode: .raise).process(path: "Package.swift", bytes: Array(manifest.utf8), format: .packageSwift, locks: resolved)
        #expect(raised.errors.isEmpty)
        let again = FileProcessor(policy: .major).process(path: "Package.swift", bytes: raised.after, format: .packageSwift, locks: resolved)
        #expect(again.stale.isEmpty)
        #expect(!again.failsCheck)
    }
}
