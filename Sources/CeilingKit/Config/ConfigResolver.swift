import FileIO
import Synchronization

/// Finds each manifest's repository (the nearest folder holding `.git`) and its
/// configuration, reading each repository's configuration once for the whole run.
final class ConfigResolver: Sendable {
    /// The repository root and its configuration, for one manifest.
    struct Resolved: Sendable {
        var root: String
        var config: RepositoryConfig
    }

    private let roots: RepositoryRoots
    /// Relative manifest paths are made absolute against this folder, lexically: resolving
    /// links per file (realpath) was most of this type's cost on a big walk.
    private let currentDirectory = Paths.normalize(FileSystem.currentDirectory(), in: "/")
    private let configs = Mutex<[String: Result<RepositoryConfig?, RepositoryConfig.Failure>]>([:])

    init(roots: RepositoryRoots) {
        self.roots = roots
    }

    /// The configuration that applies to the manifest at `path`, if its repository has one.
    func resolve(forManifest path: String) -> Result<Resolved?, RepositoryConfig.Failure> {
        let folder = Paths.parent(of: absolute(path)) ?? "/"
        guard let root = roots.root(of: folder) else { return .success(nil) }
        let cached = configs.withLock { $0[root] }
        let result = cached ?? {
            let loaded = RepositoryConfig.load(root: root)
            configs.withLock { $0[root] = loaded }
            return loaded
        }()
        return result.map { config in config.map { Resolved(root: root, config: $0) } }
    }

    /// `path` made absolute and normalized (`.` and `..` removed), without touching the disk.
    func absolute(_ path: String) -> String {
        Paths.normalize(path, in: currentDirectory)
    }
}
