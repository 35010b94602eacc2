import SourceText
import PythonVersions
import ManifestScanners
import Locks

/// What capping one SwiftPM requirement comes to.
enum SwiftPackagePlan: Sendable, Equatable {
    /// Apply `edits`; `old` and `new` are the requirement's text before and after, `reference` the version (or revision) capped at.
    case edits([Edit], old: String, new: String, reference: String)
    /// Already within the policy: nothing to do.
    case bounded
    case skip(String)
    /// The lock's pin cannot be read: a warning, never a silent fall-back to the lower bound.
    case unreadable(String)
}

/// The SwiftPM cap policy.
///
/// R, the reference, is the higher of the resolved version and the lower bound.
/// The new upper bound is `CapPolicy.boundary(for: R)`; the lower bound is kept,
/// so what is resolved now stays admitted, and nothing new is ever admitted:
///
///     from: "1.0.0"        major, R 1.0.0  -> bounded (from: stops at 2.0.0)
///     from: "0.3.1"        major           -> .upToNextMinor(from: "0.3.1")
///     from: "0.0.7"        major           -> "0.0.7"..<"0.0.8"
///     from: "1.2.0"        minor           -> .upToNextMinor(from: "1.2.0")
///     from: "1.0.0"        minor, R 1.4.2  -> "1.0.0"..<"1.5.0"
///     "1.0.0"..<"3.0.0"    major, R 1.2.0  -> "1.0.0"..<"2.0.0"   (only the upper operand changes)
///     from: "1.0.0"        exact, R 1.4.2  -> exact: "1.4.2"      (.exact("1.4.2") in old manifests)
///     branch: "main"       resolved abc123 -> revision: "abc123"
extension SwiftPackageRequirement {
    func plan(resolved: LockIndex.Entry?, policy: CapPolicy) -> SwiftPackagePlan {
        let colon = style.spaceAfterColon ? ": " : ":"
        switch kind {
        case .exact, .revision, .legacy:
            return .bounded
        case .branch(let branch):
            guard let revision = resolved?.revision, !revision.isEmpty else {
                return .skip("branch dependency with no resolved revision")
            }
            // A lock resolved for another branch (the manifest moved on) must not pin that branch's commit.
            guard resolved?.branch == branch else {
                let locked = resolved?.branch.map { "branch \"\($0)\"" } ?? "no branch"
                return .skip("branch \"\(branch)\" is resolved for \(locked) in \(resolved?.source ?? "the lock"); not pinned")
            }
            let new = text.hasPrefix(".") ? ".revision(\"\(revision)\")" : "revision\(colon)\"\(revision)\""
            return .edits([Edit(range: range, replacement: new)], old: text, new: new, reference: revision)
        default:
            break
        }
        guard let (lower, upper) = bounds, let lowerOperand else { return .bounded }
        var reference = lower
        if let resolved, !resolved.version.isEmpty, SemanticVersion(resolved.version) == nil {
            return .unreadable("the resolved version \"\(resolved.version)\" in \(resolved.source) is not a semantic version; not capped")
        }
        if let resolved, let version = SemanticVersion(resolved.version) {
            // A lock outside the requirement is stale: no cap can both keep it and stay within the manifest.
            guard version < upper else {
                return .skip("resolved version \(version) is outside the requirement \(text)")
            }
            reference = max(reference, version)
        }
        if policy == .exact { return exactPlan(at: reference, lower: lowerOperand, colon: colon) }
        let boundary = SemanticVersion(release: policy.boundary(for: reference.release))
        if upper <= boundary { return .bounded }
        switch kind {
        case .range(_, let b, _):
            // `"1.0.0"..<"3.0.0"` -> `"1.0.0"..<"2.0.0"`: only the upper operand changes.
            return replacing([(b.range, b.spell(boundary))], reference: reference)
        case .closedRange(_, let b, let op):
            return replacing([(op, "..<"), (b.range, b.spell(boundary))], reference: reference)
        default:
            let new = boundary == lower.nextMinor
                ? ".upToNextMinor(from\(colon)\(lowerOperand.spelling))"
                : lowerOperand.spelling + (style.spacedRangeOperator ? " ..< " : "..<") + lowerOperand.spell(boundary)
            return .edits([Edit(range: range, replacement: new)], old: text, new: new, reference: reference.description)
        }
    }

    /// The operand holding the lower bound.
    var lowerOperand: VersionOperand? {
        switch kind {
        case .from(let v), .upToNextMajor(let v), .upToNextMinor(let v), .exact(let v): return v
        case .range(let a, _, _), .closedRange(let a, _, _): return a
        case .branch, .revision, .legacy: return nil
        }
    }

    /// `exact: "R"` (or `.exact("R")`) for the whole requirement. When R is the lower bound
    /// its spelling is kept; a constant used only here gets R in its own literal.
    private func exactPlan(at reference: SemanticVersion, lower: VersionOperand, colon: String) -> SwiftPackagePlan {
        var edits: [Edit] = []
        var spelling = lower.spelling
        if reference != lower.version {
            if let literal = lower.constantLiteral {
                edits.append(Edit(range: literal, replacement: reference.description))
            } else {
                spelling = lower.spell(reference)
            }
        }
        let new = style.usesFunctionStyle ? ".exact(\(spelling))" : "exact\(colon)\(spelling)"
        edits.append(Edit(range: range, replacement: new))
        return .edits(edits, old: text, new: new, reference: reference.description)
    }

    /// Edits inside the requirement; `new` is the requirement's text with them applied.
    func replacing(_ pieces: [(Range<Int>, String)], reference: SemanticVersion) -> SwiftPackagePlan {
        var new = ""
        var cursor = range.lowerBound
        let raw = Array(text.utf8)
        guard raw.count == range.count else { return .skip("requirement text is not valid UTF-8") }
        for (piece, replacement) in pieces.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            guard piece.lowerBound >= cursor, piece.upperBound <= range.upperBound else { return .skip("requirement spans overlap") }
            new += String(decoding: raw[(cursor - range.lowerBound)..<(piece.lowerBound - range.lowerBound)], as: UTF8.self)
            new += replacement
            cursor = piece.upperBound
        }
        new += String(decoding: raw[(cursor - range.lowerBound)...], as: UTF8.self)
        let edits = pieces.map { Edit(range: $0.0, replacement: $0.1) }
        return .edits(edits, old: text, new: new, reference: reference.description)
    }
}
