/// String literals: `"a\n"`, `"""` blocks, `#"raw \#(x)"#`, and interpolation.
///
/// An interpolation `\(` pushes a code context on the lexer's stack; the `)`
/// that returns to the bracket depth the interpolation started at pops it. So
/// `"a \("b \("c")")"` nests three contexts deep without any recursion.
extension SwiftLexer {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")

    static func delimiter(hashes: Int, isMultiline: Bool) -> String {
        (isMultiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
    }

    /// Opens a string whose first quote is at `i`; `start` is where its `#`s begin.
    mutating func openString(start: Int, hashes: Int) {
        let isMultiline = byte(at: i + 1) == Self.quote && byte(at: i + 2) == Self.quote
        i += isMultiline ? 3 : 1
        if isTopLevel { outerValue = isMultiline ? nil : [] }
        contexts.append(.string(start: start, contentStart: i, hashes: hashes, isMultiline: isMultiline))
    }

    /// Whether `count` `#` bytes start at `offset`.
    func hashesFollow(at offset: Int, count: Int) -> Bool {
        guard offset + count <= bytes.count else { return false }
        for k in offset..<(offset + count) where bytes[k] != UInt8(ascii: "#") { return false }
        return true
    }

    /// Whether the string's closing delimiter starts at `i`.
    func closesString(hashes: Int, isMultiline: Bool) -> Bool {
        let quotes = isMultiline ? 3 : 1
        guard i + quotes <= bytes.count else { return false }
        for k in i..<(i + quotes) where bytes[k] != Self.quote { return false }
        return hashesFollow(at: i + quotes, count: hashes)
    }

    /// Consumes one piece of string content: a byte, an escape, an interpolation start, or the close.
    mutating func lexStringStep(start: Int, contentStart: Int, hashes: Int, isMultiline: Bool) {
        let c = bytes[i]
        let isOutermost = contexts.count == 2
        if c == Self.quote, closesString(hashes: hashes, isMultiline: isMultiline) {
            let contentEnd = i
            i += (isMultiline ? 3 : 1) + hashes
            contexts.removeLast()
            if isTopLevel {
                let value = outerValue.map { String(decoding: $0, as: UTF8.self) }
                outerValue = nil
                let literal = SwiftStringLiteral(contentRange: contentStart..<contentEnd, value: value,
                                                 hashCount: hashes, isMultiline: isMultiline)
                emit(.string(literal), start..<i)
            }
            return
        }
        if c == Self.backslash, hashesFollow(at: i + 1, count: hashes) {
            lexEscape(isMultiline: isMultiline, isOutermost: isOutermost)
            return
        }
        if (c == 0x0A || c == 0x0D), !isMultiline {
            // Recover at the line break, so one bad string does not swallow the file.
            report(start, "expected '\(Self.delimiter(hashes: hashes, isMultiline: false))' to end the string literal started at \(where_(start))")
            contexts.removeLast()
            if isTopLevel { outerValue = nil }
            return
        }
        if isOutermost { outerValue?.append(c) }
        i += 1
    }

    /// An escape after `\` and the string's `#`s: `\n`, `\u{1F600}`, `\(` interpolation, or a line continuation.
    private mutating func lexEscape(isMultiline: Bool, isOutermost: Bool) {
        let escapeStart = i
        i += 1
        while byte(at: i) == UInt8(ascii: "#") { i += 1 }
        guard let e = byte(at: i) else { return }
        var decoded: UInt8?
        switch e {
        case UInt8(ascii: "("):
            i += 1
            if isOutermost { outerValue = nil }
            contexts.append(.code(bracketBase: brackets.count))
            return
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "0"): decoded = 0x00
        case Self.backslash, Self.quote, UInt8(ascii: "'"): decoded = e
        case UInt8(ascii: "u"):
            i += 1
            lexUnicodeEscape(from: escapeStart, isOutermost: isOutermost)
            return
        case 0x20, 0x09, 0x0A, 0x0D where isMultiline:
            // A line continuation: trailing blanks, then the line break.
            while byte(at: i) == 0x20 || byte(at: i) == 0x09 { i += 1 }
            if byte(at: i) == 0x0D { i += 1 }
            if byte(at: i) == 0x0A { i += 1 }
            return
        default:
            report(escapeStart, "invalid escape sequence in string literal")
        }
        i += 1
        if isOutermost {
            if let decoded { outerValue?.append(decoded) } else { outerValue = nil }
        }
    }

    /// `\u{` 1-8 hex digits `}`; `i` is just past the `u`.
    private mutating func lexUnicodeEscape(from escapeStart: Int, isOutermost: Bool) {
        guard byte(at: i) == UInt8(ascii: "{") else {
            report(escapeStart, "expected '{' after '\\u' in string literal")
            if isOutermost { outerValue = nil }
            return
        }
        i += 1
        var scalar: UInt32 = 0
        var digits = 0
        while let c = byte(at: i), let d = Self.hexValue(c), digits < 8 {
            scalar = scalar &* 16 &+ UInt32(d)
            digits += 1
            i += 1
        }
        guard digits > 0, byte(at: i) == UInt8(ascii: "}"), let value = Unicode.Scalar(scalar) else {
            report(escapeStart, "expected 1 to 8 hex digits and '}' in '\\u{...}' escape")
            if isOutermost { outerValue = nil }
            return
        }
        i += 1
        if isOutermost { outerValue?.append(contentsOf: Array(String(Character(value)).utf8)) }
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
