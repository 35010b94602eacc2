/// What lock discovery found for one manifest: the versions to cap by, where they came
/// from, or the lock that stopped it.
struct LockLookup: Sendable {
    /// Versions from every lock between the manifest and the repository root, nearest first.
    var index: LockIndex
    /// The lock files used, as shown to the user, nearest first.
    var sources: [String]
    /// A lock on the way that could not be read; when set, the manifest must not be capped.
    var failure: LockFailure?

    init(index: LockIndex = LockIndex(), sources: [String] = [], failure: LockFailure? = nil) {
        self.index = index
        self.sources = sources
        self.failure = failure
    }
}
