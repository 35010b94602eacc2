import Testing
@testable import SourceText
@testable import TOMLSpans

/// Offsets, decoding maps and limits of the TOML scanner.
@Suite struct TOMLDocumentTests {
    static func parse(_ text: String) -> Result<TOMLDocument, Diagnostic> {
        TOMLDocument.parse(SourceFile(path: "t.toml", text: text))
    }

    static func root(_ text: String) throws -> TOMLTable {
        try parse(text).get().root
    }

    static func string(_ text: String, _ path: String...) throws -> TOMLString {
        try #require(try root(text)[path: path]?.stringValue)
    }

    @Test func mapsEscapedBytesBackToTheirRawSpans() throws {
        let text = #"k = "a\u0062c\n""#
        let s = try Self.string(text, "k")
        #expect(s.value == "abc\n")
        #expect(s.style == .basic)
        #expect(s.offset == 4)
        #expect(s.text.rawRange == 5..<15)
        #expect(s.text.rawRange(of: 0..<1) == 5..<6)
        #expect(s.text.rawRange(of: 1..<2) == 6..<12)
        #expect(s.text.rawRange(of: 2..<3) == 12..<13)
        #expect(s.text.isVerbatim(0..<1))
        #expect(!s.text.isVerbatim(0..<2))
        #expect(s.text.rawInsertionPoint(at: 4) == 15)
        #expect(s.endOffset == 16)
    }

    @Test func keepsLiteralStringsVerbatim() throws {
        let s = try Self.string(#"k = 'C:\path'"#, "k")
        #expect(s.value == #"C:\path"#)
        #expect(s.style == .literal)
        #expect(s.text.isVerbatim)
        #expect(s.text.rawRange == 5..<12)
    }

    @Test func trimsFirstNewlineAndFoldsLineEndingBackslash() throws {
        let text = "k = \"\"\"\r\nab \\\r\n   cd\"\"\"\n"
        let s = try Self.string(text, "k")
        #expect(s.value == "ab cd")
        #expect(s.style == .multilineBasic)
        let bytes = Array(text.utf8)
        #expect(bytes[s.text.rawRange(of: 3..<4).lowerBound] == UInt8(ascii: "c"))
        #expect(s.text.rawRange(of: 0..<2) == 9..<11)
        let literal = try Self.string("k = '''\nx''y'''''", "k")
        #expect(literal.value == "x''y''")
        #expect(literal.style == .multilineLiteral)
    }

    @Test func keepsCRLFInsideMultilineStringsAsWritten() throws {
        let s = try Self.string("k = '''a\r\nb'''", "k")
        #expect(s.text.value == Array("a\r\nb".utf8))
    }

    @Test func skipsByteOrderMark() throws {
        let file = SourceFile(path: "t.toml", bytes: [0xEF, 0xBB, 0xBF] + Array("a = 'x'".utf8))
        let doc = try TOMLDocument.parse(file).get()
        #expect(doc.root.entry("a")?.keyOffset == 3)
        #expect(doc.root["a"]?.stringValue?.text.rawRange == 8..<9)
    }

    @Test func givesSameValuesForHeaderDottedAndInlineSpellings() throws {
        let spellings = [
            "[project]\ndependencies = ['a']\n",
            "project.dependencies = ['a']\n",
            "project = { dependencies = ['a'] }\n",
            "[project.x]\n[project]\ndependencies = ['a']\n",
        ]
        for text in spellings {
            let deps = try #require(try Self.root(text)[path: ["project", "dependencies"]]?.arrayValue, "\(text)")
            #expect(deps.elements.first?.stringValue?.value == "a")
        }
    }

    @Test func acceptsCommentsAndTrailingCommaInMultilineArrays() throws {
        let text = "a = [\n  'x', # first\n  # alone\n  'y',\n]\n"
        let a = try #require(try Self.root(text)["a"]?.arrayValue)
        #expect(a.elements.compactMap { $0.stringValue?.value } == ["x", "y"])
        #expect(a.offset == 4)
    }

    @Test func readsNumbersBooleansAndDates() throws {
        let t = try Self.root("a = 0xff\nb = -1_000\nc = 6.5e-1\nd = -inf\ne = true\nf = 1979-05-27 07:32:00-07:00\ng = 07:32:00.5\n")
        guard case .integer(255)? = t["a"], case .integer(-1000)? = t["b"], case .float(0.65)? = t["c"],
              case .float(let inf)? = t["d"], inf == -.infinity, case .boolean(true)? = t["e"],
              case .datetime(let dt)? = t["f"], case .datetime(let time)? = t["g"] else {
            Issue.record("unexpected values")
            return
        }
        #expect(dt.kind == .offsetDateTime && dt.offsetMinutes == -420 && dt.hour == 7)
        #expect(time.kind == .localTime && time.fraction == "5")
    }

    @Test(arguments: [
        ("a = 1\na = 2", "duplicate key 'a'", 6),
        ("[t]\n[t]", "table 't' is already defined", 5),
        ("a = {b = 1}\na.c = 2", "cannot add keys to table 'a'", 12),
        ("a = [1]\n[[a]]", "cannot extend array 'a'", 10),
        ("a = \"x\u{01}\"", "control character", 6),
        ("a = [1 2]", "expected ',' or ']' in array", 7),
        ("a = ", "expected a value", 4),
        ("a = 'x' b", "expected newline after value", 8),
        ("a = \"\\e\"", "invalid escape", 5),
        ("a = 01", "leading zeros", 4),
        ("a = 1979-02-30", "date out of range", 4),
        ("a = {x = 1,}", "trailing comma", 11),
    ])
    func rejectsInvalidTOMLWithPositionedDiagnostic(_ input: String, _ message: String, _ offset: Int) {
        guard case .failure(let diag) = Self.parse(input) else {
            Issue.record("accepted \(input)")
            return
        }
        #expect(diag.message.contains(message), "\(diag.message)")
        #expect(diag.offset == offset, "\(diag.message)")
    }

    @Test func rejectsInvalidUTF8() {
        let file = SourceFile(path: "t.toml", bytes: Array("a = '".utf8) + [0xC0, 0x80] + Array("'".utf8))
        guard case .failure(let diag) = TOMLDocument.parse(file) else { Issue.record("accepted"); return }
        #expect(diag.offset == 5)
    }

    @Test func refusesTenThousandNestedArraysWithDiagnostic() {
        for text in ["a = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
                     "a = " + String(repeating: "{b = ", count: 10_000),
                     "[" + Array(repeating: "k", count: 10_000).joined(separator: ".") + "]"] {
            guard case .failure(let diag) = Self.parse(text) else { Issue.record("accepted"); continue }
            #expect(diag.message.contains("nesting deeper"))
        }
    }

    @Test func parsesHundredThousandElementArrayQuickly() throws {
        let text = "a = [" + String(repeating: "'x', 1, {k = 'v'}, ", count: 33_334) + "]\n"
        let count = try #require(try Self.root(text)["a"]?.arrayValue).elements.count
        #expect(count == 100_002)
    }

    @Test func judgesWhatEachQuotingCanHold() throws {
        let basic = try Self.string("k = \"x\"", "k")
        let literal = try Self.string("k = 'x'", "k")
        let multi = try Self.string("k = '''x'''", "k")
        #expect(basic.canRepresent(",<2"))
        #expect(!basic.canRepresent("\"3.8\""))
        #expect(literal.canRepresent("; python_version < \"3.8\""))
        #expect(!literal.canRepresent("it's"))
        #expect(!literal.canRepresent("a\nb"))
        #expect(multi.canRepresent("a\nb"))
        #expect(!multi.canRepresent("'a"))
    }

    static func skim(_ text: String, keeping: [String]) -> Result<TOMLDocument, Diagnostic> {
        TOMLDocument.parse(SourceFile(path: "t.toml", text: text), keeping: keeping)
    }

    @Test func skimmingBuildsOnlyTheKeptKeysAndTheTables() throws {
        let text = """
            version = 1
            [[package]]
            name = "a"
            version = "1.0"
            wheels = [{ url = "u", hash = "h", size = 12, upload-time = 2024-01-02T03:04:05Z }]
            meta.x = 1
            [package.optional-dependencies]
            dev = [{ name = "b" }]
            """
        let root = try Self.skim(text, keeping: ["package", "name", "version"]).get().root
        #expect(root.entries.map(\.key) == ["version", "package"])
        let package = try #require(root["package"]?.arrayValue?.elements.first?.tableValue)
        #expect(package.entries.map(\.key) == ["name", "version", "meta", "optional-dependencies"])
        #expect(package["version"]?.stringValue?.value == "1.0")
        #expect(package[path: ["optional-dependencies"]]?.tableValue?.entries.isEmpty == true)
    }

    /// What makes a skipped value invalid TOML still makes the document invalid.
    @Test(arguments: [
        "w = [{ a = 1, a = 2 }]",                // duplicate key in a skipped inline table
        "w = { a = 1, }",                        // trailing comma
        "w = [\"a\" \"b\"]",                     // missing comma
        "w = \"\\q\"",                           // bad escape
        "w = 01",                                // leading zero
        "w = 2024-02-30",                        // no such date
        "w = truex",                             // not a boolean
        "w = { a.b = 1, a = 2 }",                // dotted key, then the same key as a value
        "w = {}\n[w]",                           // a table defined by a skipped inline table, reopened
        "w = 1\nw = 2",                          // skipped keys are still keys
        "w = [1]\n[[w]]",                        // a skipped static array extended by a header
        "w = " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200),
    ])
    func skimmingRefusesWhatTheFullParseRefuses(_ text: String) {
        guard case .failure = Self.parse(text) else {
            Issue.record("the full parse accepts \(text)")
            return
        }
        if case .success = Self.skim(text, keeping: []) { Issue.record("skimming accepts \(text)") }
    }
}
