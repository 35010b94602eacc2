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
    func allowsLower(_ other: PoetryRange) -> Bool {
        guard let a = min else { return other.min != nil }
        guard let b = other.min else { return false }
        if a != b { return a < b }
        return includeMin && !other.includeMin
    }

    /// poetry's `allows_higher`, on the effective upper bounds.
    func allowsHigher(_ other: PoetryRange) -> Bool {
        guard let a = allowedMax else { return other.allowedMax != nil }
        guard let b = other.allowedMax else { return false }
        if a != b { return a > b }
        return includeMax && !other.includeMax
    }

    /// poetry's `is_strictly_lower`: this range ends before `other` starts.
    func isStrictlyLower(_ other: PoetryRange) -> Bool {
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

extension PoetryRange {
    /// poetry's `allows_any`: the two overlap.
    func allowsAny(_ other: PoetryRange) -> Bool {
        if isExact, let v = min { return intersect(.exact(v)) != nil && other.intersect(self) != nil }
        if other.isExact, let v = other.min {
            if allows(v) { return true }
            if let min, !min.local.isEmpty { return other.allows(min) }
            return false
        }
        return !(other.isStrictlyLower(self) || isStrictlyLower(other))
    }

    /// poetry's `is_adjacent_to`: this range ends exactly where `other` starts, one side open.
    func isAdjacent(to other: PoetryRange) -> Bool {
        guard max == other.min else { return false }
        return includeMax != other.includeMin
    }

    /// poetry's `union` of two touching ranges.
    func union(_ other: PoetryRange) -> PoetryRange {
        if isExact {
            if other.isExact, let v = min { return other.allows(v) ? other : self }
            return other.union(self)
        }
        if other.isExact, let v = other.min {
            if allows(v) { return self }
            if v == min { return PoetryRange(min: min, max: max, includeMin: true, includeMax: includeMax) }
            if v == max { return PoetryRange(min: min, max: max, includeMin: includeMin, includeMax: true) }
            return self
        }
        let low = allowsLower(other) ? (min, includeMin) : (other.min, other.includeMin)
        let high = allowsHigher(other) ? (max, includeMax) : (other.max, other.includeMax)
        return PoetryRange(min: low.0, max: high.0, includeMin: low.1, includeMax: high.1)
    }

    /// poetry's ordering of ranges: by lower bound (unbounded first), then by upper bound.
    static func precedes(_ a: PoetryRange, _ b: PoetryRange) -> Bool {
        switch (a.min, b.min) {
        case (nil, _?): return true
        case (_?, nil): return false
        case let (x?, y?) where x != y: return x < y
        case (_?, _?) where a.includeMin != b.includeMin: return a.includeMin
        default: break
        }
        switch (a.max, b.max) {
        case (nil, nil): return false
        case (nil, _?): return false
        case (_?, nil): return true
        case let (x?, y?) where x != y: return x < y
        default: return !a.includeMax && b.includeMax
        }
    }

    /// poetry's `VersionUnion.of`: sorted, with overlapping or adjacent ranges merged.
    static func merge(_ ranges: [PoetryRange]) -> [PoetryRange] {
        if ranges.contains(where: { !$0.isExact && $0.min == nil && $0.max == nil }) { return [.any] }
        var merged: [PoetryRange] = []
        for r in ranges.sorted(by: precedes) {
            if let last = merged.last, last.allowsAny(r) || last.isAdjacent(to: r) {
                merged[merged.count - 1] = last.union(r)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// The one version a union leaves out, when it is exactly `<V || >V` (poetry's `!=V`).
    static func singleExclusion(_ ranges: [PoetryRange]) -> PEP440Version? {
        guard ranges.count == 2, !ranges[0].isExact, !ranges[1].isExact,
              ranges[0].min == nil, let v = ranges[0].max, !ranges[0].includeMax,
              ranges[1].max == nil, let w = ranges[1].min, !ranges[1].includeMin, v == w
        else { return nil }
        return v
    }
}
