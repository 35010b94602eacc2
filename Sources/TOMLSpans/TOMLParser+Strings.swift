import SourceText

extension TOMLParser {
    /// Collects decoded bytes and the raw span each came from.
    /// A string's decoded bytes and where each came from. Most strings have no escape,
    /// so until one appears only the raw range is kept: no per-byte arrays are built.
    struct Decoded {
        /// While every byte so far stood for itself, contiguously: the raw range.
        private var verbatim: Range<Int>?
        private var isMapped = false
        private var value: [UInt8] = []
        private var starts: [Int] = []
        private var ends: [Int] = []
        /// When set, nothing is recorded: the string is only checked (values a reader skips).
        private let discards: Bool

        init(discarding: Bool = false) {
            discards = discarding
        }

        /// Appends raw bytes that stand for themselves, each mapped to its own raw byte.
        mutating func appendVerbatim(_ raw: [UInt8], _ range: Range<Int>) {
            if range.isEmpty || discards { return }
            if !isMapped {
                guard let current = verbatim else {
                    verbatim = range
                    return
                }
                if current.upperBound == range.lowerBound {
                    verbatim = current.lowerBound..<range.upperBound
                    return
                }
                materialize(raw)
            }
            for i in range {
                value.append(raw[i])
                starts.append(i)
                ends.append(i + 1)
            }
        }

        /// Appends the decoding of one escape: every byte maps to the whole escape.
        mutating func append(_ bytes: some Sequence<UInt8>, from start: Int, to end: Int, raw: [UInt8]) {
            if discards { return }
            materialize(raw)
            for b in bytes {
                value.append(b)
                starts.append(start)
                ends.append(end)
            }
        }

        /// Switches to per-byte arrays, copying what was verbatim so far.
        private mutating func materialize(_ raw: [UInt8]) {
            if isMapped { return }
            isMapped = true
            if let range = verbatim {
                value.append(contentsOf: raw[range])
                starts.append(contentsOf: range)
                ends.append(contentsOf: range.map { $0 + 1 })
            }
            verbatim = nil
        }

        /// The decoded text of raw content `rawRange`.
        mutating func text(_ raw: [UInt8], rawRange: Range<Int>) -> ScannedText {
            if !isMapped, (verbatim ?? rawRange.lowerBound..<rawRange.lowerBound) == rawRange {
                return ScannedText(verbatim: rawRange, in: raw)
            }
            materialize(raw)
            return ScannedText(value: value, rawRange: rawRange, rawStarts: starts, rawEnds: ends)
        }
    }

    /// A string of any of the four styles, `pos` at its opening quote.
    mutating func parseString(allowMultiline: Bool) throws(Diagnostic) -> TOMLString {
        let open = pos
        var decoded = Decoded()
        let (style, content) = try scanString(allowMultiline: allowMultiline, into: &decoded)
        return TOMLString(text: decoded.text(bytes, rawRange: content), style: style, offset: open)
    }

    /// Checks a string as `parseString` does, without decoding it.
    mutating func skipString() throws(Diagnostic) {
        var decoded = Decoded(discarding: true)
        _ = try scanString(allowMultiline: true, into: &decoded)
    }

    /// Reads a string into `decoded`; returns its style and raw content range, `pos` after the closing quote.
    mutating func scanString(allowMultiline: Bool, into decoded: inout Decoded) throws(Diagnostic) -> (TOMLString.Style, Range<Int>) {
        let open = pos
        let quote = peek()
        let isMultiline = peek(1) == quote && peek(2) == quote
        if isMultiline && !allowMultiline {
            throw Diagnostic(offset: pos, message: "multi-line string cannot be a key")
        }
        let isBasic = quote == UInt8(ascii: "\"")
        pos += isMultiline ? 3 : 1
        let contentStart = pos
        if isMultiline {
            // A newline right after the opening delimiter is not part of the value.
            if peek() == 0x0A { pos += 1 } else if peek() == 0x0D && peek(1) == 0x0A { pos += 2 }
        }
        while true {
            // A run of bytes that stand for themselves, taken in one step; anything else
            // (a quote, a backslash, a control character, tab included) goes the long way.
            var end = pos
            while end < bytes.count {
                let c = bytes[end]
                if c == quote || c == UInt8(ascii: "\\") || c < 0x20 || c == 0x7F { break }
                end += 1
            }
            if end > pos {
                decoded.appendVerbatim(bytes, pos..<end)
                pos = end
            }
            guard pos < bytes.count else {
                throw Diagnostic(offset: open, message: "unterminated string: expected closing \(isBasic ? "\"" : "'")")
            }
            let b = bytes[pos]
            if b == quote {
                if !isMultiline {
                    let content = contentStart..<pos
                    pos += 1
                    return (isBasic ? .basic : .literal, content)
                }
                var run = 0
                while peek(run) == quote { run += 1 }
                if run >= 3 {
                    if run > 5 { throw Diagnostic(offset: pos + 5, message: "too many quotes closing multi-line string") }
                    // Up to two quotes before the closing delimiter belong to the value.
                    decoded.appendVerbatim(bytes, pos..<pos + run - 3)
                    let content = contentStart..<(pos + run - 3)
                    pos += run
                    return (isBasic ? .multilineBasic : .multilineLiteral, content)
                }
                decoded.appendVerbatim(bytes, pos..<pos + run)
                pos += run
                continue
            }
            if b == UInt8(ascii: "\\") && isBasic {
                try decodeEscape(into: &decoded, isMultiline: isMultiline)
                continue
            }
            if b == 0x0A || (b == 0x0D && peek(1) == 0x0A) {
                guard isMultiline else { throw Diagnostic(offset: pos, message: "newline in single-line string: expected closing \(isBasic ? "\"" : "'")") }
                let width = b == 0x0A ? 1 : 2
                decoded.appendVerbatim(bytes, pos..<pos + width)
                pos += width
                continue
            }
            if (b < 0x20 && b != 0x09) || b == 0x7F {
                throw Diagnostic(offset: pos, message: "control character \(describe(pos)) in string must be escaped")
            }
            decoded.appendVerbatim(bytes, pos..<pos + 1)
            pos += 1
        }
    }

    /// One backslash escape (or, in multi-line strings, a line-ending backslash).
    mutating func decodeEscape(into decoded: inout Decoded, isMultiline: Bool) throws(Diagnostic) {
        let start = pos
        pos += 1
        let c = peek()
        func simple(_ out: UInt8) {
            pos += 1
            decoded.append(CollectionOfOne(out), from: start, to: pos, raw: bytes)
        }
        switch c {
        case UInt8(ascii: "b"): simple(0x08)
        case UInt8(ascii: "t"): simple(0x09)
        case UInt8(ascii: "n"): simple(0x0A)
        case UInt8(ascii: "f"): simple(0x0C)
        case UInt8(ascii: "r"): simple(0x0D)
        case UInt8(ascii: "\""): simple(0x22)
        case UInt8(ascii: "\\"): simple(0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = c == UInt8(ascii: "u") ? 4 : 8
            pos += 1
            var scalar: UInt32 = 0
            for _ in 0..<count {
                guard let digit = Self.hexValue(peek()) else { throw expected("\(count) hex digits in \\\(c == UInt8(ascii: "u") ? "u" : "U") escape") }
                scalar = scalar << 4 | UInt32(digit)
                pos += 1
            }
            guard let unicode = Unicode.Scalar(scalar) else {
                throw Diagnostic(offset: start, message: "escape is not a Unicode scalar value")
            }
            decoded.append(Array(String(Character(unicode)).utf8), from: start, to: pos, raw: bytes)
        case 0x20, 0x09, 0x0A, 0x0D:
            guard isMultiline else {
                throw Diagnostic(offset: start, message: "invalid escape: a line-ending backslash is only allowed in multi-line strings")
            }
            // Line-ending backslash: only whitespace may follow it on its line; it swallows
            // all whitespace and newlines up to the next other character.
            var i = pos
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            guard i < bytes.count, bytes[i] == 0x0A || (bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) else {
                pos = i
                throw Diagnostic(offset: start, message: "invalid escape: a backslash followed by spaces must end the line")
            }
            pos = i
            while true {
                skipSpaces()
                if peek() == 0x0A { pos += 1 } else if peek() == 0x0D && peek(1) == 0x0A { pos += 2 } else { break }
            }
        default:
            throw Diagnostic(offset: start, message: "invalid escape: expected one of \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX")
        }
    }

    /// The value of one hex digit, or nil.
    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - 0x30
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - 0x61 + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - 0x41 + 10
        default: return nil
        }
    }
}
