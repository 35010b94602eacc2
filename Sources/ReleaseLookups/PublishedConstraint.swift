import PythonVersions
import ManifestScanners

/// What one unbounded constraint says about which published releases count: the versions
/// it admits, and whether it names a pre-release (PEP 440: only then are pre-releases
/// candidates). Built from a scanned `Dependency` by `PublishedConstraint.from(_:)`.
package enum PublishedConstraint: Sendable {
    case specifiers(PEP440SpecifierSet)
    case poetry(PoetryConstraint)
    /// A SwiftPM requirement: `lower..<upper`; pre-releases only when either operand is one.
    case swift(lower: SemanticVersion, upper: SemanticVersion)

    /// The constraint of `dependency` when a published version could cap it: unbounded (or,
    /// for SwiftPM, a version range), not pinned to a URL, branch or revision; nil otherwise.
    package static func from(_ dependency: Dependency) -> PublishedConstraint? {
        switch dependency.constraint {
        case .pep508(let text):
            guard case .success(let requirement) = PEP508Requirement.parse(text.value), requirement.url == nil,
                  !requirement.specifier.hasUpperBound else { return nil }
            return .specifiers(requirement.specifier)
        case .specifiers(let text):
            let written = text.string.trimmingWhitespace
            if written.isEmpty || written == "*" { return .specifiers(PEP440SpecifierSet([])) }
            guard let set = PEP440SpecifierSet(written), !set.hasUpperBound else { return nil }
            return .specifiers(set)
        case .poetry(let text):
            guard case .success(let constraint) = PoetryConstraint.parse(text.value), !constraint.hasUpperBound else { return nil }
            return .poetry(constraint)
        case .swiftPackage(let requirement):
            switch requirement.kind {
            case .exact, .branch, .revision: return nil
            default:
                guard requirement.url != nil, let bounds = requirement.bounds else { return nil }
                return .swift(lower: bounds.lower, upper: bounds.upper)
            }
        }
    }

    /// Whether a PEP 440 release counts for this constraint.
    func admits(_ v: PEP440Version) -> Bool {
        switch self {
        case .specifiers(let set):
            return set.contains(v, prereleases: set.impliedPrereleases == true)
        case .poetry(let constraint):
            if v.isPrerelease, !constraint.alternatives.contains(where: { $0.clauses.contains { $0.version?.isPrerelease == true } }) {
                return false
            }
            return constraint.allows(v)
        case .swift:
            return false
        }
    }

    /// Whether a tag counts for this constraint (SwiftPM's rule for pre-releases).
    func admits(_ v: SemanticVersion) -> Bool {
        guard case .swift(let lower, let upper) = self else { return false }
        if !v.prerelease.isEmpty, lower.prerelease.isEmpty, upper.prerelease.isEmpty { return false }
        return lower <= v && v < upper
    }
}
