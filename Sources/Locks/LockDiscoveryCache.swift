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
    }

    private let state = Mutex(State())

    func locks(_ key: FolderKey) -> [ReadLock]? {
        state.withLock { $0.folders[key] }
    }

    /// Stores the locks of a folder unless another thread already did; returns what is stored.
    func store(_ locks: [ReadLock], for key: FolderKey) -> [ReadLock] {
        state.withLock { state in
            if let existing = state.folders[key] { return existing }
            state.folders[key] = locks
            return locks
        }
    }

    func lookup(_ key: FolderKey) -> LockLookup? {
        state.withLock { $0.lookups[key] }
    }

    /// Stores a folder's lookup unless another thread already did; returns what is stored.
    func store(_ lookup: LockLookup, for key: FolderKey) -> LockLookup {
        state.withLock { state in
            if let existing = state.lookups[key] { return existing }
            state.lookups[key] = lookup
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

    /// Forgets every folder at or below `root` (absolute, normalized) and the environments
    /// found for it. Entries are only a memo: anything asked again is read again.
    func release(under root: String) {
        let prefix = root == "/" ? "/" : root + "/"
        state.withLock { state in
            state.folders = state.folders.filter { !($0.key.folder == root || $0.key.folder.hasPrefix(prefix)) }
            state.lookups = state.lookups.filter { !($0.key.folder == root || $0.key.folder.hasPrefix(prefix)) }
            state.environments[root] = nil
        }
    }

    /// How many folders' locks are held (for tests of `release`).
    var heldFolders: Int { state.withLock { $0.folders.count } }
}
