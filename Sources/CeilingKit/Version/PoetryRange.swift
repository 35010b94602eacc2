/// One interval of a Poetry constraint with poetry-core 2.3's membership rules, or a single
/// exact version (poetry's `Version` constraint, which admits its own local variants).
struct PoetryRange: Sendable, Equatable {
    var min: PEP440Version?
    var max: PEP440Version?
    var includeMin: Bool
    var includeMax: Bool
    /// An exact version `==V`: `min == max == V`, with poetry's `Version.allows`.
    var isExact: Bool

    init(min: PEP440Version? = nil, max: PEP440Version? = nil, includeMin: Bool = false, includeMax: Bool = false) {
        self.min = min
        self.max = max
        self.includeMin = includeMin
        self.includeMax = includeMax
        isExact = false
    }

    static func exact(_ v: PEP440Version) -> PoetryRange {
        var r = PoetryRange(min: v, max: v, includeMin: true, includeMax: true)
        r.isExact = true
        return r
    }

    static let any = PoetryRange()

    /// poetry's `allowed_max`: `<V` for a final V really means `<V.dev0` (no pre-releases of V).
    var allowedMax: PEP440Version? {
        guard let max else { return nil }
        if includeMax || !max.isPoetryStable { return max }
        if min == max && (includeMin || includeMax) { return max }
        return max.firstDevrelease
    }

    func allows(_ v: PEP440Version) -> Bool {
        if isExact, let min {
            let other = min.local.isEmpty ? v.publicVersion : v
            return other == min
        }
        if let min {
            var other = v
            // >V excludes post-releases and local versions of V itself.
            if !includeMin {
                if min.post == nil && other.post != nil { other = other.withoutPostrelease }
                if min.local.isEmpty && !other.local.isEmpty { other = other.publicVersion }
            }
            if other < min { return false }
            if !includeMin && other == min { return false }
        }
        if let max, let bound = allowedMax {
            var other = v
            if bound.local.isEmpty && !other.local.isEmpty { other = other.publicVersion }
            if other > bound { return false }
            if !includeMax && (other == max || other == bound) { return false }
        }
        return true
    }

    /// poetry's `allows_lower`: this range reaches further down than `other`.
    private func allowsLower(_ other: PoetryRange) -> Bool {
        guard let a = min else { return other.min != nil }
        guard let b = other.min else { return false }
        if a != b { return a < b }
        return includeMin && !other.includeMin
    }

    /// poetry's `allows_higher`, on the effective upper bounds.
    private func allowsHigher(_ other: PoetryRange) -> Bool {
        guard let a = allowedMax else { return other.allowedMax != nil }
        guard let b = other.allowedMax else { return false }
        if a != b { return a > b }
        return includeMax && !other.includeMax
    }

    /// poetry's `is_strictly_lower`: this range ends before `other` starts.
    private func isStrictlyLower(_ other: PoetryRange) -> Bool {
        guard let a = allowedMax, let b = other.min else { return false }
        if a != b { return a < b }
        return !(includeMax && other.includeMin)
    }

    /// poetry-core's `intersect`; nil when nothing is left.
    func intersect(_ other: PoetryRange) -> PoetryRange? {
        if isExact, let v = min {
            if other.isExact, let w = other.min {
                if allows(w) { return other }
                return other.allows(v) ? self : nil
            }
            return other.intersectExact(v)
        }
        if other.isExact, let w = other.min { return intersectExact(w) }
        let low: (PEP440Version?, Bool)
        if allowsLower(other) {
            if isStrictlyLower(other) { return nil }
            low = (other.min, other.includeMin)
        } else {
            if other.isStrictlyLower(self) { return nil }
            low = (min, includeMin)
        }
        let high = allowsHigher(other) ? (other.max, other.includeMax) : (max, includeMax)
        if let lo = low.0, let hi = high.0, lo == hi { return .exact(lo) }
        return PoetryRange(min: low.0, max: high.0, includeMin: low.1, includeMax: high.1)
    }

    /// A range meeting an exact version: the version, or for `>=V+local` meeting `V`, `>=V+local,<V.next_patch`.
    private func intersectExact(_ v: PEP440Version) -> PoetryRange? {
        if allows(v) { return .exact(v) }
        if let min, !min.local.isEmpty, PoetryRange.exact(v).allows(min) {
            return PoetryRange(min: min, max: v.poetryStable.nextPatch, includeMin: includeMin, includeMax: false)
        }
        return nil
    }

    /// The ranges allowed by the whole version line except `self` (poetry's `VersionRange().difference`).
    var complement: [PoetryRange] {
        var out: [PoetryRange] = []
        if let min { out.append(PoetryRange(max: min, includeMax: !includeMin)) }
        if let max { out.append(PoetryRange(min: max, includeMin: !includeMax)) }
        return out
    }
}
