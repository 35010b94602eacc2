import SourceText

/// The `let`/`var` constants of a manifest and how often each is used.
///
///     let nioVersion: Version = "2.0.0"      // declaration: value is the string token
///     .package(url: "...", from: nioVersion) // one use
///
/// Scopes are ignored: a name declared twice is not trusted at all, and every
/// other mention of the name (in code or inside an interpolation, but not as an
/// argument label) counts as a use.
struct ManifestConstants {
    struct Declaration {
        /// Token index of the declared name.
        var name: Int
        /// Tokens of the initial value; empty when it is not one simple expression.
        var value: Range<Int>
    }

    private(set) var declarations: [String: Declaration] = [:]
    private var mentions: [String: Int] = [:]

    init(tokens: [SwiftToken], partner: [Int], file: SourceFile) {
        func text(_ k: Int) -> String { file.text(tokens[k].range) }
        var declared: [String: Int] = [:]
        for (k, token) in tokens.enumerated() {
            switch token.kind {
            case .identifier:
                // An argument label (`name:` after `(` or `,`) is not a use of a constant called `name`.
                let isLabel = k + 1 < tokens.count && text(k + 1) == ":" && k > 0 && (text(k - 1) == "(" || text(k - 1) == ",")
                if !isLabel { mentions[text(k), default: 0] += 1 }
            case .string(let literal) where literal.value == nil:
                // Interpolations are folded into their string token: count names inside them by text.
                Self.countWords(in: file.bytes[token.range], into: &mentions)
            case .keyword where text(k) == "let" || text(k) == "var":
                guard k + 1 < tokens.count, tokens[k + 1].kind == .identifier else { continue }
                let name = text(k + 1)
                declared[name, default: 0] += 1
                declarations[name] = Declaration(name: k + 1, value: Self.initialValue(after: k + 1, tokens: tokens, partner: partner, text: text))
            default:
                continue
            }
        }
        for (name, count) in declared where count > 1 { declarations[name] = nil }
    }

    /// Mentions of `name` other than its declaration.
    func uses(of name: String) -> Int {
        (mentions[name] ?? 0) - (declarations[name] == nil ? 0 : 1)
    }

    /// The tokens after `= ` when they form one literal-like expression: a string, or `Version(...)` with an optional `!`.
    private static func initialValue(after name: Int, tokens: [SwiftToken], partner: [Int], text: (Int) -> String) -> Range<Int> {
        var k = name + 1
        // Skip a simple type annotation: `: Version`, `: PackageDescription.Version`.
        if k < tokens.count, text(k) == ":" {
            k += 1
            while k < tokens.count, tokens[k].kind == .identifier || text(k) == "." { k += 1 }
        }
        guard k + 1 < tokens.count, text(k) == "=" else { return k..<k }
        let start = k + 1
        var end = start + 1
        if tokens[start].kind == .identifier, end < tokens.count, text(end) == "(", partner[end] > end {
            end = partner[end] + 1
            if end < tokens.count, text(end) == "!" { end += 1 }
        } else if tokens[start].stringLiteral == nil {
            return start..<start
        }
        // `"1.0" + suffix` or `x.description` is not a literal.
        if end < tokens.count, tokens[end].kind == .operator || text(end) == "." || text(end) == "(" || text(end) == "[" {
            return start..<start
        }
        return start..<end
    }

    /// Counts identifier-shaped words in raw bytes (an interpolated string's text).
    private static func countWords(in bytes: ArraySlice<UInt8>, into counts: inout [String: Int]) {
        var k = bytes.startIndex
        while k < bytes.endIndex {
            if SwiftLexer.isIdentifierHead(bytes[k]) {
                let start = k
                while k < bytes.endIndex, SwiftLexer.isIdentifierBody(bytes[k]) { k += 1 }
                counts[String(decoding: bytes[start..<k], as: UTF8.self), default: 0] += 1
            } else {
                k += 1
            }
        }
    }
}
