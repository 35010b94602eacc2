import Foundation
import Testing
import TestSupport
@testable import SourceText
@testable import TOMLSpans

/// Replays the toml-test suite (TOML 1.0 case list) and the round-trip corpus in-process.
@Suite struct TOMLComplianceTests {
    static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared").standardized
    static let suite = shared.appendingPathComponent("suites/toml-test/tests")
    static let hasSuite = FileManager.default.fileExists(atPath: suite.appendingPathComponent("files-toml-1.0.0").path)
    static let roundtrip = shared.appendingPathComponent("suites/toml-roundtrip")
    static let hasRoundtrip = FileManager.default.fileExists(atPath: roundtrip.appendingPathComponent("INDEX.json").path)

    static func caseList() -> [String] {
        guard let data = FileManager.default.contents(atPath: suite.appendingPathComponent("files-toml-1.0.0").path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Raw bytes, never decoded or newline-normalized.
    static func bytes(_ url: URL) -> [UInt8]? {
        FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
    }

    @Test(.enabled(if: hasSuite)) func acceptsEveryValidCaseWithExpectedValues() throws {
        let cases = Self.caseList().filter { $0.hasPrefix("valid/") && $0.hasSuffix(".toml") }
        var failures: [String] = []
        for name in cases {
            guard let input = Self.bytes(Self.suite.appendingPathComponent(name)),
                  let jsonData = FileManager.default.contents(atPath: Self.suite.appendingPathComponent(String(name.dropLast(5)) + ".json").path),
                  let expected = try? JSONSerialization.jsonObject(with: jsonData, options: [.fragmentsAllowed])
            else { failures.append("\(name): unreadable"); continue }
            switch TOMLDocument.parse(SourceFile(path: name, bytes: input)) {
            case .failure(let diag):
                failures.append("\(name): rejected at \(diag.offset): \(diag.message)")
            case .success(let doc):
                if !TaggedJSON.matches(.table(doc.root), expected) {
                    failures.append("\(name): value mismatch: \(TaggedJSON.describe(.table(doc.root)))")
                }
            }
        }
        print("toml-test valid 1.0: \(cases.count - failures.count)/\(cases.count) pass")
        for f in failures { print("  FAIL \(f)") }
        #expect(cases.count > 100)
        #expect(failures.isEmpty)
    }

    @Test(.enabled(if: hasSuite)) func rejectsAtLeast95PercentOfInvalidCases() {
        let cases = Self.caseList().filter { $0.hasPrefix("invalid/") && $0.hasSuffix(".toml") }
        var accepted: [String] = []
        for name in cases {
            guard let input = Self.bytes(Self.suite.appendingPathComponent(name)) else { continue }
            if case .success = TOMLDocument.parse(SourceFile(path: name, bytes: input)) { accepted.append(name) }
        }
        let rejected = cases.count - accepted.count
        print("toml-test invalid 1.0: \(rejected)/\(cases.count) rejected")
        for name in accepted { print("  NOT REJECTED \(name)") }
        #expect(cases.count > 100)
        #expect(Double(rejected) >= 0.95 * Double(cases.count))
    }

    /// A reader that keeps a few keys (`TOMLDocument.parse(_:keeping:)`) must judge validity as
    /// the full parse does: every valid case accepted, every invalid case refused, whatever is kept.
    @Test(.enabled(if: hasSuite), arguments: [[], ["name", "version", "package"], ["a", "b", "key", "table"]])
    func skimmingAgreesWithTheFullParseOnEveryCase(keeping: [String]) {
        var disagreements: [String] = []
        var checked = 0
        for name in Self.caseList() where name.hasSuffix(".toml") {
            guard let input = Self.bytes(Self.suite.appendingPathComponent(name)) else { continue }
            let file = SourceFile(path: name, bytes: input)
            checked += 1
            switch (TOMLDocument.parse(file), TOMLDocument.parse(file, keeping: keeping)) {
            case (.success, .failure(let d)): disagreements.append("\(name): skimming rejects at \(d.offset): \(d.message)")
            case (.failure, .success): disagreements.append("\(name): skimming accepts what the full parse rejects")
            case (.success(let full), .success(let skimmed)):
                // Kept keys hold the same values; only the others are left out.
                let kept = full.root.entries.filter { keeping.contains($0.key) || Self.isStructure($0.value) }
                if skimmed.root.entries.map(\.key) != kept.map(\.key) {
                    disagreements.append("\(name): keeps \(skimmed.root.entries.map(\.key)), expected \(kept.map(\.key))")
                }
            case (.failure, .failure): break
            }
        }
        for d in disagreements { print("  \(d)") }
        #expect(checked > 600)
        #expect(disagreements.isEmpty)
    }

    /// Tables from headers or dotted keys, and arrays of tables: what skimming always builds.
    static func isStructure(_ value: TOMLValue) -> Bool {
        switch value {
        case .table(let table): return table.form != .inline
        case .array(let array): return array.isArrayOfTables
        default: return false
        }
    }

    /// Truncations and byte flips of every valid case: the parser must return, never crash or hang.
    @Test(.enabled(if: hasSuite)) func survivesMutatedValidCases() {
        var rng = SplitMix(seed: 42)
        var parsed = 0
        for name in Self.caseList() where name.hasPrefix("valid/") && name.hasSuffix(".toml") {
            guard let input = Self.bytes(Self.suite.appendingPathComponent(name)), !input.isEmpty else { continue }
            for _ in 0..<20 {
                let mutated = rng.mutate(input)
                let file = SourceFile(path: name, bytes: mutated)
                if case .success = TOMLDocument.parse(file) { parsed += 1 }
            }
        }
        #expect(parsed > 0)
    }

    @Test(.enabled(if: hasRoundtrip)) func parsesRoundTripCorpusAsTomllibDoes() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.roundtrip.appendingPathComponent("INDEX.json").path))
        let index = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(index["files"] as? [[String: Any]])
        var disagreements: [String] = []
        for entry in files {
            guard let file = entry["file"] as? String, let valid = entry["tomllib_valid"] as? Bool,
                  let input = Self.bytes(Self.roundtrip.appendingPathComponent(file)) else { continue }
            let result = TOMLDocument.parse(SourceFile(path: file, bytes: input))
            switch (result, valid) {
            case (.failure(let d), true) where d.message.hasSuffix("does not fit in 64 bits"):
                // TOML 1.0 requires rejecting integers past 64 bits; tomllib accepts Python's big ints.
                break
            case (.failure(let d), true): disagreements.append("\(file): rejected valid file at \(d.offset): \(d.message)")
            case (.success, false): disagreements.append("\(file): accepted a file tomllib rejects")
            default: break
            }
        }
        print("toml-roundtrip: \(files.count - disagreements.count)/\(files.count) agree with tomllib")
        for d in disagreements { print("  \(d)") }
        #expect(files.count > 10)
        #expect(disagreements.isEmpty)
    }
}

/// Compares parsed values with toml-test's tagged JSON (`{"type": "integer", "value": "1"}`).
enum TaggedJSON {
    static func matches(_ value: TOMLValue, _ json: Any) -> Bool {
        switch value {
        case .table(let table):
            guard let dict = json as? [String: Any], dict.count == table.entries.count else { return false }
            return table.entries.allSatisfy { entry in dict[entry.key].map { matches(entry.value, $0) } ?? false }
        case .array(let array):
            guard let list = json as? [Any], list.count == array.elements.count else { return false }
            return zip(array.elements, list).allSatisfy { matches($0, $1) }
        default:
            guard let dict = json as? [String: Any], let type = dict["type"] as? String, let text = dict["value"] as? String else { return false }
            switch value {
            case .string(let s): return type == "string" && s.value == text
            case .integer(let n): return type == "integer" && Int64(text) == n
            case .float(let d):
                guard type == "float" else { return false }
                if d.isNaN { return text == "nan" }
                if d.isInfinite { return text == (d > 0 ? "inf" : "-inf") || (d > 0 && text == "+inf") }
                return Double(text) == d
            case .boolean(let b): return type == "bool" && text == String(b)
            case .datetime(let dt): return type == tag(dt.kind) && canonical(dt) == normalize(text)
            default: return false
            }
        }
    }

    static func tag(_ kind: TOMLDateTime.Kind) -> String {
        switch kind {
        case .offsetDateTime: "datetime"
        case .localDateTime: "datetime-local"
        case .localDate: "date-local"
        case .localTime: "time-local"
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    static func canonical(_ dt: TOMLDateTime) -> String {
        let date = "\(pad(dt.year, 4))-\(pad(dt.month, 2))-\(pad(dt.day, 2))"
        var time = "\(pad(dt.hour, 2)):\(pad(dt.minute, 2)):\(pad(dt.second, 2))"
        let fraction = String(dt.fraction.reversed().drop { $0 == "0" }.reversed())
        if !fraction.isEmpty { time += "." + fraction }
        if let off = dt.offsetMinutes {
            time += off == 0 ? "Z" : "\(off < 0 ? "-" : "+")\(pad(abs(off) / 60, 2)):\(pad(abs(off) % 60, 2))"
        }
        switch dt.kind {
        case .localDate: return date
        case .localTime: return time
        default: return date + "T" + time
        }
    }

    /// toml-test writes datetimes as given; fold case, the space separator, zero fractions and `-00:00`.
    static func normalize(_ text: String) -> String {
        var s = text.uppercased().replacingOccurrences(of: " ", with: "T")
        if s.hasSuffix("+00:00") || s.hasSuffix("-00:00") { s = String(s.dropLast(6)) + "Z" }
        if let dot = s.firstIndex(of: ".") {
            var end = s.index(after: dot)
            while end < s.endIndex, s[end].isNumber { end = s.index(after: end) }
            let digits = String(s[s.index(after: dot)..<end].reversed().drop { $0 == "0" }.reversed())
            s = String(s[..<dot]) + (digits.isEmpty ? "" : "." + digits) + String(s[end...])
        }
        return s
    }

    static func describe(_ value: TOMLValue) -> String {
        switch value {
        case .table(let t): return "{" + t.entries.map { "\($0.key): \(describe($0.value))" }.joined(separator: ", ") + "}"
        case .array(let a): return "[" + a.elements.map(describe).joined(separator: ", ") + "]"
        case .string(let s): return "\"\(s.value)\""
        case .integer(let n): return "\(n)"
        case .float(let d): return "\(d)"
        case .boolean(let b): return "\(b)"
        case .datetime(let dt): return canonical(dt)
        }
    }
}
