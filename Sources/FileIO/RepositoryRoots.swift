import Synchronization

/// Finds the repository a folder belongs to: the nearest folder at or above it that holds
/// `.git` (a folder, or a file in a worktree). Lock discovery stops there and the
/// configuration is read there; every folder asked about is remembered, so a batch over
/// thousands of manifests probes each folder once. Paths are absolute and normalized.
package final class RepositoryRoots: Sendable {
    private let known = Mutex<[String: String?]>([:])

    package init() {}

    /// The repository root of `folder`, or `nil` when no folder above it holds `.git`.
    package func root(of folder: String) -> String? {
        var visited: [String] = []
        var current: String? = folder
        var found: String?
        while let probe = current {
            if let cached = known.withLock({ $0[probe] }) {
                found = cached
                break
            }
            visited.append(probe)
            if FileSystem.exists(Paths.join(probe, ".git")) {
                found = probe
                break
            }
            current = Paths.parent(of: probe)
        }
        known.withLock { cache in for folder in visited { cache[folder] = .some(found) } }
        return found
    }
}
