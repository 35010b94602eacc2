import Testing
@testable import SourceText
@testable import CeilingKit

@Suite struct SplicerTests {
    @Test func appliesInsertionsAndReplacementsInOnePass() throws {
        let bytes = Array("flask>=1.0\nclick\n".utf8)
        let out = try Splicer.apply([.insert(",<2", at: 10), Edit(range: 11..<16, replacement: "Click")], to: bytes)
        #expect(String(decoding: out, as: UTF8.self) == "flask>=1.0,<2\nClick\n")
    }

    @Test func refusesOverlappingEdits() {
        let bytes = Array("abcdef".utf8)
        #expect(throws: Splicer.Failure.self) {
            try Splicer.apply([Edit(range: 0..<3, replacement: "x"), Edit(range: 2..<4, replacement: "y")], to: bytes)
        }
    }

    @Test func keepsOrderOfInsertionsAtOneOffset() throws {
        let out = try Splicer.apply([.insert("a", at: 1), .insert("b", at: 1)], to: Array("xy".utf8))
        #expect(out == Array("xaby".utf8))
    }

    @Test func locatesOffsetsWithCRLFAndBOM() {
        let file = SourceFile(path: "r.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nbc\rd".utf8))
        #expect(file.location(of: 3).description == "1:1")
        #expect(file.location(of: 6).description == "2:1")
        #expect(file.location(of: 7).description == "2:2")
        #expect(file.location(of: 9).description == "3:1")
    }
}
