import ManifestScanners

extension SwiftPackageRequirement {
    /// The lock entry for this package: by identity, then by URL.
    package func lockEntry(in index: LockIndex) -> LockIndex.Entry? {
        if let entry = index.lookup(identity) { return entry }
        guard let url else { return nil }
        return index.lookup(SwiftPackageIdentity.urlKey(url))
    }
}
