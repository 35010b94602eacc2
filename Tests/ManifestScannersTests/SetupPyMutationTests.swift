import Foundation
import Testing
@testable import SourceText
@testable import ManifestScanners

/// Deterministic damage to a file: deleting, duplicating or inserting bytes that matter to
/// the scanners (quotes, brackets, backslashes, line breaks, `#`, `;`, `=`).
struct SetupByteMutator {
    private var state: UInt64
    static let interesting: [UInt8] = Array("'\"()[]{}\\\r\n#;=:,% \tfbr".utf8) + [0xFF, 0xC3]

    init(seed: UInt64) { state = seed | 1 }

    mutating func next(_ bound: Int) -> Int {
        // xorshift64*: small, reproducible, good enough for test inputs.
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 2_685_821_657_736_338_717) >> 33) % max(bound, 1)
    }

    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0...next(4) {
            let at = next(out.count + 1)
            switch next(3) {
            case 0 where at < out.count: out.remove(at: at)
            case 1 where at < out.count: out.insert(out[at], at: at)
            default: out.insert(Self.interesting[next(Self.interesting.count)], at: at)
            }
        }
        return out
    }

    /// The inputs of every golden case of `format`, read from the repository.
    static func goldenInputs(_ format: String) -> [[UInt8]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Golden/\(format)")
        let cases = (try? FileManager.default.contentsOfDirectory(atPath: root.path).sorted()) ?? []
        return cases.compactMap { try? [UInt8](Data(contentsOf: root.appendingPathComponent("\($0)/input.\(format)"))) }
    }

    /// Every reported span lies in the file, and verbatim text equals its bytes.
    static func checkSpans(_ result: ScanResult, _ bytes: [UInt8]) -> Bool {
        for dependency in result.dependencies {
            guard case .pep508(let text) = dependency.constraint else { return false }
            guard text.rawRange.lowerBound >= 0, text.rawRange.upperBound <= bytes.count,
                  dependency.offset >= 0, dependency.offset <= bytes.count else { return false }
            if text.isVerbatim, Array(bytes[text.rawRange]) != text.value { return false }
            if !text.value.isEmpty, text.rawRange(of: 0..<text.value.count).upperBound > bytes.count { return false }
        }
        return result.skips.allSatisfy { $0.offset >= 0 && $0.offset <= bytes.count }
            && result.errors.allSatisfy { $0.offset >= 0 && $0.offset <= bytes.count }
    }
}

@Suite struct SetupPyMutationTests {
    @Test func survivesDamagedSetupPyFiles() {
        let inputs = SetupByteMutator.goldenInputs("setup.py")
        #expect(inputs.count >= 15)
        var mutator = SetupByteMutator(seed: 0x5E7_0F)
        for input in inputs {
            for _ in 0..<150 {
                let damaged = mutator.mutate(input)
                let result = SetupPyScanner.scan(SourceFile(path: "setup.py", bytes: damaged))
                #expect(SetupByteMutator.checkSpans(result, damaged), "\(String(decoding: damaged, as: UTF8.self))")
            }
        }
    }

    @Test func decodedStringsMapBackToTheirEscapes() {
        // Whatever the damage, each decoded byte's raw range lies inside the literal's content.
        let source = Array(#"setup(install_requires=["a\x3eb", 'c\u00e9\N{DIGIT ONE}', "d\\", "e\101"])"#.utf8)
        let result = SetupPyScanner.scan(SourceFile(path: "setup.py", bytes: source))
        #expect(result.dependencies.count == 4)
        for dependency in result.dependencies {
            guard case .pep508(let text) = dependency.constraint else { continue }
            for i in 0..<text.value.count {
                let raw = text.rawRange(of: i..<(i + 1))
                #expect(text.rawRange.contains(raw.lowerBound) && raw.upperBound <= text.rawRange.upperBound)
            }
        }
    }
}
