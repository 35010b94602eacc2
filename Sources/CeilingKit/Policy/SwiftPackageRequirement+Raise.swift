import SourceText
import PythonVersions
import ManifestScanners
import Locks

/// `--raise` for SwiftPM: a requirement whose upper bound lies at or below the resolved
/// version V is widened to stop at V's policy boundary; the lower bound is kept, so
/// everything admitted before still is.
///
///     "1.0.0"..<"2.0.0"          major, resolved 2.1.0  ->  "1.0.0"..<"3.0.0"   (only the upper operand changes)
///     "1.0.0"..."1.9.0"          major, resolved 2.1.0  ->  "1.0.0"..<"3.0.0"
///     from: "1.0.0"              major, resolved 2.1.0  ->  "1.0.0"..<"3.0.0"
///     .upToNextMinor(from: "1.2.0")  minor, resolved 1.5.0  ->  "1.2.0"..<"1.6.0"
///     exact: "1.0.0", revision:, branch:                 ->  never raised
extension SwiftPackageRequirement {
    func raisePlan(resolved: LockIndex.Entry?, policy: CapPolicy) -> SwiftPackagePlan {
        switch kind {
        case .exact, .revision, .branch: return .bounded
        default: break
        }
        guard let (lower, upper) = bounds, let lowerOperand,
              let resolved, let version = SemanticVersion(resolved.version),
              version >= upper, version >= lower else { return .bounded }
        let boundary = SemanticVersion(release: policy.boundary(for: version.release))
        switch kind {
        case .range(_, let b, _):
            return replacing([(b.range, b.spell(boundary))], reference: version)
        case .closedRange(_, let b, let op):
            return replacing([(op, "..<"), (b.range, b.spell(boundary))], reference: version)
        default:
            let new = lowerOperand.spelling + (style.spacedRangeOperator ? " ..< " : "..<") + lowerOperand.spell(boundary)
            return .edits([Edit(range: range, replacement: new)], old: text, new: new, reference: version.description)
        }
    }
}
