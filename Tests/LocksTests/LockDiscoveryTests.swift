import Testing
import TestSupport
@testable import FileIO
@testable import Locks

@Suite struct LockDiscoveryTests {
    static let uvLock = """
        version = 1
        [[package]]
        name = "Django"
        version = "5.1"
        [[package]]
        name = "six"
        version = "1.16.0"
        """
    private static let resolved = """
        {"pins": [{"identity": "swift-nio", "kind": "remoteSourceControl",
                   "location": "https://github.com/apple/swift-nio.git",
                   "state": {"revision": "abc", "version": "2.60.0"}}], "version": 2}
        """

    @Test func nearerLocksWinAndParentsFillTheRest() throws {
        let rootSpace = try SharedCorpus.workspace([
            ".git/HEAD": "ref: refs/heads/main\n",
            "uv.lock": Self.uvLock,
            "app/requirements.txt": "django==4.2\n",
            "app/requirements-dev.txt": "pytest>=8\n",  // not all pins: not a lock
            "app/pyproject.toml": "[project]\n",
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        let lookup = LockDiscovery(currentDirectory: root).locks(forManifest: "app/pyproject.toml", ecosystem: .python)
        #expect(lookup.failure == nil)
        #expect(lookup.index.lookup("django")?.version == "4.2")
        #expect(lookup.index.lookup("django")?.source == "app/requirements.txt")
        #expect(lookup.index.lookup("six")?.version == "1.16.0")
        #expect(lookup.sources == ["app/requirements.txt", "uv.lock"])
    }

    /// A batch run forgets a repository's locks when its manifests are done (a forest of ten
    /// thousand repositories held every lock it read: 118 MB at peak, 71 MB after). Only that
    /// repository's folders go, and a manifest asked about again gets the same versions.
    @Test func releasingARepositoryForgetsOnlyItsFoldersAndRereadsThemTheSame() throws {
        let space = try SharedCorpus.workspace([
            "a/.git/HEAD": "ref: refs/heads/main\n",
            "a/uv.lock": Self.uvLock,
            "a/app/pyproject.toml": "[project]\n",
            "ab/.git/HEAD": "ref: refs/heads/main\n",
            "ab/requirements.txt": "six==1.15.0\n",
            "ab/pyproject.toml": "[project]\n",
        ])
        defer { withExtendedLifetime(space) {} }
        let discovery = LockDiscovery(currentDirectory: space.path)
        let before = discovery.locks(forManifest: "a/app/pyproject.toml", ecosystem: .python)
        #expect(before.index.lookup("django")?.version == "5.1")
        _ = discovery.locks(forManifest: "ab/pyproject.toml", ecosystem: .python)
        #expect(discovery.cache.heldFolders == 3)  // a/app, a, ab
        // `ab` shares `a`'s first letter, not its folder: it stays.
        discovery.release(repository: space.path + "/a")
        #expect(discovery.cache.heldFolders == 1)
        let again = discovery.locks(forManifest: "a/app/pyproject.toml", ecosystem: .python)
        #expect(again.index.lookup("django")?.version == "5.1")
        #expect(again.sources == before.sources)
        #expect(discovery.locks(forManifest: "ab/pyproject.toml", ecosystem: .python).index.lookup("six")?.version == "1.15.0")
    }

    @Test func stopsAtTheRepositoryRoot() throws {
        let outerSpace = try SharedCorpus.workspace([
            "uv.lock": Self.uvLock,
            "repo/.git": "gitdir: ../elsewhere\n",  // a worktree's `.git` file counts too
            "repo/pkg/pyproject.toml": "[project]\n",
            "loose/pkg/pyproject.toml": "[project]\n",
            "loose/pkg/poetry.lock": "[[package]]\nname = \"attrs\"\nversion = \"23.1.0\"\n",
        ])
        let outer = outerSpace.path
        defer { withExtendedLifetime(outerSpace) {} }
        let discovery = LockDiscovery(currentDirectory: "/")
        let inRepo = discovery.locks(forManifest: outer + "/repo/pkg/pyproject.toml", ecosystem: .python)
        #expect(inRepo.index.isEmpty)
        #expect(inRepo.sources.isEmpty)
        // Outside any repository only the manifest's folder counts, not the uv.lock two levels up.
        let loose = discovery.locks(forManifest: outer + "/loose/pkg/pyproject.toml", ecosystem: .python)
        #expect(loose.index.lookup("attrs")?.version == "23.1.0")
        #expect(loose.index.lookup("six") == nil)
    }

    @Test func aManifestIsNeverItsOwnLock() throws {
        let rootSpace = try SharedCorpus.workspace([
            ".git/": "",
            "requirements.txt": "six==1.0\n",
            "requirements-dev.txt": "six==1.5\nattrs==23.1.0\n",
            "pyproject.toml": "[project]\n",
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        let discovery = LockDiscovery(currentDirectory: root)
        let forRequirements = discovery.locks(forManifest: "requirements.txt", ecosystem: .python)
        #expect(forRequirements.sources == ["requirements-dev.txt"])
        #expect(forRequirements.index.lookup("six")?.version == "1.5")
        let forProject = discovery.locks(forManifest: "./pyproject.toml", ecosystem: .python)
        #expect(forProject.sources == ["requirements-dev.txt", "requirements.txt"])
        #expect(forProject.index.lookup("six")?.version == "1.5")  // one folder: fixed name order decides
    }

    @Test func anUnreadableLockStopsItsManifestsWithLocation() throws {
        let rootSpace = try SharedCorpus.workspace([
            ".git/": "",
            "poetry.lock": "[[package]]\nname = \"a\"\nversion = \"1.0\"\n[[package]]\nname = = \"b\"\n",
            "Package.resolved": Self.resolved,
            "sub/pyproject.toml": "[project]\n",
            "sub/uv.lock": Self.uvLock,
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        let discovery = LockDiscovery(currentDirectory: root)
        let python = discovery.locks(forManifest: "sub/pyproject.toml", ecosystem: .python)
        let failure = try #require(python.failure)
        #expect(failure.path == "poetry.lock")
        #expect(failure.location.line == 5)
        #expect(failure.description.hasPrefix("poetry.lock:5:"))
        #expect(python.index.isEmpty)
        // Package.swift manifests use only Package.resolved, so the broken poetry.lock does not stop them.
        let swift = discovery.locks(forManifest: "Package.swift", ecosystem: .swift)
        #expect(swift.failure == nil)
        #expect(swift.index.lookup("swift-nio")?.version == "2.60.0")
        #expect(swift.sources == ["Package.resolved"])
        #expect(discovery.locks(forManifest: "sub/pyproject.toml", ecosystem: .swift).index.lookup("django") == nil)
    }

    @Test func readsEachFolderOnceAndIsSafeAcrossThreads() async throws {
        let rootSpace = try SharedCorpus.workspace([
            ".git/": "",
            "uv.lock": Self.uvLock,
            "a/pyproject.toml": "[project]\n",
            "b/pyproject.toml": "[project]\n",
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        let discovery = LockDiscovery(currentDirectory: root)
        let versions = await withTaskGroup(of: String?.self) { group in
            for i in 0..<64 {
                group.addTask { discovery.locks(forManifest: i % 2 == 0 ? "a/pyproject.toml" : "b/x.toml", ecosystem: .python).index.lookup("six")?.version }
            }
            var all: [String?] = []
            for await version in group { all.append(version) }
            return all
        }
        #expect(versions.count == 64 && versions.allSatisfy { $0 == "1.16.0" })
        // The root's uv.lock was read once: changing it on disk now changes nothing for this discovery.
        try rootSpace.write("uv.lock", "[[package]]\nname = \"six\"\nversion = \"9.9\"\n")
        try rootSpace.write("c/pyproject.toml", "[project]\n")
        #expect(discovery.locks(forManifest: "c/pyproject.toml", ecosystem: .python).index.lookup("six")?.version == "1.16.0")
        #expect(LockDiscovery(currentDirectory: root).locks(forManifest: "c/pyproject.toml", ecosystem: .python)
            .index.lookup("six")?.version == "9.9")
    }

    @Test func readsAnExplicitLockByItsName() throws {
        let rootSpace = try SharedCorpus.workspace([
            "frozen.txt": "Six==1.16.0\nsix==1.2\n",
            "uv.lock": Self.uvLock,
            "broken.lock": "six==\n",
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        var index = LockIndex()
        #expect(LockFileReader.read(path: root + "/frozen.txt", into: &index) == nil)
        #expect(LockFileReader.read(path: root + "/uv.lock", into: &index) == nil)
        #expect(index.lookup("six")?.version == "1.16.0")  // the highest of three
        #expect(index.lookup("django")?.version == "5.1")
        let broken = LockFileReader.read(path: root + "/broken.lock", into: &index)
        #expect(broken == root + "/broken.lock:1:6: error: expected a version after `==`")
        #expect(LockFileReader.read(path: root + "/missing.lock", into: &index) != nil)
    }

    @Test func normalizesPathsLexically() {
        #expect(Paths.normalize("a/./b/../c.toml", in: "/w") == "/w/a/c.toml")
        #expect(Paths.normalize("/x//y/", in: "/w") == "/x/y")
        #expect(Paths.normalize("../../../..", in: "/w") == "/")
        // Paths already normal are returned as they are; anything else goes the long way.
        #expect(Paths.normalize("a/b.c/..d/...", in: "/") == "/a/b.c/..d/...")
        for path in ["/", "/a", "/a/b", "/.a/b..", "/a/..."] { #expect(Paths.isNormal(path), "\(path)") }
        for path in ["a", "/a/", "//a", "/a//b", "/./a", "/a/.", "/a/..", "/../a", ""] { #expect(!Paths.isNormal(path), "\(path)") }
        #expect(Paths.normalize("/a/.", in: "/w") == "/a")
        #expect(Paths.normalize("./x", in: "/") == "/x")
        #expect(Paths.parent(of: "/a") == "/")
        #expect(Paths.parent(of: "/") == nil)
        #expect(Paths.display("/w/a/uv.lock", relativeTo: "/w") == "a/uv.lock")
        #expect(Paths.display("/wx/uv.lock", relativeTo: "/w") == "/wx/uv.lock")
    }

    /// Names already normalized are returned as they are; every other spelling gets the same
    /// PEP 503 name the long way (a leading, trailing or doubled `-` included).
    @Test func normalizesNamesWrittenEitherWay() {
        let cases: [(String, String)] = [
            ("flask", "flask"), ("typing-extensions", "typing-extensions"), ("a", "a"), ("", ""), ("zope-interface2", "zope-interface2"),
            ("Flask", "flask"), ("typing_extensions", "typing-extensions"), ("zope.interface", "zope-interface"),
            ("a--b", "a-b"), ("a-_.b", "a-b"), ("-a", "a"), ("a-", "a"), ("-", ""), ("--", ""), ("_a_", "a"),
            ("flask[async]", "flask[async]"), ("Ünïcode_Name", "ünïcode-name"),
        ]
        for (name, normalized) in cases { #expect(LockIndex.normalize(name) == normalized, "\(name)") }
    }
}

extension LockDiscoveryTests {
    @Test func eachDepthSeesItsOwnChain() throws {
        let rootSpace = try SharedCorpus.workspace([
            ".git/": "",
            "uv.lock": Self.uvLock,
            "mid/leaf/requirements.lock": "six==1.0\nattrs==23.1.0\n",
            "mid/other/Pipfile.lock": #"{"default": {"attrs": {"version": "==22.2.0"}}}"#,
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        let discovery = LockDiscovery(currentDirectory: root)
        // Ask for the deepest first, so the shallower lookups come from the cache.
        let leaf = discovery.locks(forManifest: "mid/leaf/pyproject.toml", ecosystem: .python)
        let other = discovery.locks(forManifest: "mid/other/Pipfile", ecosystem: .python)
        let mid = discovery.locks(forManifest: "mid/pyproject.toml", ecosystem: .python)
        #expect(leaf.index.lookup("six")?.version == "1.0")
        #expect(leaf.index.lookup("attrs")?.version == "23.1.0")
        #expect(leaf.index.lookup("django")?.version == "5.1")
        #expect(leaf.sources == ["mid/leaf/requirements.lock", "uv.lock"])
        #expect(other.index.lookup("attrs")?.version == "22.2.0")
        #expect(other.index.lookup("six")?.version == "1.16.0")
        #expect(mid.sources == ["uv.lock"])
        #expect(mid.index.lookup("attrs") == nil)
    }
}
