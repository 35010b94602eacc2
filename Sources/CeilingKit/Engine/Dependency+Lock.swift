import ManifestScanners
import Locks

extension Dependency {
    /// The locked or installed version for this dependency: Python names by PEP 503
    /// normalization, Swift packages by identity and then by URL.
    func lockEntry(in index: LockIndex) -> LockIndex.Entry? {
        if case .swiftPackage(let requirement) = constraint { return requirement.lockEntry(in: index) }
        return index.lookup(name)
    }
}
