import SourceText

/// A TOML string value: its decoded text mapped back to the raw bytes, and how it was quoted.
///
/// Three spans, all byte offsets into the parsed file: `offset..<endOffset` is the whole
/// literal, quotes included; `text.rawRange` is its content between the quotes;
/// `text.rawRange(of:)` maps a range of the decoded value back to the raw bytes (TOML 1.0
/// escapes such as `\u00E9`, and a multi-line string's line-ending backslash, make them differ).
public struct TOMLString: Sendable {
    /// The four ways TOML 1.0 quotes a string: `"basic"`, `'literal'`, `"""multi-line basic"""`,
    /// `'''multi-line literal'''`.
    public enum Style: Sendable, Equatable {
        case basic
        case literal
        case multilineBasic
        case multilineLiteral
    }

    /// The content between the quotes: decoded value plus, per decoded byte, its raw span.
    public var text: ScannedText
    /// How the string was quoted; decides which text can be written inside it (`canRepresent`).
    public var style: Style
    /// Byte offset of the opening quote (the first of three for a multi-line string).
    public var offset: Int

    /// A string as the parser found it.
    init(text: ScannedText, style: Style, offset: Int) {
        self.text = text
        self.style = style
        self.offset = offset
    }

    /// The decoded value: escapes resolved, a multi-line string's first newline trimmed.
    public var value: String { text.string }

    /// Byte offset just past the closing quote (the last of three for a multi-line string).
    public var endOffset: Int {
        switch style {
        case .basic, .literal: return text.rawRange.upperBound + 1
        case .multilineBasic, .multilineLiteral: return text.rawRange.upperBound + 3
        }
    }

    /// Whether `s` can be inserted verbatim inside this string and still mean itself, so an
    /// edit may splice it into the raw bytes without escaping.
    ///
    /// A literal string cannot hold `'`; a basic string would read `"` or `\` as syntax;
    /// quote runs in multi-line strings could merge with the delimiter, so they are refused too.
    public func canRepresent(_ s: some StringProtocol) -> Bool {
        let utf8 = Array(s.utf8)
        var previous: UInt8 = 0
        for byte in utf8 {
            // Control characters other than tab need escapes (or are invalid) in every style.
            if byte == 0x7F || (byte < 0x20 && byte != 0x09 && !(byte == 0x0A && isMultiline)) { return false }
            switch style {
            case .basic:
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            case .literal:
                if byte == UInt8(ascii: "'") { return false }
            case .multilineBasic:
                if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") && previous == byte { return false }
            case .multilineLiteral:
                if byte == UInt8(ascii: "'") && previous == byte { return false }
            }
            previous = byte
        }
        if isMultiline, let first = utf8.first, let last = utf8.last {
            let quote = style == .multilineBasic ? UInt8(ascii: "\"") : UInt8(ascii: "'")
            if first == quote || last == quote { return false }
        }
        return true
    }

    private var isMultiline: Bool { style == .multilineBasic || style == .multilineLiteral }
}
