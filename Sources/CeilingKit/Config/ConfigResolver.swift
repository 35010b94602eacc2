import Synchronization

/// Finds each manifest's repository (the nearest folder holding `.git`) and its
/// configuration, reading each repository's configuration once for the whole run.
final class ConfigResolver: Sendable {
    /// The repository root and its configuration, for one manifest.
    struct Resolved: Sendable {
        var root: String
        var config: RepositoryConfig
    }

    private let roots = Mutex<[String: String?]>([:])
    private let configs = Mutex<[String: Result<RepositoryConfig?, RepositoryConfig.Failure>]>([:])

    /// The configuration that applies to the manifest at `path`, if its repository has one.
    func resolve(forManifest path: String) -> Result<Resolved?, RepositoryConfig.Failure> {
        let folder = Self.parent(of: FileSystem.realPath(path) ?? path)
        guard let root = root(of: folder) else { return .success(nil) }
        let cached = configs.withLock { $0[root] }
        let result = cached ?? {
            let loaded = RepositoryConfig.load(root: root)
            configs.withLock { $0[root] = loaded }
            return loaded
        }()
        return result.map { config in config.map { Resolved(root: root, config: $0) } }
    }

    /// The nearest folder at or above `folder` that holds `.git`.
    func root(of folder: String) -> String? {
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let known = roots.withLock({ $0[current] }) {
                found = known
                break
            }
            visited.append(current)
            if FileSystem.exists(current + "/.git") {
                found = current
                break
            }
            let up = Self.parent(of: current)
            if up == current { break }
            current = up
        }
        roots.withLock { cache in for folder in visited { cache[folder] = .some(found) } }
        return found
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }
}
