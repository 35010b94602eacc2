/// poetry-core's `str()` of a parsed constraint: the canonical form that keeps the precision
/// versions were written with (`^1.0` → `>=1.0,<2.0`, `>=1.dev0,<2` → `==1.*`, `<1 || >1` → `!=1`).
extension PoetryConstraint {
    /// The constraint as poetry-core's `str(parse_constraint(text))` prints it: `^1.0` gives
    /// `>=1.0,<2.0`, `*` gives `*`, a constraint nothing satisfies gives `<empty>`.
    public var normalizedDescription: String {
        if let excluded { return "!=" + excluded.description }
        switch ranges.count {
        case 0: return "<empty>"
        case 1: return Self.describe(ranges[0])
        default:
            if ranges.count == 2, let wildcard = Self.excludedWildcard(ranges[0], ranges[1]) { return "!=" + wildcard }
            return ranges.map(Self.describe).joined(separator: " || ")
        }
    }

    private static func describe(_ r: PoetryRange) -> String {
        if r.isExact, let v = r.min { return v.description }
        if let min = r.min, let max = r.max, r.includeMin, !r.includeMax, isWildcardCandidate(min, max, inverted: false) {
            return "==" + wildcardString(min, max)
        }
        var text = ""
        if let min = r.min { text += (r.includeMin ? ">=" : ">") + min.description }
        if let max = r.max {
            if r.min != nil { text += "," }
            text += (r.includeMax ? "<=" : "<") + max.description
        }
        return text.isEmpty ? "*" : text
    }

    /// `<A || >=B` that is exactly `!=X.*`, as its wildcard text.
    private static func excludedWildcard(_ a: PoetryRange, _ b: PoetryRange) -> String? {
        let (one, two) = a.max != nil ? (a, b) : (b, a)
        guard let max = one.max, !one.includeMax, one.min == nil, let min = two.min, two.includeMin, two.max == nil,
              !one.isExact, !two.isExact, isWildcardCandidate(min, max, inverted: true)
        else { return nil }
        return wildcardString(max, min)
    }

    /// poetry's `_is_wildcard_candidate`: `[min, max)` covers exactly one `X.*` prefix.
    private static func isWildcardCandidate(_ min: PEP440Version, _ max: PEP440Version, inverted: Bool) -> Bool {
        if !min.local.isEmpty || !max.local.isEmpty || min.pre != nil || max.pre != nil
            || (min.post != nil) != (max.post != nil) || min.firstDevrelease != min
            || (max.dev != nil && max.firstDevrelease != max) {
            return false
        }
        let first = inverted ? max : min
        let second = inverted ? min : max
        var partsSecond = second.release
        while partsSecond.last == 0 { partsSecond.removeLast() }
        guard !partsSecond.isEmpty else { return false }
        var partsFirst = first.release
        if partsFirst.count < partsSecond.count {
            partsFirst += Array(repeating: 0, count: partsSecond.count - partsFirst.count)
        }
        guard partsFirst.dropFirst(partsSecond.count).allSatisfy({ $0 == 0 }) else { return false }
        partsFirst = Array(partsFirst.prefix(partsSecond.count))
        if let post = first.post {
            return partsFirst == partsSecond && second.post == post + 1
        }
        return partsFirst.dropLast() == partsSecond.dropLast() && partsFirst[partsFirst.count - 1] + 1 == partsSecond[partsSecond.count - 1]
    }

    /// poetry's `_single_wildcard_range_string`: `1.2.*`, or `2.0.post1.*` for post-release ranges.
    private static func wildcardString(_ first: PEP440Version, _ second: PEP440Version) -> String {
        if first.post != nil {
            var base = first
            base.dev = nil
            return base.description + ".*"
        }
        var parts = second.release
        while parts.last == 0 { parts.removeLast() }
        if let last = parts.last { parts[parts.count - 1] = last - 1 }
        return parts.map(String.init).joined(separator: ".") + ".*"
    }
}
