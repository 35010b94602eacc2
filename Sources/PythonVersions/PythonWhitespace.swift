/// Python's `\s` / `str.isspace()` over UTF-8 bytes, which `packaging` strips around
/// versions and specifiers: ASCII whitespace, the \x1c-\x1f separators, and the Unicode spaces.
package enum PythonWhitespace {
    /// The length of the whitespace character starting at `i`, or 0 when it is not whitespace.
    package static func length(_ b: [UInt8], at i: Int, limit: Int) -> Int {
        guard i < limit else { return 0 }
        let c = b[i]
        if c < 0x80 {
            return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) ? 1 : 0
        }
        guard let (scalar, len) = decode(b, at: i, limit: limit) else { return 0 }
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return len
        default: return 0
        }
    }

    /// The length of the whitespace character that ends exactly at `end`, or 0.
    package static func lengthEnding(_ b: [UInt8], at end: Int, lowerBound: Int) -> Int {
        // Whitespace scalars are at most 3 bytes long in UTF-8.
        for len in 1...3 where end - len >= lowerBound {
            let start = end - len
            if length(b, at: start, limit: end) == len { return len }
        }
        return 0
    }

    /// `range` without leading and trailing whitespace.
    package static func trim(_ b: [UInt8], in range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi {
            let n = length(b, at: lo, limit: hi)
            if n == 0 { break }
            lo += n
        }
        while hi > lo {
            let n = lengthEnding(b, at: hi, lowerBound: lo)
            if n == 0 { break }
            hi -= n
        }
        return lo..<hi
    }

    /// Decodes one UTF-8 scalar of 2 or 3 bytes (enough for every whitespace character).
    private static func decode(_ b: [UInt8], at i: Int, limit: Int) -> (UInt32, Int)? {
        let c = b[i]
        if c & 0xE0 == 0xC0, i + 1 < limit, b[i + 1] & 0xC0 == 0x80 {
            return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
        }
        if c & 0xF0 == 0xE0, i + 2 < limit, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
            return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return nil
    }
}
