/// One token of Python source, as a span of the file's bytes.
///
/// Only what a setup.py scanner needs is told apart: names, strings (with their prefix and
/// quotes), operators and brackets, and the ends of logical lines. Numbers and other
/// operators are kept as plain spans so nothing is ever dropped.
struct PythonToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case name
        case number
        case string(PythonStringToken)
        /// An operator or bracket; its text is the token's bytes.
        case op
        /// The end of a logical line (a line break outside brackets, or the end of the file).
        case newline
    }

    var kind: Kind
    var range: Range<Int>
    /// Whether this token begins a statement: the first token of a logical line, or right after `;`.
    var startsStatement = false
    /// Columns of indentation before the logical line this token is on (0: module level).
    var indent = 0
    /// Bracket depth before this token (an opening bracket has the depth outside it).
    var depth = 0

    var isString: Bool {
        if case .string = kind { return true }
        return false
    }
}

/// How a string literal is spelled: prefix letters and quotes, and where its content lies.
struct PythonStringToken: Sendable, Equatable {
    var isRaw: Bool
    var isBytes: Bool
    /// An f-string (or a t-string): computed, never a plain requirement.
    var isFormatted: Bool
    /// The content between the quotes.
    var content: Range<Int>
}
