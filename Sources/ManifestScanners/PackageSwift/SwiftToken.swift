/// One token of Swift source: what it is and the bytes it covers.
///
/// Comments and whitespace are not tokens; the scanner never needs them, and
/// edits are byte ranges, so nothing between tokens is ever rewritten.
struct SwiftToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier
        /// A reserved word (`let`, `var`, `import`, `true`...); contextual words stay identifiers.
        case keyword
        case number
        /// A bracket, `,`, `:`, `;`, or a lone `.` (member access).
        case punctuation
        /// A run of operator characters: `..<`, `...`, `+=`, `=`.
        case `operator`
        case string(SwiftStringLiteral)
        /// `#if cond`, `#elseif cond`, `#else`, `#endif`; the token spans the condition too.
        case directive(SwiftDirective)
        /// `#file`, `#available`, `@main` and the like.
        case pound
    }

    var kind: Kind
    var range: Range<Int>

    init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The string literal this token is, if it is one.
    var stringLiteral: SwiftStringLiteral? {
        if case .string(let literal) = kind { return literal }
        return nil
    }
}

/// A conditional-compilation directive.
enum SwiftDirective: Sendable, Equatable {
    case `if`, elseif, `else`, endif
}

/// A string literal token's shape and, when it is a plain constant, its value.
struct SwiftStringLiteral: Sendable, Equatable {
    /// Bytes between the delimiters (quotes and `#`s excluded).
    var contentRange: Range<Int>
    /// The decoded value; nil when the literal interpolates or spans lines.
    var value: String?
    /// The number of `#` around a raw string.
    var hashCount: Int
    var isMultiline: Bool

    init(contentRange: Range<Int>, value: String?, hashCount: Int, isMultiline: Bool) {
        self.contentRange = contentRange
        self.value = value
        self.hashCount = hashCount
        self.isMultiline = isMultiline
    }
}
