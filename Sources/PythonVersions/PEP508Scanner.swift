/// A cursor over the bytes of one requirement or marker, with the token rules of
/// packaging 26.2's `_tokenizer.py` (`WS` is spaces and tabs only; `\b` treats every
/// non-ASCII byte as a word character, as Python does for letters).
struct PEP508Scanner {
    let bytes: [UInt8]
    var pos: Int
    /// Where the scanned text starts: the byte before it never counts as a word character.
    let start: Int
    let limit: Int

    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        pos = range.lowerBound
        start = range.lowerBound
        limit = range.upperBound
    }

    var atEnd: Bool { pos >= limit }

    /// The byte at `pos`, or 0 past the end.
    var current: UInt8 { pos < limit ? bytes[pos] : 0 }

    /// The byte at `i`, or 0 outside the scanned range.
    func byte(at i: Int) -> UInt8 { i < limit && i >= 0 ? bytes[i] : 0 }

    /// Skips `[ \t]*`; returns whether anything was skipped.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = pos
        while pos < limit, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
        return pos > start
    }

    /// Consumes `c` if it is next.
    mutating func take(_ c: Unicode.Scalar) -> Bool {
        guard c.isASCII, current == UInt8(ascii: c), pos < limit else { return false }
        pos += 1
        return true
    }

    /// Python's `\w` for the purpose of `\b`: ASCII letters, digits, `_`, and any non-ASCII byte.
    static func isWord(_ c: UInt8) -> Bool {
        PEP440VersionParser.isAlnum(c) || c == UInt8(ascii: "_") || c >= 0x80
    }

    /// Whether `\b` holds at `i` (the start of the range counts as non-word on the left).
    func isBoundary(at i: Int) -> Bool {
        let left = i > start && i - 1 < limit ? Self.isWord(bytes[i - 1]) : false
        let right = i < limit ? Self.isWord(bytes[i]) : false
        return left != right
    }

    /// `\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b`: the longest such run that ends on a word boundary.
    func identifier() -> Range<Int>? {
        guard pos < limit, PEP440VersionParser.isAlnum(bytes[pos]), isBoundary(at: pos) else { return nil }
        var end = pos + 1
        while end < limit, PEP440VersionParser.isAlnum(bytes[end]) || PEP440VersionParser.isSeparator(bytes[end]) {
            end += 1
        }
        while end > pos, !isBoundary(at: end) { end -= 1 }
        return end > pos ? pos..<end : nil
    }

    /// `\bword\b` at `pos`, case-sensitive; returns the end of the word.
    func word(_ w: String) -> Int? {
        let count = w.utf8.count
        guard pos + count <= limit, bytes[pos..<(pos + count)].elementsEqual(w.utf8), isBoundary(at: pos) else {
            return nil
        }
        return isBoundary(at: pos + count) ? pos + count : nil
    }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    func error(_ message: String, at offset: Int? = nil) -> PEP508Error {
        PEP508Error(offset: offset ?? pos, message: message)
    }
}
