import Testing
import TestSupport
@testable import Locks
@testable import CeilingKit

/// Discovered locks as the command uses them: through `LockSources`, with absolute paths
/// (so the tests never change the process's current folder).
@Suite struct LockSourcesTests {
    private static let uvLock = "version = 1\n[[package]]\nname = \"Flask\"\nversion = \"2.3.1\"\n"

    /// Runs ceiling with `arguments` and returns its status and what it wrote to stderr.
    private func ceiling(_ arguments: [String]) -> (status: ExitCode, stderr: String) {
        let stderr = OutputBox()
        let status = Ceiling.run(arguments, io: CommandIO(readStdin: { [] }, writeStdout: { _ in }, writeStderr: { stderr.append($0) }))
        return (status, stderr.text)
    }

    @Test func capsByTheDiscoveredLockUnlessDiscoveryIsOff() throws {
        let ws = try SharedCorpus.workspace([
            ".git/": "", "uv.lock": Self.uvLock, "app/requirements.txt": "flask>=1.0\n",
        ])
        let manifest = ws.path + "/app/requirements.txt"
        #expect(ceiling([manifest]).status == .success)
        #expect(try ws.read("app/requirements.txt") == "flask>=1.0,<3\n")  // R is the locked 2.3.1
        try ws.write("app/requirements.txt", "flask>=1.0\n")
        #expect(ceiling(["--no-discover-locks", manifest]).status == .success)
        #expect(try ws.read("app/requirements.txt") == "flask>=1.0\n")  // no evidence: no cap
        #expect(ceiling(["--no-discover-locks", "--from-lower-bound", manifest]).status == .success)
        #expect(try ws.read("app/requirements.txt") == "flask>=1.0,<2\n")  // R is the lower bound, on request
    }

    @Test func aBrokenDiscoveredLockLeavesItsManifestsUntouched() throws {
        let ws = try SharedCorpus.workspace([
            ".git/": "", "poetry.lock": "[[package]]\nname = \"flask\"\nversion = 2.3\n",
            "requirements.txt": "flask>=1.0\n", "Package.swift": "// swift-tools-version:5.9\n",
        ])
        let result = ceiling([ws.path + "/requirements.txt"])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("poetry.lock:3:1: expected a non-empty `version` string"))
        #expect(try ws.read("requirements.txt") == "flask>=1.0\n")
        // Package.swift reads only Package.resolved, so the broken poetry.lock does not concern it.
        let sources = LockSources(explicit: [], venvs: [], discover: true)
        #expect((try? sources.index(forManifest: ws.path + "/Package.swift", format: .packageSwift).get()) != nil)
    }

    @Test func explicitLocksWinOverDiscoveredOnes() throws {
        let ws = try SharedCorpus.workspace([
            ".git/": "", "uv.lock": Self.uvLock + "[[package]]\nname = \"click\"\nversion = \"8.1.7\"\n",
            "frozen.txt": "flask==3.0.0\n", "pyproject.toml": "[project]\n",
        ])
        let sources = LockSources(explicit: [ws.path + "/frozen.txt"], venvs: [], discover: true)
        let index = try sources.index(forManifest: ws.path + "/pyproject.toml", format: .pyproject).get()
        #expect(index.lookup("flask")?.version == "3.0.0")
        #expect(index.lookup("click")?.version == "8.1.7")
        let undiscovered = LockSources(explicit: [ws.path + "/frozen.txt"], venvs: [], discover: false)
        #expect(try undiscovered.index(forManifest: ws.path + "/pyproject.toml", format: .pyproject).get().lookup("click") == nil)
    }
}
