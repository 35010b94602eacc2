// The README's TOMLSpans example; the tests below check every printed value.
//
//     import SourceText
//     import TOMLSpans
//
//     let file = SourceFile(path: "pyproject.toml", text: """
//         [project]
//         dependencies = ["requests>=2.8", 'rich']
//         """)
//     let document = try TOMLDocument.parse(file).get()
//     for element in document.root[path: ["project", "dependencies"]]?.arrayValue?.elements ?? [] {
//         guard let string = element.stringValue else { continue }
//         // The decoded value, its bytes between the quotes, and the whole literal with quotes.
//         print(string.value, string.text.rawRange, string.offset..<string.endOffset)
//     }   // requests>=2.8 27..<40 26..<41, then rich 44..<48 43..<49
//
//     let bad = SourceFile(path: "bad.toml", text: "a = 1\na = 2\n")
//     if case .failure(let error) = TOMLDocument.parse(bad) {
//         print("\(bad.path):\(bad.location(of: error.offset)): error: \(error.message)")
//     }   // bad.toml:2:1: error: duplicate key 'a'

import SourceText
import TOMLSpans
import Testing

/// What another package sees: only `public` declarations (no `@testable`), used as the README shows.
@Suite struct PublicAPITests {
    private static let pyproject = """
        [project]
        dependencies = ["requests>=2.8", 'rich']
        """

    @Test func walksToProjectDependenciesAndGivesEachStringsExactBytes() throws {
        let file = SourceFile(path: "pyproject.toml", text: Self.pyproject)
        let document = try TOMLDocument.parse(file).get()
        let array = try #require(document.root[path: ["project", "dependencies"]]?.arrayValue)
        #expect(array.offset == 25)
        #expect(!array.isArrayOfTables)
        let strings = array.elements.compactMap(\.stringValue)
        #expect(strings.map(\.value) == ["requests>=2.8", "rich"])
        #expect(strings.map(\.text.rawRange) == [27..<40, 44..<48])
        #expect(strings.map { $0.offset..<$0.endOffset } == [26..<41, 43..<49])
        #expect(strings.map(\.style) == [.basic, .literal])
        for string in strings {
            // The raw bytes between the quotes are the value: no escapes here.
            #expect(file.text(string.text.rawRange) == string.value)
            #expect(string.text.isVerbatim)
        }
        let project = try #require(document.root["project"]?.tableValue)
        #expect(project.form == .header)
        #expect(project.entry("dependencies")?.keyOffset == 10)
        #expect(document.root.entries.map(\.key) == ["project"])
    }

    @Test func mapsAnEscapedValueBackToItsRawBytes() throws {
        let file = SourceFile(path: "t.toml", text: #"name = "caf\u00E9>=1""#)
        let string = try #require(TOMLDocument.parse(file).get().root["name"]?.stringValue)
        #expect(string.value == "café>=1")
        #expect(!string.text.isVerbatim)
        // Decoded bytes 5..<8 are `>=1` (é is two bytes); raw, they follow the six-byte escape.
        #expect(file.text(string.text.rawRange(of: 5..<8)) == ">=1")
        #expect(string.text.rawInsertionPoint(at: 8) == string.text.rawRange.upperBound)
    }

    @Test func reportsAParseErrorAtItsLineAndColumn() {
        let bad = SourceFile(path: "bad.toml", text: "a = 1\na = 2\n")
        guard case .failure(let error) = TOMLDocument.parse(bad) else {
            Issue.record("a duplicate key parsed")
            return
        }
        #expect(error.offset == 6)
        #expect(bad.location(of: error.offset) == SourceLocation(line: 2, column: 1))
        #expect("\(bad.path):\(bad.location(of: error.offset)): error: \(error.message)"
            == "bad.toml:2:1: error: duplicate key 'a'")
    }

    @Test func countsColumnsInScalarsAfterAByteOrderMark() {
        let file = SourceFile(path: "bom.toml", bytes: [0xEF, 0xBB, 0xBF] + Array("é = [\n".utf8))
        #expect(file.contentStart == 3)
        guard case .failure(let error) = TOMLDocument.parse(file) else {
            Issue.record("a bare é key and an unclosed array parsed")
            return
        }
        #expect(file.location(of: error.offset) == SourceLocation(line: 1, column: 1))
    }
}
