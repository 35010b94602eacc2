import SourceText

/// Splits Python source into tokens in one forward pass, without recursion.
///
/// It follows Python's lexical rules where they decide token boundaries: string prefixes and
/// quotes (`'`, `"`, `'''`, `"""`; `r`, `b`, `u`, `f`, `t` and their combinations), backslash
/// escapes inside strings, comments, backslash line continuations and brackets (line breaks
/// inside brackets do not end a logical line). Brackets are matched with an explicit stack, so
/// 10,000 nested brackets cost no call depth. f-strings end where Python 3.12 ends them, after
/// any strings nested in their replacement fields (`FormattedStringScanner`).
struct PythonTokenizer {
    private(set) var tokens: [PythonToken] = []
    /// Raw ranges of `#` comments, in order.
    private(set) var comments: [Range<Int>] = []
    /// For each token index of an opening bracket, the index of its closing bracket.
    private(set) var closing: [Int: Int] = [:]
    private(set) var error: Diagnostic?

    static let prefixes: Set<String> = ["r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt"]
    private static let threeByteOps: [[UInt8]] = ["**=", "//=", ">>=", "<<=", "..."].map { Array($0.utf8) }
    private static let twoByteOps: Set<[UInt8]> = Set(["==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
                                                       "^=", "@=", "->", "**", "//", "<<", ">>", ":="].map { Array($0.utf8) })

    init(_ file: SourceFile) {
        let bytes = file.bytes
        var i = file.contentStart
        var stack: [Int] = []
        var lineIndent = 0
        var atLineStart = true
        var afterSemicolon = false
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if atLineStart {
                // Outside brackets: measure indentation. Blank and comment-only lines start no
                // logical line, so the flag stays set across them.
                var j = i
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0C { j += 1 }
                lineIndent = j - i
                i = j
                if i >= n { break }
                if bytes[i] == UInt8(ascii: "#") {
                    let start = i
                    while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                    comments.append(start..<i)
                } else if bytes[i] == 0x0A || bytes[i] == 0x0D {
                    i += (bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                } else {
                    atLineStart = false
                }
                continue
            }
            switch b {
            case 0x20, 0x09, 0x0C:
                i += 1
            case 0x0A, 0x0D:
                i += (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                if stack.isEmpty {
                    if let last = tokens.last, last.kind != .newline { append(.newline, i..<i, stack.count, lineIndent, false) }
                    atLineStart = true
                }
            case UInt8(ascii: "#"):
                let start = i
                while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                comments.append(start..<i)
            case UInt8(ascii: "\\") where i + 1 < n && (bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D):
                // A line continuation: the logical line goes on.
                i += (bytes[i + 1] == 0x0D && i + 2 < n && bytes[i + 2] == 0x0A) ? 3 : 2
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                guard let end = scanString(bytes, prefixStart: i, quoteAt: i, stackDepth: stack.count, indent: lineIndent,
                                           startsStatement: afterSemicolon) else { return }
                afterSemicolon = false
                i = end
            default:
                let start = i
                let starts = afterSemicolon
                afterSemicolon = false
                if Self.isIdentifierStart(b) {
                    while i < n, Self.isIdentifierByte(bytes[i]) { i += 1 }
                    if i < n, bytes[i] == UInt8(ascii: "'") || bytes[i] == UInt8(ascii: "\""),
                       Self.prefixes.contains(String(decoding: bytes[start..<i], as: UTF8.self).lowercased()) {
                        guard let end = scanString(bytes, prefixStart: start, quoteAt: i, stackDepth: stack.count, indent: lineIndent,
                                                   startsStatement: starts) else { return }
                        i = end
                    } else {
                        append(.name, start..<i, stack.count, lineIndent, starts)
                    }
                } else if Self.isDigit(b) || (b == UInt8(ascii: ".") && i + 1 < n && Self.isDigit(bytes[i + 1])) {
                    i += 1
                    while i < n {
                        let c = bytes[i]
                        if Self.isIdentifierByte(c) || c == UInt8(ascii: ".") {
                            i += 1
                        } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")),
                                  bytes[i - 1] == UInt8(ascii: "e") || bytes[i - 1] == UInt8(ascii: "E"),
                                  !(bytes[start..<i].contains { $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") }) {
                            i += 1
                        } else {
                            break
                        }
                    }
                    append(.number, start..<i, stack.count, lineIndent, starts)
                } else {
                    var length = 1
                    if i + 3 <= n, Self.threeByteOps.contains(where: { bytes[i..<(i + 3)].elementsEqual($0) }) {
                        length = 3
                    } else if i + 2 <= n, Self.twoByteOps.contains(Array(bytes[i..<(i + 2)])) {
                        length = 2
                    }
                    let depth = stack.count
                    if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
                        stack.append(tokens.count)
                    } else if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                        guard let open = stack.popLast(), Self.closes(bytes[tokens[open].range.lowerBound], b) else {
                            error = Diagnostic(offset: i, message: "expected Python source: unmatched '\(Character(Unicode.Scalar(b)))'")
                            return
                        }
                        closing[open] = tokens.count
                        append(.op, i..<(i + 1), depth - 1, lineIndent, starts)
                        i += 1
                        continue
                    } else if b == UInt8(ascii: ";"), stack.isEmpty {
                        afterSemicolon = true
                    }
                    append(.op, i..<(i + length), depth, lineIndent, starts)
                    i += length
                }
            }
        }
        if let open = stack.last {
            let at = tokens[open].range.lowerBound
            error = Diagnostic(offset: at, message: "expected Python source: '\(Character(Unicode.Scalar(bytes[at])))' was never closed")
            return
        }
        if let last = tokens.last, last.kind != .newline { append(.newline, n..<n, 0, lineIndent, false) }
    }

    /// Adds a token; it starts a statement after `;` (`starts`) or as the first of a logical line.
    private mutating func append(_ kind: PythonToken.Kind, _ range: Range<Int>, _ depth: Int, _ indent: Int, _ starts: Bool) {
        let startsStatement = starts || (depth == 0 && (tokens.isEmpty || tokens.last?.kind == .newline) && kind != .newline)
        tokens.append(PythonToken(kind: kind, range: range, startsStatement: startsStatement, indent: indent, depth: depth))
    }

    /// Scans a string literal whose prefix starts at `prefixStart` and first quote is at `quoteAt`;
    /// returns the offset after it, or records an error for an unterminated string.
    private mutating func scanString(_ bytes: [UInt8], prefixStart: Int, quoteAt: Int, stackDepth: Int, indent: Int,
                                     startsStatement: Bool) -> Int? {
        let n = bytes.count
        let quote = bytes[quoteAt]
        let prefix = bytes[prefixStart..<quoteAt].map { $0 | 0x20 }
        let isTriple = quoteAt + 2 < n && bytes[quoteAt + 1] == quote && bytes[quoteAt + 2] == quote
        let contentStart = quoteAt + (isTriple ? 3 : 1)
        let isFormatted = prefix.contains(UInt8(ascii: "f")) || prefix.contains(UInt8(ascii: "t"))
        // Replacement fields may nest strings (PEP 701): an f-string ends past them.
        guard let close = isFormatted
            ? FormattedStringScanner.closingQuote(bytes, from: contentStart, quote: quote, isTriple: isTriple)
            : Self.closingQuote(bytes, from: contentStart, quote: quote, isTriple: isTriple) else {
            error = Diagnostic(offset: prefixStart, message: "expected Python source: unterminated string literal")
            return nil
        }
        let token = PythonStringToken(isRaw: prefix.contains(UInt8(ascii: "r")), isBytes: prefix.contains(UInt8(ascii: "b")),
                                      isFormatted: isFormatted, content: contentStart..<close)
        let end = close + (isTriple ? 3 : 1)
        append(.string(token), prefixStart..<end, stackDepth, indent, startsStatement)
        return end
    }

    /// The offset of the closing quote of a string without replacement fields whose content
    /// starts at `start`; nil when the file ends (or a single-quoted string's line ends) first.
    static func closingQuote(_ bytes: [UInt8], from start: Int, quote: UInt8, isTriple: Bool) -> Int? {
        let n = bytes.count
        var i = start
        while i < n {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") {
                // An escaped byte never ends the string, even in a raw string; `\` CR LF is one escape.
                i += (i + 2 < n && bytes[i + 1] == 0x0D && bytes[i + 2] == 0x0A) ? 3 : 2
            } else if c == quote, !isTriple || (i + 2 < n && bytes[i + 1] == quote && bytes[i + 2] == quote) {
                return i
            } else if !isTriple, c == 0x0A || c == 0x0D {
                return nil
            } else {
                i += 1
            }
        }
        return nil
    }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_") || b >= 0x80
    }

    static func isIdentifierByte(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func closes(_ open: UInt8, _ close: UInt8) -> Bool {
        (open == UInt8(ascii: "(") && close == UInt8(ascii: ")")) || (open == UInt8(ascii: "[") && close == UInt8(ascii: "]"))
            || (open == UInt8(ascii: "{") && close == UInt8(ascii: "}"))
    }
}
