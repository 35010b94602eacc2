/// A hand-written scanner for PEP 440 versions over ASCII bytes, equivalent to
/// `packaging`'s `VERSION_PATTERN` (with its possessive groups) but without regexes.
///
/// It scans greedily from a position and reports where the version ends, so the same
/// code serves whole versions (`PEP440Version.init`), specifiers and requirement parsing.
/// Numbers that do not fit in `Int` make the version invalid (packaging would accept
/// them as Python integers; no real version has a 19-digit release number).
enum PEP440VersionParser {
    /// What a scan found: the version and the offset just after it.
    struct Match {
        var version: PEP440Version
        var end: Int
        /// True when nothing but epoch and release was read (a `.*` may follow).
        var isReleaseOnly: Bool
    }

    /// Parses a whole version, allowing surrounding whitespace.
    static func parse(_ bytes: [UInt8]) -> PEP440Version? {
        let trimmed = PythonWhitespace.trim(bytes, in: 0..<bytes.count)
        guard let match = scan(bytes, from: trimmed.lowerBound, limit: trimmed.upperBound, allowLocal: true),
              match.end == trimmed.upperBound
        else { return nil }
        return match.version
    }

    /// Scans the longest version starting at `start` (and ending by `limit`); nil when none starts there.
    /// With `stopBeforeWildcard`, a `.*` right after the release ends the scan so the caller can take it.
    static func scan(
        _ b: [UInt8], from start: Int, limit: Int, allowLocal: Bool, stopBeforeWildcard: Bool = false
    ) -> Match? {
        var i = start
        if i < limit, b[i] | 0x20 == UInt8(ascii: "v") { i += 1 }
        var version = PEP440Version(release: [])
        // Epoch: digits followed by `!`; otherwise the digits are the release.
        let epochStart = i
        if let (n, end) = number(b, at: i, limit: limit), end < limit, b[end] == UInt8(ascii: "!") {
            version.epoch = n
            i = end + 1
        } else if digitRun(b, at: i, limit: limit) > 0, number(b, at: i, limit: limit) == nil {
            return nil  // overflowing number
        } else {
            i = epochStart
        }
        // Release: N(.N)*
        guard let (first, firstEnd) = number(b, at: i, limit: limit) else { return nil }
        version.release.append(first)
        i = firstEnd
        while i + 1 < limit, b[i] == UInt8(ascii: "."), isDigit(b[i + 1]) {
            guard let (n, end) = number(b, at: i + 1, limit: limit) else { return nil }
            version.release.append(n)
            i = end
        }
        let releaseEnd = i
        if stopBeforeWildcard, i + 1 < limit, b[i] == UInt8(ascii: "."), b[i + 1] == UInt8(ascii: "*") {
            return Match(version: version, end: i, isReleaseOnly: true)
        }
        // Pre-release: [._-]? (alpha|a|beta|b|preview|pre|c|rc) [._-]? N?
        do {
            var j = i
            if j < limit, isSeparator(b[j]) { j += 1 }
            if let (kind, end) = preLetter(b, at: j, limit: limit) {
                j = end
                if j < limit, isSeparator(b[j]) { j += 1 }
                guard let (n, end2) = optionalNumber(b, at: j, limit: limit) else { return nil }
                version.pre = .init(kind: kind, number: n)
                i = end2
            }
        }
        // Post-release: -N | [._-]? (post|rev|r) [._-]? N?
        if i + 1 < limit, b[i] == UInt8(ascii: "-"), isDigit(b[i + 1]) {
            guard let (n, end) = number(b, at: i + 1, limit: limit) else { return nil }
            version.post = n
            i = end
        } else {
            var j = i
            if j < limit, isSeparator(b[j]) { j += 1 }
            if let end = keyword(b, at: j, limit: limit, among: postWords) {
                j = end
                if j < limit, isSeparator(b[j]) { j += 1 }
                guard let (n, end2) = optionalNumber(b, at: j, limit: limit) else { return nil }
                version.post = n
                i = end2
            }
        }
        // Dev release: [._-]? dev [._-]? N?
        do {
            var j = i
            if j < limit, isSeparator(b[j]) { j += 1 }
            if let end = keyword(b, at: j, limit: limit, among: devWords) {
                j = end
                if j < limit, isSeparator(b[j]) { j += 1 }
                guard let (n, end2) = optionalNumber(b, at: j, limit: limit) else { return nil }
                version.dev = n
                i = end2
            }
        }
        // Local label: + [a-z0-9]+ ([._-][a-z0-9]+)*
        if allowLocal, i + 1 < limit, b[i] == UInt8(ascii: "+"), isAlnum(b[i + 1]) {
            var j = i + 1
            var segments: [PEP440Version.LocalSegment] = []
            while true {
                let segStart = j
                while j < limit, isAlnum(b[j]) { j += 1 }
                guard let segment = localSegment(b[segStart..<j]) else { return nil }
                segments.append(segment)
                if j + 1 < limit, isSeparator(b[j]), isAlnum(b[j + 1]) {
                    j += 1
                } else {
                    break
                }
            }
            version.local = segments
            i = j
        }
        let releaseOnly = i == releaseEnd
        return Match(version: version, end: i, isReleaseOnly: releaseOnly)
    }

    /// A local segment: all digits is a number (leading zeros dropped), anything else lowercased text.
    private static func localSegment(_ bytes: ArraySlice<UInt8>) -> PEP440Version.LocalSegment? {
        if bytes.allSatisfy(isDigit) {
            guard let (n, _) = number(Array(bytes), at: 0, limit: bytes.count) else { return nil }
            return .number(n)
        }
        return .text(String(decoding: bytes.map { $0 | (isLetter($0) ? 0x20 : 0) }, as: UTF8.self))
    }

    /// Matches a pre-release spelling, preferring the longer word the way the regex alternation does.
    private static func preLetter(_ b: [UInt8], at i: Int, limit: Int) -> (PEP440Version.PreKind, Int)? {
        for (word, kind) in preSpellings {
            if let end = keyword(b, at: i, limit: limit, word) { return (kind, end) }
        }
        return nil
    }

    // The spellings, kept once: building them on every call was a fifth of the parse.
    private static let preSpellings: [(StaticString, PEP440Version.PreKind)] = [
        ("alpha", .alpha), ("a", .alpha), ("beta", .beta), ("b", .beta),
        ("preview", .rc), ("pre", .rc), ("c", .rc), ("rc", .rc),
    ]
    static let postWords: [StaticString] = ["post", "rev", "r"]
    static let devWords: [StaticString] = ["dev"]

    /// Case-insensitive match of the first word in `words` found at `i`; returns its end.
    static func keyword(_ b: [UInt8], at i: Int, limit: Int, among words: [StaticString]) -> Int? {
        for word in words {
            if let end = keyword(b, at: i, limit: limit, word) { return end }
        }
        return nil
    }

    /// Case-insensitive match of `word` (lowercase letters) at `i`; returns its end.
    static func keyword(_ b: [UInt8], at i: Int, limit: Int, _ word: StaticString) -> Int? {
        let count = word.utf8CodeUnitCount
        guard i + count <= limit else { return nil }
        let matches = word.withUTF8Buffer { w in
            (0..<count).allSatisfy { k in b[i + k] | 0x20 == w[k] && isLetter(b[i + k]) }
        }
        return matches ? i + count : nil
    }

    /// Digits at `i` as a number, or 0 when there are none; nil only on overflow.
    private static func optionalNumber(_ b: [UInt8], at i: Int, limit: Int) -> (Int, Int)? {
        if digitRun(b, at: i, limit: limit) == 0 { return (0, i) }
        return number(b, at: i, limit: limit)
    }

    /// A run of ASCII digits at `i`; nil when there is none or it overflows `Int`.
    static func number(_ b: [UInt8], at i: Int, limit: Int) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < limit, isDigit(b[j]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(b[j] - UInt8(ascii: "0")))
            if o1 || o2 { return nil }
            value = s
            j += 1
        }
        return j > i ? (value, j) : nil
    }

    private static func digitRun(_ b: [UInt8], at i: Int, limit: Int) -> Int {
        var j = i
        while j < limit, isDigit(b[j]) { j += 1 }
        return j - i
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isLetter(c) }
    static func isSeparator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }
}
