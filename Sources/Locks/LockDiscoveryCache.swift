import Synchronization

/// What lock discovery has already read, shared by every thread that discovers locks.
///
/// Work happens outside the lock: two threads may read one folder at once, and then the
/// first answer stored is the one every later caller sees.
final class LockDiscoveryCache: Sendable {
    /// One lock file of a folder, read (or failed) once.
    struct ReadLock: Sendable {
        /// The normalized absolute path, to recognize the manifest itself.
        var path: String
        /// The path as shown to the user.
        var display: String
        var result: Result<LockIndex, LockFailure>
    }

    private struct State {
        var folders: [FolderKey: [ReadLock]] = [:]
        var lookups: [FolderKey: LockLookup] = [:]
        var environments: [String: LockLookup] = [:]
        /// The keys stored for each repository root, so `release` touches only its own.
        var owned: [String: [FolderKey]] = [:]
    }

    private let state = Mutex(State())

    func locks(_ key: FolderKey) -> [ReadLock]? {
        state.withLock { $0.folders[key] }
    }

    /// Stores the locks of a folder of the repository at `root` unless another thread already
    /// did; returns what is stored.
    func store(_ locks: [ReadLock], for key: FolderKey, root: String) -> [ReadLock] {
        state.withLock { state in
            if let existing = state.folders[key] { return existing }
            state.folders[key] = locks
            state.owned[root, default: []].append(key)
            return locks
        }
    }

    func lookup(_ key: FolderKey) -> LockLookup? {
        state.withLock { $0.lookups[key] }
    }

    /// Stores the lookup of a folder of the repository at `root` unless another thread already
    /// did; returns what is stored.
    func store(_ lookup: LockLookup, for key: FolderKey, root: String) -> LockLookup {
        state.withLock { state in
            if let existing = state.lookups[key] { return existing }
            state.lookups[key] = lookup
            state.owned[root, default: []].append(key)
            return lookup
        }
    }

    func environments(_ root: String) -> LockLookup? {
        state.withLock { $0.environments[root] }
    }

    /// Stores a project's environments unless another thread already did; returns what is stored.
    func store(environments lookup: LockLookup, for root: String) -> LockLookup {
        state.withLock { state in
            if let existing = state.environments[root] { return existing }
            state.environments[root] = lookup
            return lookup
        }
    }

    /// Forgets what was stored for the repository at `root` (nested repositories keep theirs)
    /// and the environments found for it, in time proportional to what it stored. Entries are
    /// only a memo: anything asked again is read again.
    func release(repository root: String) {
        state.withLock { state in
            for key in state.owned.removeValue(forKey: root) ?? [] {
                state.folders[key] = nil
                state.lookups[key] = nil
            }
            state.environments[root] = nil
        }
    }

    /// How many folders' locks are held (for tests of `release`).
    var heldFolders: Int { state.withLock { $0.folders.count } }
}
