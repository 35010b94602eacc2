import Testing
@testable import PythonVersions

/// Random and hostile input: the version parsers never crash, stay inside the range they are
/// given, and finish quickly on long input.
@Suite struct VersionRobustnessTests {
    /// SplitMix64, so every run sees the same inputs.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces: [String] = [
        "a", "pkg", "_", "-", ".", "1", "0", "99999999999999999999", "v", "!", "+", "*", ",", " ", "\t", "\n", "\r",
        "(", ")", "[", "]", ";", "@", "'", "\"", "==", "!=", "~=", "===", "<", ">", "<=", ">=", "^", "~", "|", "||",
        "and", "or", "not", "in", "extra", "python_version", "a1", "rc", "post", "dev", "é", "İ", "\u{00A0}", "\u{3000}",
        "\u{FF11}", "\\",
    ]

    @Test func neverCrashesAndKeepsRangesInsideTheInput() {
        var g = Generator(state: 42)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(g.next() % 12) { text += g.pick(Self.pieces) }
            let bytes = Array(("xx" + text + "yy").utf8)
            let range = 2..<(bytes.count - 2)
            _ = PEP440Version(text)
            _ = PEP440Specifier(text)
            _ = PEP440SpecifierSet(text)
            if case .success(let r) = PEP508Requirement.parse(bytes, in: range) {
                #expect(range.contains(r.nameRange.lowerBound) && r.end <= range.upperBound, "\(text)")
                for clause in r.clauses {
                    #expect(range.lowerBound <= clause.range.lowerBound && clause.range.upperBound <= range.upperBound)
                    #expect(PEP440Specifier(String(decoding: bytes[clause.range], as: UTF8.self)) != nil, "\(text)")
                }
                if let m = r.markerRange { #expect(bytes[m.lowerBound] == UInt8(ascii: ";") && m.upperBound <= r.end) }
            }
            if case .success(let p) = PoetryConstraint.parse(bytes, in: range) {
                for clause in p.alternatives.flatMap(\.clauses) {
                    #expect(range.lowerBound <= clause.range.lowerBound && clause.range.upperBound <= range.upperBound)
                }
                _ = p.allows(PEP440Version(release: [1, 0]))
                _ = p.normalizedDescription
            }
        }
    }

    @Test func handlesLongInputInLinearTime() {
        let clauses = Array(repeating: ">=1.0", count: 10_000).joined(separator: " , ")
        #expect((try? PEP508Requirement.parse("name " + clauses).get())?.clauses.count == 10_000)
        let marker = "name; " + Array(repeating: "os_name == 'a'", count: 10_000).joined(separator: " and ")
        #expect((try? PEP508Requirement.parse(marker).get()) != nil)
        let spaces = String(repeating: " ", count: 100_000)
        #expect((try? PoetryConstraint.parse(">=1" + spaces + "<2").get())?.alternatives.first?.clauses.count == 2)
        #expect(PEP440Version(spaces + "1.0" + spaces) != nil)
    }
}
