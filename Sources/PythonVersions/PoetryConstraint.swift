/// A Poetry version constraint (`^1.2`, `~1.2.3`, `>=1.2,<2 || >=3`, `1.2.*`, `*`), read the way
/// poetry-core 2.3's `parse_constraint` reads it, with the byte range of every clause.
///
///     >=2.7, !=3.0.* || ^3.8
///     ^^^^^  ^^^^^^^    ^^^^   clauses;  alternatives split at `||` (or a single `|`)
///
/// Within an alternative, clauses are separated by a comma or by spaces (`>=1 <2`); a
/// trailing comma is allowed. An empty constraint is treated like `*`.
public struct PoetryConstraint: Sendable {
    /// One clause: `op` is `^`, `~`, `~=`, `>=`, `<=`, `==`, `!=`, `>`, `<`, `=` or `""`
    /// (a bare version, `1.2.*`, or `*`). `version` is the wildcard prefix for `1.2.*`, and nil for `*`.
    public struct Clause: Sendable {
        /// Byte offsets into the parsed bytes of the clause, operator through version (`^ 1.2`
        /// keeps its inner space); no separating comma or space.
        public var range: Range<Int>
        /// The operator as written, one of those listed above; `""` for a bare version or `*`.
        public var op: String
        /// The version part as written, trimmed (`1.2`, `1.2.*`, `*`).
        public var versionText: String
        /// The version parsed with PEP 440 rules (the prefix for `1.2.*`); nil for `*`.
        public var version: PEP440Version?
    }

    /// Clauses that must all hold; `isWildcard` for `*` (or an empty constraint).
    public struct Alternative: Sendable {
        /// Byte offsets of the alternative, first clause through last, trailing commas and
        /// surrounding spaces excluded (empty, at its position, for an empty constraint).
        public var range: Range<Int>
        /// The clauses in the order written; empty for an empty constraint.
        public var clauses: [Clause]
        /// Whether the alternative admits everything: a lone `*`, or nothing but commas/spaces.
        public var isWildcard: Bool
        /// The intersection of the clauses, as poetry-core computes it.
        var ranges: [PoetryRange]

        /// True when this alternative admits nothing past some version (`^1`, `>=1,<2`, `1.2.*`,
        /// `==1.0`); false for `*`, `>=1`, `!=1.2.*` or `>=1,!=1.5`. Decided from poetry-core's
        /// intervals, not from operator spellings (a `*` clause has op `""` too).
        public var hasUpperBound: Bool { ranges.allSatisfy { $0.max != nil } }
    }

    /// The `||`-separated alternatives in the order written; at least one.
    public var alternatives: [Alternative]
    static let maxClauses = 256
    /// The union of all alternatives, merged the way poetry-core's `VersionUnion.of` does.
    var ranges: [PoetryRange]
    /// Set when the union is exactly `<V || >V`: poetry-core then admits everything but V
    /// (and V's local builds), pre- and post-releases of V included.
    var excluded: PEP440Version?

    init(alternatives: [Alternative]) {
        self.alternatives = alternatives
        ranges = PoetryRange.merge(alternatives.flatMap(\.ranges))
        excluded = PoetryRange.singleExclusion(ranges)
    }

    /// Parses `bytes[range]` (all of `bytes` by default; byte offsets) as one Poetry constraint.
    /// All ranges and error offsets index `bytes`. Fails on a clause poetry-core would reject
    /// (`could not parse version constraint: >=x`), an empty alternative between `|`s, more
    /// than 256 clauses in one alternative, or a `range` outside `bytes` (offset 0).
    public static func parse(_ bytes: [UInt8], in range: Range<Int>? = nil) -> Result<PoetryConstraint, PEP508Error> {
        let range = range ?? 0..<bytes.count
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            return .failure(PEP508Error(offset: 0, message: "range outside the text"))
        }
        let whole = PythonWhitespace.trim(bytes, in: range)
        var alternatives: [Alternative] = []
        let pieces = splitAlternatives(bytes, whole)
        for piece in pieces {
            if pieces.count > 1 && piece.isEmpty {
                return .failure(PEP508Error(offset: piece.lowerBound, message: "expected a constraint between '|' separators"))
            }
            switch parseAlternative(bytes, piece) {
            case .success(let alternative): alternatives.append(alternative)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(PoetryConstraint(alternatives: alternatives))
    }

    /// `parse(_:in:)` for a constraint held in a string (`^1.2`); ranges and error offsets are
    /// UTF-8 byte offsets into `text`.
    public static func parse(_ text: String) -> Result<PoetryConstraint, PEP508Error> {
        parse(Array(text.utf8))
    }

    /// Whether poetry-core's `parse_constraint(...).allows(v)` holds: `^1.2` allows `1.9` but not
    /// `2.0`. Pre-releases are judged by the intervals alone (`>=1.0` allows `2.0b1`).
    public func allows(_ v: PEP440Version) -> Bool {
        if let excluded { return !PoetryRange.exact(excluded).allows(v) }
        return ranges.contains { $0.allows(v) }
    }

    /// True when every alternative is bounded above (`^`, `~`, `~=`, exact, `<`, `<=`, `1.2.*`);
    /// `*`, `>=1` or `!=1.2.*` alone are not.
    public var hasUpperBound: Bool {
        ranges.allSatisfy { $0.max != nil }
    }

    /// The indices of the alternatives whose upper bound is the union's own, the ones a cap
    /// belongs to; an alternative whose bound only leaves a gap below a later one is not one.
    /// Empty when the union is unbounded.
    ///
    ///     ^1 || ^3                ->  [1]      (`<2` keeps 2.x out; `<4` is the cap)
    ///     ^1.2 || >=1.5,<2        ->  [0, 1]
    ///     >=1,<2 || >=3           ->  []       (unbounded)
    public var cappingAlternatives: [Int] {
        guard hasUpperBound, let top = ranges.last else { return [] }
        return alternatives.indices.filter { i in
            guard let own = alternatives[i].ranges.last else { return false }
            return !top.allowsHigher(own)
        }
    }

    /// The greatest version named by a clause that bounds from below (`>=`, `>`, `^`, `~`,
    /// `~=`, exact versions and wildcard prefixes); nil when none does (`*`, `<2`).
    public var highestLowerBound: PEP440Version? {
        alternatives.flatMap(\.clauses)
            .filter { ["^", "~", "~=", ">=", ">", "==", "=", ""].contains($0.op) }
            .compactMap(\.version)
            .max()
    }

    /// Splits at `\s*\|\|?\s*`, returning each alternative's range (possibly empty).
    private static func splitAlternatives(_ b: [UInt8], _ whole: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = whole.lowerBound
        var i = whole.lowerBound
        while i < whole.upperBound {
            guard b[i] == UInt8(ascii: "|") else {
                i += 1
                continue
            }
            let piece = PythonWhitespace.trim(b, in: start..<i)
            out.append(piece.isEmpty ? start..<start : piece)
            i += 1
            if i < whole.upperBound, b[i] == UInt8(ascii: "|") { i += 1 }
            start = i
        }
        let last = PythonWhitespace.trim(b, in: start..<whole.upperBound)
        out.append(last.isEmpty ? start..<start : last)
        return out
    }

    /// One alternative: trailing commas dropped, split into clauses, clauses intersected.
    private static func parseAlternative(_ b: [UInt8], _ piece: Range<Int>) -> Result<Alternative, PEP508Error> {
        var end = piece.upperBound
        while end > piece.lowerBound, b[end - 1] == UInt8(ascii: ",") { end -= 1 }
        let body = PythonWhitespace.trim(b, in: piece.lowerBound..<end)
        guard !body.isEmpty else {
            // An empty constraint (or only commas) is read as `*`, the way pyproject tools treat `version = ""`.
            return .success(Alternative(range: body, clauses: [], isWildcard: true, ranges: [.any]))
        }
        var clauses: [Clause] = []
        var ranges: [PoetryRange] = [.any]
        let clauseRanges = splitClauses(b, body)
        // Intersecting unions is quadratic in the clause count; no real constraint comes near this.
        guard clauseRanges.count <= maxClauses else {
            return .failure(PEP508Error(offset: body.lowerBound, message: "more than \(maxClauses) clauses in one alternative"))
        }
        for clauseRange in clauseRanges {
            guard let (clause, clauseRanges) = PoetryClauseParser.parse(b, clauseRange) else {
                let text = String(decoding: b[clauseRange], as: UTF8.self)
                return .failure(PEP508Error(offset: clauseRange.lowerBound, message: "could not parse version constraint: \(text)"))
            }
            clauses.append(clause)
            ranges = PoetryRange.merge(ranges.flatMap { r in clauseRanges.compactMap { r.intersect($0) } })
        }
        let isWildcard = clauses.count == 1 && clauses[0].version == nil
        return .success(
            Alternative(range: body, clauses: clauses, isWildcard: isWildcard, ranges: ranges)
        )
    }

    /// poetry's `(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)` split: a comma or space between
    /// clauses, but not right after an operator and not around a hyphen. `^` counts as an
    /// operator too (poetry-core 2.3 reads `^ 3.8` as one clause).
    private static func splitClauses(_ b: [UInt8], _ body: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var pieceStart = body.lowerBound
        var i = body.lowerBound + 1
        let forbiddenBefore: Set<UInt8> = Set("^~=>< ,".utf8)
        while i < body.upperBound {
            if let matchEnd = separator(b, at: i, in: body, forbiddenBefore: forbiddenBefore) {
                out.append(pieceStart..<i)
                pieceStart = matchEnd
                i = matchEnd + 1
            } else {
                i += 1
            }
        }
        out.append(pieceStart..<body.upperBound)
        return out
    }

    /// The end of a clause separator starting at `i`, trying the longest space runs first as the regex does.
    private static func separator(_ b: [UInt8], at i: Int, in body: Range<Int>, forbiddenBefore: Set<UInt8>) -> Int? {
        guard !forbiddenBefore.contains(b[i - 1]) else { return nil }
        var spaces = 0
        while i + spaces < body.upperBound, b[i + spaces] == 0x20 { spaces += 1 }
        for s1 in stride(from: spaces, through: 0, by: -1) {
            let j = i + s1
            guard j < body.upperBound, b[j - 1] != UInt8(ascii: "-"),
                  b[j] == UInt8(ascii: ",") || b[j] == 0x20 else { continue }
            let k = j + 1
            if k < body.upperBound, b[k] == UInt8(ascii: "-") { continue }
            var spaces2 = 0
            while k + spaces2 < body.upperBound, b[k + spaces2] == 0x20 { spaces2 += 1 }
            for s2 in stride(from: spaces2, through: 0, by: -1) {
                let m = k + s2
                if m == body.upperBound || b[m] == UInt8(ascii: ",") { continue }
                return m
            }
        }
        return nil
    }
}
