import Testing
import TestSupport
@testable import Locks
@testable import CeilingKit

/// Which reader a lock named with `--lock` gets: by name, else by content.
@Suite struct LockFileReaderTests {
    typealias Kind = LockFileReader.Kind

    @Test func conventionalNamesChooseTheirReader() {
        #expect(Kind(explicitName: "poetry.lock", bytes: []) == .toml(.poetry))
        #expect(Kind(explicitName: "uv.lock", bytes: []) == .toml(.uv))
        #expect(Kind(explicitName: "pdm.lock", bytes: []) == .toml(.pdm))
        #expect(Kind(explicitName: "pylock.dev.toml", bytes: []) == .toml(.pylock))
        #expect(Kind(explicitName: "Pipfile.lock", bytes: []) == .pipfileLock)
        #expect(Kind(explicitName: "Package.resolved", bytes: []) == .packageResolved)
    }

    @Test func renamedLocksAreRecognizedByContent() {
        #expect(Kind(explicitName: "prod.json", bytes: Array("{\"default\": {}}".utf8)) == .pipfileLock)
        #expect(Kind(explicitName: "app-resolved", bytes: Array("\u{FEFF}{\n  \"pins\" : [], \"version\" : 2\n}".utf8)) == .packageResolved)
        #expect(Kind(explicitName: "x.lock", bytes: Array("version = 1\n\n[[package]]\nname = \"a\"\nversion = \"1\"\n".utf8)) == .toml(.uv))
        #expect(Kind(explicitName: "x.toml", bytes: Array("lock-version = \"1.0\"\n[[packages]]\nname = \"a\"\n".utf8)) == .toml(.pylock))
        #expect(Kind(explicitName: "versions.txt", bytes: Array("flask==2.0\n".utf8)) == .freeze)
    }

    @Test func aRenamedPipfileLockGivesItsVersions() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "requests>=2.0\n")
        try ws.write("locks/prod", "{\"default\": {\"requests\": {\"version\": \"==2.31.0\"}}, \"develop\": {}}\n")
        let result = ws.run(["--json", "--no-discover-locks", "--lock", "locks/prod", "requirements.txt"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("\"reference\":\"2.31.0\""))
    }
}
