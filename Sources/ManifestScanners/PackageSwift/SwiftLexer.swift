import SourceText

/// Splits Swift source into tokens, using only the standard library.
///
/// It knows enough Swift to never mistake a string, comment or directive for
/// code: string literals of every kind (multi-line, raw with any number of `#`,
/// interpolation nested to any depth), nested block comments, and `#if` lines.
/// Nesting is tracked on explicit stacks, never by recursion, so 10,000 nested
/// brackets or interpolations cost memory, not the call stack. It never fails:
/// what it cannot balance becomes a `Diagnostic` naming what was expected.
struct SwiftLexer {
    /// The tokens of the top level (tokens inside interpolations are folded into their string).
    struct Output: Sendable {
        var tokens: [SwiftToken] = []
        /// For each token, the index of its matching bracket, or -1.
        var partner: [Int] = []
        var diagnostics: [Diagnostic] = []
        /// Top-level comments, `//` or `/*` included (for `// ceiling: ignore`).
        var comments: [Range<Int>] = []
    }

    /// Where the lexer is: in code (the file, or an interpolation), or inside a string.
    enum Context {
        /// `bracketBase` is the bracket depth at which a `)` ends this interpolation.
        case code(bracketBase: Int)
        case string(start: Int, contentStart: Int, hashes: Int, isMultiline: Bool)
    }

    struct OpenBracket {
        var byte: UInt8
        var offset: Int
        var token: Int
    }

    let file: SourceFile
    let bytes: [UInt8]
    var i: Int
    var out = Output()
    /// The file's line starts, once a message needed them.
    private var lineStarts: [Int]?
    var contexts: [Context] = [.code(bracketBase: 0)]
    var brackets: [OpenBracket] = []
    var directives: [Int] = []
    /// The decoded value of the outermost open string, until it interpolates or spans lines.
    var outerValue: [UInt8]?

    /// Diagnostics past this many add nothing a reader can act on.
    private static let diagnosticLimit = 20

    private init(_ file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
        self.i = file.contentStart
    }

    /// Tokenizes a whole file.
    static func tokenize(_ file: SourceFile) -> Output {
        var lexer = SwiftLexer(file)
        lexer.run()
        return lexer.out
    }

    private mutating func run() {
        while i < bytes.count {
            guard let top = contexts.last else { break }
            if case .string(let start, let contentStart, let hashes, let isMultiline) = top {
                lexStringStep(start: start, contentStart: contentStart, hashes: hashes, isMultiline: isMultiline)
            } else if case .code(let base) = top {
                lexCodeStep(bracketBase: base)
            }
        }
        finish()
    }

    /// Reports whatever is still open at the end of the file, innermost first.
    private mutating func finish() {
        for case .string(let start, _, let hashes, let isMultiline) in contexts.reversed() where hasRoom {
            report(start, "expected '\(Self.delimiter(hashes: hashes, isMultiline: isMultiline))' to end the string literal started at \(where_(start))")
        }
        for open in brackets.reversed() where hasRoom {
            report(open.offset, "expected '\(Self.closer(for: open.byte))' before the end of the file to close '\(Character(Unicode.Scalar(open.byte)))' at \(where_(open.offset))")
        }
        for start in directives.reversed() where hasRoom {
            report(start, "expected '#endif' before the end of the file to close '#if' at \(where_(start))")
        }
    }

    mutating func report(_ offset: Int, _ message: String) {
        guard out.diagnostics.count < Self.diagnosticLimit else { return }
        out.diagnostics.append(Diagnostic(offset: offset, message: message))
    }

    /// Whether another diagnostic would be kept; checked before building a message, as locating is not free.
    var hasRoom: Bool { out.diagnostics.count < Self.diagnosticLimit }

    /// `line:column` of `offset`, for messages; the line starts are worked out once, on the first message.
    mutating func where_(_ offset: Int) -> String {
        let starts = lineStarts ?? file.lineStarts
        lineStarts = starts
        return file.location(of: offset, lineStarts: starts).description
    }

    /// Whether tokens are being kept: only at the top level, outside every string.
    var isTopLevel: Bool { contexts.count == 1 }

    mutating func emit(_ kind: SwiftToken.Kind, _ range: Range<Int>) {
        guard isTopLevel else { return }
        out.tokens.append(SwiftToken(kind, range))
        out.partner.append(-1)
    }

    func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    static func closer(for open: UInt8) -> Character {
        switch open {
        case UInt8(ascii: "("): return ")"
        case UInt8(ascii: "["): return "]"
        default: return "}"
        }
    }

    // MARK: code

    private mutating func lexCodeStep(bracketBase: Int) {
        let b = bytes[i]
        let start = i
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x00:
            i += 1
        case UInt8(ascii: "/") where byte(at: i + 1) == UInt8(ascii: "/"):
            skipLineComment()
        case UInt8(ascii: "/") where byte(at: i + 1) == UInt8(ascii: "*"):
            skipBlockComment()
        case UInt8(ascii: "\""):
            openString(start: start, hashes: 0)
        case UInt8(ascii: "#"):
            lexPound()
        case UInt8(ascii: "@"):
            i += 1
            skipIdentifierBody()
            emit(.pound, start..<i)
        case UInt8(ascii: "`"):
            lexBacktickIdentifier()
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            i += 1
            brackets.append(OpenBracket(byte: b, offset: start, token: isTopLevel ? out.tokens.count : -1))
            emit(.punctuation, start..<i)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            i += 1
            closeBracket(b, at: start, bracketBase: bracketBase)
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"):
            i += 1
            emit(.punctuation, start..<i)
        case UInt8(ascii: "."):
            if byte(at: i + 1) == UInt8(ascii: ".") {
                while let c = byte(at: i), Self.isOperator(c) { i += 1 }
                emit(.operator, start..<i)
            } else {
                i += 1
                emit(.punctuation, start..<i)
            }
        case UInt8(ascii: "\\"):
            i += 1
            emit(.operator, start..<i)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            lexNumber()
        default:
            if Self.isOperator(b) {
                lexOperator()
            } else if Self.isIdentifierHead(b) {
                skipIdentifierBody()
                emit(Self.keywords.contains(String(decoding: bytes[start..<i], as: UTF8.self)) ? .keyword : .identifier, start..<i)
            } else {
                // A byte Swift has no use for: skip it; the compiler, not ceiling, judges it.
                i += 1
            }
        }
    }

    private mutating func closeBracket(_ b: UInt8, at offset: Int, bracketBase: Int) {
        let name = Character(Unicode.Scalar(b))
        if brackets.count == bracketBase {
            if b == UInt8(ascii: ")"), contexts.count > 1 {
                // The `)` that ends an interpolation: back into its string.
                contexts.removeLast()
                return
            }
            report(offset, "unexpected '\(name)' with no open bracket to close")
            emit(.punctuation, offset..<i)
            return
        }
        guard let open = brackets.popLast() else { return }
        if Self.closer(for: open.byte) != name, hasRoom {
            report(offset, "expected '\(Self.closer(for: open.byte))' to close '\(Character(Unicode.Scalar(open.byte)))' at \(where_(open.offset)), found '\(name)'")
        }
        emit(.punctuation, offset..<i)
        if isTopLevel, open.token >= 0, open.token < out.partner.count {
            out.partner[open.token] = out.tokens.count - 1
            out.partner[out.tokens.count - 1] = open.token
        }
    }

    private mutating func skipLineComment() {
        let start = i
        while let c = byte(at: i), c != 0x0A, c != 0x0D { i += 1 }
        if isTopLevel { out.comments.append(start..<i) }
    }

    /// Block comments nest in Swift: `/* a /* b */ still comment */`.
    private mutating func skipBlockComment() {
        let start = i
        var depth = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "/"), byte(at: i + 1) == UInt8(ascii: "*") {
                depth += 1
                i += 2
            } else if bytes[i] == UInt8(ascii: "*"), byte(at: i + 1) == UInt8(ascii: "/") {
                depth -= 1
                i += 2
                if depth == 0 {
                    if isTopLevel { out.comments.append(start..<i) }
                    return
                }
            } else {
                i += 1
            }
        }
        report(start, "expected '*/' to end the block comment started at \(where_(start))")
    }
}
