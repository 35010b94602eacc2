import SourceText
import PythonVersions
import ManifestScanners
import Locks

extension UpperBoundPolicy {
    /// The evidence a cap is judged against: a locked or installed version. A version that is
    /// only published (`LockIndex.Origin.index`) is never a reason to call a cap stale or to raise it:
    /// nobody has tested it yet.
    func evidence(_ locked: LockIndex.Entry?) -> LockIndex.Entry? {
        guard let locked, locked.origin != .index else { return nil }
        return locked
    }

    /// Cap mode: the cap, or, for a constraint that is already bounded, whether that bound
    /// excludes the locked or installed version (a stale cap, reported by `--check`).
    ///
    ///     flask>=1.1,<2   (2.3.2 locked)  ->  stale; --raise would make it flask>=1.1,<3
    ///     flask>=1.1,<3   (2.3.2 locked)  ->  bounded
    ///     flask==1.0      (2.3.2 locked)  ->  bounded (a pin is never raised, so never stale)
    func planCapOrStale(_ dependency: Dependency, locked: LockIndex.Entry?, floor: PEP440Version?,
                        bounded: [Constraint] = []) -> Result<Outcome, Diagnostic> {
        let capped = planCap(dependency, locked: locked, floor: floor, bounded: bounded)
        guard evidence(locked) != nil else { return capped }
        switch capped {
        case .success(.bounded):
            break
        case .success(.skipped):
            // SwiftPM reports a resolved version above the requirement as a skip (no cap keeps it).
            guard case .swiftPackage = dependency.constraint else { return capped }
        default:
            return capped
        }
        if case .success(.capped(_, let old, let new, let version)) = planRaise(dependency, locked: locked) {
            return .success(.stale(old: old, new: new, version: version))
        }
        return capped
    }

    /// The policy boundary of `version` as a bound's version text, with at least `precision`
    /// release numbers (the precision of the bound it replaces): `2.3.2` under major is `3`,
    /// with precision 3 `3.0.0`; an epoch is kept (`1!3`).
    func boundaryText(for version: PEP440Version, precision: Int) -> String {
        var release = policy.boundary(for: version.release)
        while release.count < precision { release.append(0) }
        let epoch = version.epoch != 0 ? "\(version.epoch)!" : ""
        return epoch + release.map(String.init).joined(separator: ".")
    }
}
