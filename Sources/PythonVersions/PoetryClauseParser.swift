/// poetry-core's `parse_single_constraint`: one clause, tried against its patterns in order
/// (`*`/`x`, `~`, `~=`, `^`, `1.2.*`, then a plain comparison), giving the clause and its ranges.
enum PoetryClauseParser {
    static func parse(_ b: [UInt8], _ range: Range<Int>) -> (PoetryConstraint.Clause, [PoetryRange])? {
        func clause(_ op: String, _ versionStart: Int, _ version: PEP440Version?) -> PoetryConstraint.Clause {
            PoetryConstraint.Clause(
                range: range, op: op, versionText: String(decoding: b[versionStart..<range.upperBound], as: UTF8.self),
                version: version
            )
        }
        if isAnyWildcard(b, range) {
            return (clause("", range.lowerBound, nil), [.any])
        }
        // Tilde forms and caret: an operator, optional spaces, one whole version.
        for op in ["~=", "~", "^"] {
            let o = Array(op.utf8)
            guard range.count >= o.count, Array(b[range.lowerBound..<(range.lowerBound + o.count)]) == o else { continue }
            let start = skipSpace(b, range.lowerBound + o.count, range.upperBound)
            guard let m = PEP440VersionParser.scan(b, from: start, limit: range.upperBound, allowLocal: true),
                  m.end == range.upperBound
            else { return nil }
            let v = m.version
            let high: PEP440Version
            switch op {
            case "~": high = v.release.count == 1 ? v.poetryStable.nextMajor : v.poetryStable.nextMinor
            case "~=": high = v.release.count == 2 ? v.poetryStable.nextMajor : v.poetryStable.nextMinor
            default: high = v.nextBreaking
            }
            return (clause(op, start, v), [PoetryRange(min: v, max: high, includeMin: true)])
        }
        // Plain comparison, with an optional trailing `.*` (several for a bare release: `2.*.*`).
        var op = ""
        for candidate in ["<>", "!=", ">=", "<=", "==", ">", "<", "="] {
            let o = Array(candidate.utf8)
            if range.count >= o.count, Array(b[range.lowerBound..<(range.lowerBound + o.count)]) == o {
                op = candidate
                break
            }
        }
        let start = skipSpace(b, range.lowerBound + op.utf8.count, range.upperBound)
        let version: PEP440Version
        var end: Int
        if let dev = PEP440VersionParser.keyword(b, at: start, limit: range.upperBound, among: PEP440VersionParser.devWords),
           dev == range.upperBound || b[dev] == UInt8(ascii: ".") {
            version = PEP440Version(release: [0, 0], dev: 0)
            end = dev
        } else {
            guard let m = PEP440VersionParser.scan(b, from: start, limit: range.upperBound, allowLocal: true) else { return nil }
            version = m.version
            end = m.end
        }
        var wildcards = 0
        while end + 1 < range.upperBound, b[end] == UInt8(ascii: "."), b[end + 1] == UInt8(ascii: "*") {
            end += 2
            wildcards += 1
        }
        guard end == range.upperBound else { return nil }
        let isBareRelease = version.pre == nil && version.post == nil && version.dev == nil && version.local.isEmpty
        if wildcards > 1 && !(isBareRelease && (op == "" || op == "==" || op == "!=")) { return nil }
        // poetry-core accepts `<>` but, having no branch for it, treats `<>1.0` as exactly 1.0.
        let written = op
        switch op {
        case "<": return (clause(written, start, version), [PoetryRange(max: version)])
        case "<=": return (clause(written, start, version), [PoetryRange(max: version, includeMax: true)])
        case ">": return (clause(written, start, version), [PoetryRange(min: version)])
        case ">=": return (clause(written, start, version), [PoetryRange(min: version, includeMin: true)])
        default: break
        }
        if wildcards > 0 {
            var wildcardRange = PoetryRange(
                min: version.firstDevrelease, max: nil, includeMin: true
            )
            let next = version.nextForWildcard
            wildcardRange.max = next.dev != nil ? next : next.firstDevrelease
            let ranges = written == "!=" ? wildcardRange.complement : [wildcardRange]
            return (clause(written, start, version), ranges)
        }
        if written == "!=" {
            return (clause(written, start, version), [PoetryRange(max: version), PoetryRange(min: version)])
        }
        return (clause(written, start, version), [.exact(version)])
    }

    /// `(?i)^v?[xX*](\.[xX*])*$`
    private static func isAnyWildcard(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        if i < range.upperBound, b[i] | 0x20 == UInt8(ascii: "v") { i += 1 }
        func isStar(_ c: UInt8) -> Bool { c == UInt8(ascii: "*") || c | 0x20 == UInt8(ascii: "x") }
        guard i < range.upperBound, isStar(b[i]) else { return false }
        i += 1
        while i + 1 < range.upperBound, b[i] == UInt8(ascii: "."), isStar(b[i + 1]) { i += 2 }
        return i == range.upperBound
    }

    private static func skipSpace(_ b: [UInt8], _ i: Int, _ limit: Int) -> Int {
        var j = i
        while case let n = PythonWhitespace.length(b, at: j, limit: limit), n > 0 { j += n }
        return j
    }
}
