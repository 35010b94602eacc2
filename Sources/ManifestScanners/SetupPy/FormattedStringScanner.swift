/// Finds where an f-string (or t-string) ends, as Python 3.12 reads it (PEP 701): inside a
/// `{...}` replacement field a string of any quote may nest, the same quote included
/// (`f"{d["name"]}"`), so only a quote at the string's own level ends it.
///
/// One forward pass over an explicit stack (no recursion, whatever the nesting). Strings
/// written for older Pythons never nest the same quote, and end where they always did.
enum FormattedStringScanner {
    private enum Frame {
        /// The text of an f-string: `{{` and `}}` are literal braces, `{` opens a field.
        case text(quote: UInt8, isTriple: Bool)
        /// A replacement field's expression, with its depth of `(`, `[` and `{`.
        case field(brackets: Int)
        /// A format spec after `:` in a field: text until the `}` that closes the field.
        case spec
    }

    /// The offset of the closing quote of the f-string whose content starts at `start`;
    /// nil when the file ends (or a single-quoted string's line ends) before it.
    static func closingQuote(_ bytes: [UInt8], from start: Int, quote: UInt8, isTriple: Bool) -> Int? {
        let n = bytes.count
        var stack: [Frame] = [.text(quote: quote, isTriple: isTriple)]
        var i = start
        while i < n, let frame = stack.last {
            let c = bytes[i]
            let next: UInt8 = i + 1 < n ? bytes[i + 1] : 0
            switch frame {
            case .text(let q, let triple):
                if c == UInt8(ascii: "\\") {
                    // An escaped byte never ends the string, even in a raw string; `\` CR LF is one escape.
                    i += (next == 0x0D && i + 2 < n && bytes[i + 2] == 0x0A) ? 3 : 2
                } else if c == q, !triple || (next == q && i + 2 < n && bytes[i + 2] == q) {
                    stack.removeLast()
                    if stack.isEmpty { return i }
                    i += triple ? 3 : 1
                } else if !triple, c == 0x0A || c == 0x0D {
                    return nil
                } else if c == UInt8(ascii: "{") {
                    if next == UInt8(ascii: "{") { i += 2 } else { stack.append(.field(brackets: 0)); i += 1 }
                } else {
                    i += c == UInt8(ascii: "}") && next == UInt8(ascii: "}") ? 2 : 1
                }
            case .spec:
                if c == UInt8(ascii: "{") {
                    stack.append(.field(brackets: 0))
                } else if c == UInt8(ascii: "}") {
                    stack.removeLast(2)  // the spec and its field
                }
                i += c == UInt8(ascii: "\\") ? 2 : 1
            case .field(let brackets):
                if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                    guard let end = nestedString(bytes, at: i, into: &stack) else { return nil }
                    i = end
                    continue
                }
                switch c {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    stack[stack.count - 1] = .field(brackets: brackets + 1)
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    stack[stack.count - 1] = .field(brackets: max(0, brackets - 1))
                case UInt8(ascii: "}"):
                    if brackets == 0 { stack.removeLast() } else { stack[stack.count - 1] = .field(brackets: brackets - 1) }
                case UInt8(ascii: ":") where brackets == 0:
                    stack.append(.spec)
                case UInt8(ascii: "#"):
                    // A comment runs to the end of the line (multi-line fields may hold them).
                    while i + 1 < n, bytes[i + 1] != 0x0A, bytes[i + 1] != 0x0D { i += 1 }
                default:
                    break
                }
                i += 1
            }
        }
        return nil
    }

    /// A string that starts at the quote `at` inside a field. An f-string is pushed as a new
    /// text frame; any other string is skipped whole. Returns the offset to go on from.
    private static func nestedString(_ bytes: [UInt8], at quoteAt: Int, into stack: inout [Frame]) -> Int? {
        let n = bytes.count
        let quote = bytes[quoteAt]
        // The prefix is the identifier run right before the quote (`rb`, `f`, `Rt`), when it is
        // one: in `x if"a" else y` the run is the keyword `if`, and the string is plain.
        var p = quoteAt
        while p > 0, quoteAt - p <= 2, PythonTokenizer.isIdentifierByte(bytes[p - 1]) { p -= 1 }
        let isPrefix = p == 0 || !PythonTokenizer.isIdentifierByte(bytes[p - 1])
        let prefix = String(decoding: bytes[p..<quoteAt], as: UTF8.self).lowercased()
        let isTriple = quoteAt + 2 < n && bytes[quoteAt + 1] == quote && bytes[quoteAt + 2] == quote
        let contentStart = quoteAt + (isTriple ? 3 : 1)
        if isPrefix, PythonTokenizer.prefixes.contains(prefix), prefix.contains("f") || prefix.contains("t") {
            stack.append(.text(quote: quote, isTriple: isTriple))
            return contentStart
        }
        return PythonTokenizer.closingQuote(bytes, from: contentStart, quote: quote, isTriple: isTriple)
            .map { $0 + (isTriple ? 3 : 1) }
    }
}
