import Foundation
import Testing
import TestSupport
@testable import ReleaseLookups
@testable import CeilingKit

/// `--index` for Package.swift: tags of local bare git repositories (file URLs), skipped without git.
@Suite(.enabled(if: Subprocess.isAvailable("git"), "needs git"))
struct PublishedTagTests {
    /// A bare repository at `<workspace>/<name>.git` with one commit and these tags.
    private func bareRepository(_ space: TestWorkspace, _ name: String, tags: [String]) throws -> String {
        let work = space.path + "/" + name + "-work"
        let bare = space.path + "/" + name + ".git"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let commands: [[String]] = [
            ["git", "init", "-q", work],
            ["git", "-C", work, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "one"],
        ] + tags.map { ["git", "-C", work, "tag", $0] } + [["git", "clone", "-q", "--bare", work, bare]]
        for command in commands {
            guard case .success(let outcome) = Subprocess.run(command, timeout: 30), outcome.status == 0 else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
        return "file://" + bare
    }

    private func manifest(_ dependency: String) -> String {
        """
        // swift-tools-version:5.9
        import PackageDescription

        let package = Package(
            name: "app",
            dependencies: [
                \(dependency),
            ]
        )

        """
    }

    @Test func zeroMajorFromIsCappedFromTheNewestTagItAdmits() throws {
        let space = try TestWorkspace()
        let url = try bareRepository(space, "lib", tags: ["0.3.0", "v0.4.0", "v0.4.1-beta.1", "0.5.0-rc.1", "1.0.0", "not-a-version"])
        let path = try space.write("app/Package.swift", manifest(".package(url: \"\(url)\", from: \"0.3.0\")"))
        let result = LookupRun(cache: space.path + "/cache")(["--index", "-v", path])
        #expect(result.status == .success, "\(result.stderr)")
        // from: 0.3.0 admits up to 1.0.0; the newest release tag below it is v0.4.0 (pre-releases do not count).
        #expect(try space.read("app/Package.swift").contains(".package(url: \"\(url)\", \"0.3.0\"..<\"0.5.0\")"))
        #expect(result.stderr.contains("(reference 0.4.0 from \(url))"), "\(result.stderr)")
    }

    @Test func aPreReleaseRequirementAdmitsPreReleaseTags() throws {
        let space = try TestWorkspace()
        let url = try bareRepository(space, "lib", tags: ["0.3.0", "0.5.0-rc.1", "0.5.0-rc.2"])
        let path = try space.write("app/Package.swift", manifest(".package(url: \"\(url)\", from: \"0.5.0-rc.1\")"))
        let result = LookupRun(cache: space.path + "/cache")(["--index", "-v", path])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stderr.contains("(reference 0.5.0-rc.2 from \(url))"), "\(result.stderr)")
    }

    @Test func unreachableRemoteIsAnErrorAndTheManifestIsUntouched() throws {
        let space = try TestWorkspace()
        let url = "file://" + space.path + "/missing.git"
        let text = manifest(".package(url: \"\(url)\", from: \"0.3.0\")")
        let path = try space.write("app/Package.swift", text)
        let result = LookupRun(cache: space.path + "/cache")(["--index", path])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("Package.swift:7:23: error: missing: cannot list the tags of \(url): '\(space.path)/missing.git' does not appear to be a git repository"), "\(result.stderr)")
        #expect(try space.read("app/Package.swift") == text)
    }

    @Test func registryDependencyIsReportedAsNotLookedUp() throws {
        let space = try TestWorkspace()
        let path = try space.write("app/Package.swift", manifest(".package(id: \"mona.linkedlist\", from: \"0.3.0\")"))
        let result = LookupRun(cache: space.path + "/cache")(["--index", "-v", "--check", path])
        #expect(result.stdout.contains("a registry dependency; its published versions are not looked up") || result.stderr.contains("a registry dependency; its published versions are not looked up"), "\(result.stdout)\(result.stderr)")
    }

    @Test func tagListParsingAcceptsVPrefixesAndSkipsOtherTags() {
        let output = Array("""
        a1\trefs/tags/1.2.3
        b2\trefs/tags/v2.0.0
        c3\trefs/tags/release-3
        d4\trefs/tags/v1.0.0-beta.1
        e5\trefs/heads/main

        """.utf8)
        #expect(GitTagLister.parse(output).map(\.description) == ["1.2.3", "2.0.0", "1.0.0-beta.1"])
    }
}
