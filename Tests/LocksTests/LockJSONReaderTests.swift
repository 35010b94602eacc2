import Testing
@testable import SourceText
@testable import Locks

@Suite struct LockJSONReaderTests {
    private func parse(_ text: String) -> Result<JSONValue, Diagnostic> {
        JSONReader.parse(SourceFile(path: "x.json", text: text))
    }

    private func errorLocation(_ text: String) -> String? {
        guard case .failure(let diagnostic) = parse(text) else { return nil }
        return SourceFile(path: "x.json", text: text).location(of: diagnostic.offset).description
    }

    @Test func readsNestedValuesWithOffsets() throws {
        let value = try parse(#"{"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "b": {"c": "e"}}"#).get()
        let a = try #require(value["a"]?.elements)
        #expect(a.count == 5)
        if case .number(let text) = a[1].kind { #expect(text == "-2.5e3") } else { Issue.record("not a number") }
        #expect(a[0].offset == 7)
        #expect(value["b"]?["c"]?.string == "e")  // a repeated key: the last wins
        #expect(value.members?.map(\.key) == ["a", "b", "b"])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try parse(#"["a\"b\\c\/\n\t", "\u00e9\ud83d\ude00", "\ud800x"]"#).get()
        let strings = try #require(value.elements).compactMap(\.string)
        #expect(strings == ["a\"b\\c/\n\t", "é😀", "\u{FFFD}x"])
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let file = SourceFile(path: "x.json", bytes: [0xEF, 0xBB, 0xBF] + Array("{\r\n  \"k\": 1\r\n}\r\n".utf8))
        let value = try JSONReader.parse(file).get()
        #expect(value["k"] != nil)
    }

    @Test func reportsErrorsAtTheirLineAndColumn() {
        #expect(errorLocation("{\n  \"a\": 1,\n  \"b\" 2\n}") == "3:7")
        #expect(errorLocation("{\"a\": [1, 2,]}") == "1:13")
        #expect(errorLocation("{\"a\": 1} x") == "1:10")
        #expect(errorLocation("[\"open") == "1:2")
        #expect(errorLocation("[01]") == "1:3")
        #expect(errorLocation("[-]") == "1:3")
        #expect(errorLocation("[tru]") == "1:2")
        #expect(errorLocation("") == "1:1")
        #expect(errorLocation("{\"a\": 1,}") == "1:9")
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        guard case .failure(let diagnostic) = parse(deep) else {
            Issue.record("accepted 10,000 levels")
            return
        }
        #expect(diagnostic.offset == JSONReader.maximumDepth)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? parse(fine).get()) != nil)
    }
}
