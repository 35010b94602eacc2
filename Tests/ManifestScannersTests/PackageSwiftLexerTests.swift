import Testing
@testable import SourceText
@testable import ManifestScanners

/// Table tests for `SwiftLexer`: each input gives exactly these tokens, or these diagnostics.
@Suite struct PackageSwiftLexerTests {
    /// A token as `kind:text`, strings as `str:<value>` (or `str:nil` when not a plain constant).
    static func render(_ source: String) -> [String] {
        let file = SourceFile(path: "Package.swift", text: source)
        let out = SwiftLexer.tokenize(file)
        return out.tokens.map { token in
            let text = file.text(token.range)
            switch token.kind {
            case .identifier: return "id:\(text)"
            case .keyword: return "kw:\(text)"
            case .number: return "num:\(text)"
            case .punctuation: return "p:\(text)"
            case .operator: return "op:\(text)"
            case .pound: return "pound:\(text)"
            case .directive: return "dir:\(text)"
            case .string(let s): return "str:\(s.value ?? "nil")|\(text)"
            }
        }
    }

    static func diagnostics(_ source: String) -> [String] {
        let file = SourceFile(path: "Package.swift", text: source)
        return SwiftLexer.tokenize(file).diagnostics.map { "\(file.location(of: $0.offset)) \($0.message)" }
    }

    static let tokenCases: [(String, [String])] = [
        ("let x = 1", ["kw:let", "id:x", "op:=", "num:1"]),
        (".package(url: \"u\", from: \"1.0.0\")",
         ["p:.", "id:package", "p:(", "id:url", "p::", "str:u|\"u\"", "p:,", "id:from", "p::", "str:1.0.0|\"1.0.0\"", "p:)"]),
        ("\"1.0.0\"..<\"2.0.0\"", ["str:1.0.0|\"1.0.0\"", "op:..<", "str:2.0.0|\"2.0.0\""]),
        ("1...2", ["num:1", "op:...", "num:2"]),
        ("1.5e-3 0x1F 1_000", ["num:1.5e-3", "num:0x1F", "num:1_000"]),
        ("a // b \"c\"\nd", ["id:a", "id:d"]),
        ("a /* b /* nested */ still */ c", ["id:a", "id:c"]),
        ("\"a\\n\\t\\\"\\\\\\u{41}\"", ["str:a\n\t\"\\A|\"a\\n\\t\\\"\\\\\\u{41}\""]),
        ("#\"raw \\n \"quoted\"\"#", ["str:raw \\n \"quoted\"|#\"raw \\n \"quoted\"\"#"]),
        ("##\"a \"# b\"##", ["str:a \"# b|##\"a \"# b\"##"]),
        ("#\"a \\#(x) b\"#", ["str:nil|#\"a \\#(x) b\"#"]),
        ("\"a \\(f(\"b \\(g(\")\"))\")) c\" d", ["str:nil|\"a \\(f(\"b \\(g(\")\"))\")) c\"", "id:d"]),
        ("\"\"\"\n  line \"x\"\n  \"\"\" y", ["str:nil|\"\"\"\n  line \"x\"\n  \"\"\"", "id:y"]),
        ("#if os(Linux) // c\nx\n#elseif swift(>=5.9)\ny\n#else\nz\n#endif",
         ["dir:#if os(Linux)", "id:x", "dir:#elseif swift(>=5.9)", "id:y", "dir:#else", "id:z", "dir:#endif"]),
        ("`default` $0 _x café", ["id:`default`", "id:$0", "id:_x", "id:café"]),
        ("@available(*) #file", ["pound:@available", "p:(", "op:*", "p:)", "pound:#file"]),
        ("deps += [a]", ["id:deps", "op:+=", "p:[", "id:a", "p:]"]),
        ("x.append(y)", ["id:x", "p:.", "id:append", "p:(", "id:y", "p:)"]),
        ("a/**/b //", ["id:a", "id:b"]),
    ]

    @Test(arguments: tokenCases)
    func lexesEachFormIntoExactTokens(source: String, expected: [String]) {
        #expect(Self.render(source) == expected)
        #expect(Self.diagnostics(source) == [])
    }

    static let diagnosticCases: [(String, [String])] = [
        ("f(a", ["1:2 expected ')' before the end of the file to close '(' at 1:2"]),
        ("f(a]", ["1:4 expected ')' to close '(' at 1:2, found ']'"]),
        ("a)", ["1:2 unexpected ')' with no open bracket to close"]),
        ("\"abc\nd", ["1:1 expected '\"' to end the string literal started at 1:1"]),
        ("#\"abc\"", ["1:1 expected '\"#' to end the string literal started at 1:1"]),
        ("\"\"\"\nabc", ["1:1 expected '\"\"\"' to end the string literal started at 1:1"]),
        // The `"` inside the interpolation opens a second string: both are reported, innermost first.
        ("\"a \\(b\"", ["1:7 expected '\"' to end the string literal started at 1:7",
                         "1:1 expected '\"' to end the string literal started at 1:1"]),
        ("/* a /* b */", ["1:1 expected '*/' to end the block comment started at 1:1"]),
        ("#if X\na", ["1:1 expected '#endif' before the end of the file to close '#if' at 1:1"]),
        ("#endif", ["1:1 unexpected '#endif' with no '#if' to close"]),
        ("\"\\q\"", ["1:2 invalid escape sequence in string literal"]),
    ]

    @Test(arguments: diagnosticCases)
    func namesWhatWasExpectedWhenInputIsUnbalanced(source: String, expected: [String]) {
        #expect(Self.diagnostics(source) == expected)
    }

    @Test func survivesTenThousandNestedBracketsAndInterpolations() {
        let brackets = String(repeating: "([{", count: 10_000) + String(repeating: "}])", count: 10_000)
        let lexed = SwiftLexer.tokenize(SourceFile(path: "P.swift", text: brackets))
        #expect(lexed.diagnostics.isEmpty)
        #expect(lexed.tokens.count == 60_000)
        #expect(lexed.partner[0] == 59_999)
        let strings = String(repeating: "\"\\(", count: 10_000) + String(repeating: ")\"", count: 10_000)
        let nested = SwiftLexer.tokenize(SourceFile(path: "P.swift", text: strings))
        #expect(nested.diagnostics.isEmpty)
        #expect(nested.tokens.count == 1)
        let unclosed = SwiftLexer.tokenize(SourceFile(path: "P.swift", text: String(repeating: "(", count: 10_000)))
        #expect(unclosed.diagnostics.count == 20)
    }

    @Test func neverCrashesOnTruncatedOrBinaryInput() {
        let source = Array("let a = #\"x\\#(\"\"\"\n\\u{ZZ} /* `\n".utf8) + [0xFF, 0xC3, 0x00]
        for n in 0...source.count {
            _ = SwiftLexer.tokenize(SourceFile(path: "P.swift", bytes: Array(source.prefix(n))))
        }
    }
}
