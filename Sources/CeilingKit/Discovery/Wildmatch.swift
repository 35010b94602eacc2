/// Git's glob matching for ignore patterns (`wildmatch` with `WM_PATHNAME`, case-sensitive),
/// over bytes.
///
/// - `*` matches any run of bytes without `/`; `?` one byte other than `/`.
/// - `**` is special only as a whole path component (at the start or after `/`, and at the end
///   or before `/`): it then matches across `/`, and `**/` may match no folder at all
///   (`a/**/b` matches `a/b`). Elsewhere it is a plain `*`.
/// - `[...]`: a set of bytes, ranges `a-z`, negation `[!...]` or `[^...]`, `]` first is a member,
///   `\` escapes, POSIX classes `[:alpha:]` and the like; never matches `/`. An unclosed set
///   matches nothing.
/// - `\x` matches `x`; a pattern ending in a lone `\` matches nothing.
///
/// The abort results are git's pruning: once a `*` has run out of text nothing earlier can do
/// better, which keeps the backtracking polynomial.
enum Wildmatch {
    private enum Outcome { case match, noMatch, abortAll, abortToStarStar }

    private static let slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*")
    private static let backslash = UInt8(ascii: "\\")

    /// Whether `text` matches the whole of `pattern`.
    static func matches(_ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        match(pattern, 0, text, 0) == .match
    }

    /// The bytes `*`, `?`, `[` and `\`, which make a pattern more than a literal.
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == star || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "[") || byte == backslash
    }

    private static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: UnsafeBufferPointer<UInt8>, _ textStart: Int) -> Outcome {
        var p = start
        var t = textStart
        let pEnd = pattern.count
        let tEnd = text.count
        while p < pEnd {
            let pc = pattern[p]
            if t == tEnd, pc != star { return .abortAll }
            let tc: UInt8 = t < tEnd ? text[t] : 0
            switch pc {
            case backslash:
                p += 1
                guard p < pEnd else { return .noMatch }
                if tc != pattern[p] { return .noMatch }
            case UInt8(ascii: "?"):
                if tc == slash { return .noMatch }
            case star:
                p += 1
                var crossesSlash = false
                if p < pEnd, pattern[p] == star {
                    let before = p - 2
                    while p < pEnd, pattern[p] == star { p += 1 }
                    let startsComponent = before < start || pattern[before] == slash
                    let endsComponent = p == pEnd || pattern[p] == slash
                        || (pattern[p] == backslash && p + 1 < pEnd && pattern[p + 1] == slash)
                    if startsComponent, endsComponent {
                        // `**/` may stand for no folder at all.
                        if p < pEnd, pattern[p] == slash, match(pattern, p + 1, text, t) == .match { return .match }
                        crossesSlash = true
                    }
                }
                if p == pEnd {
                    if !crossesSlash, text[t..<tEnd].contains(slash) { return .abortToStarStar }
                    return .match
                }
                if !crossesSlash, pattern[p] == slash {
                    // A lone `*` before `/` takes the rest of this component.
                    guard let next = text[t..<tEnd].firstIndex(of: slash) else { return .abortAll }
                    t = next
                    break
                }
                while t < tEnd {
                    if !isSpecial(pattern[p]) {
                        // Skip ahead to the next place the literal after `*` could start.
                        let literal = pattern[p]
                        while t < tEnd, crossesSlash || text[t] != slash, text[t] != literal { t += 1 }
                        if t == tEnd || text[t] != literal { return crossesSlash ? .abortAll : .abortToStarStar }
                    }
                    let outcome = match(pattern, p, text, t)
                    if outcome != .noMatch {
                        if !crossesSlash || outcome != .abortToStarStar { return outcome }
                    } else if !crossesSlash, text[t] == slash {
                        return .abortToStarStar
                    }
                    t += 1
                }
                return .abortAll
            case UInt8(ascii: "["):
                guard let next = matchSet(pattern, &p, tc) else { return .abortAll }
                if !next || tc == slash { return .noMatch }
            default:
                if tc != pc { return .noMatch }
            }
            p += 1
            t += 1
        }
        return t == tEnd ? .match : .noMatch
    }

    /// Matches one byte against the set starting at `p` (on `[`); leaves `p` on its closing `]`.
    /// `nil` when the set is malformed (unclosed, or an unknown `[:class:]`): nothing matches.
    private static func matchSet(_ pattern: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ byte: UInt8) -> Bool? {
        let end = pattern.count
        func at(_ i: Int) -> UInt8 { i < end ? pattern[i] : 0 }
        p += 1
        var pc = at(p)
        if pc == UInt8(ascii: "^") { pc = UInt8(ascii: "!") }
        let negated = pc == UInt8(ascii: "!")
        if negated {
            p += 1
            pc = at(p)
        }
        var previous: UInt8 = 0
        var matched = false
        repeat {
            if pc == 0 { return nil }
            if pc == backslash {
                p += 1
                pc = at(p)
                if pc == 0 { return nil }
                if byte == pc { matched = true }
            } else if pc == UInt8(ascii: "-"), previous != 0, at(p + 1) != 0, at(p + 1) != UInt8(ascii: "]") {
                p += 1
                pc = at(p)
                if pc == backslash {
                    p += 1
                    pc = at(p)
                    if pc == 0 { return nil }
                }
                if byte <= pc, byte >= previous { matched = true }
                pc = 0
            } else if pc == UInt8(ascii: "["), at(p + 1) == UInt8(ascii: ":") {
                let nameStart = p + 2
                var q = nameStart
                while at(q) != 0, at(q) != UInt8(ascii: "]") { q += 1 }
                if at(q) == 0 { return nil }
                if q - nameStart - 1 < 0 || at(q - 1) != UInt8(ascii: ":") {
                    // No `:]`: the `[` is an ordinary member.
                    if byte == UInt8(ascii: "[") { matched = true }
                    previous = UInt8(ascii: "[")
                    p += 1
                    pc = at(p)
                    continue
                }
                p = q
                guard let inClass = PosixClass.contains(Array(pattern[nameStart..<(q - 1)]), byte) else { return nil }
                if inClass { matched = true }
                pc = 0
            } else if byte == pc {
                matched = true
            }
            previous = pc
            p += 1
            pc = at(p)
        } while pc != UInt8(ascii: "]")
        return matched != negated
    }

    /// The POSIX character classes git knows, over ASCII.
    private enum PosixClass {
        static func contains(_ name: [UInt8], _ byte: UInt8) -> Bool? {
            let c = byte
            let upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122, digit = c >= 48 && c <= 57
            let space = c == 32 || (c >= 9 && c <= 13)
            let printable = c >= 32 && c < 127
            switch String(decoding: name, as: UTF8.self) {
            case "alnum": return upper || lower || digit
            case "alpha": return upper || lower
            case "blank": return c == 32 || c == 9
            case "cntrl": return c < 32 || c == 127
            case "digit": return digit
            case "graph": return printable && c != 32
            case "lower": return lower
            case "print": return printable
            case "punct": return printable && c != 32 && !(upper || lower || digit)
            case "space": return space
            case "upper": return upper
            case "xdigit": return digit || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
            default: return nil
            }
        }
    }
}
