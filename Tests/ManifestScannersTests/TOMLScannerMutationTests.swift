import Foundation
import Testing
import TestSupport
@testable import SourceText
@testable import ManifestScanners

/// The TOML manifest scanners over truncations and byte flips of toml-test's valid cases
/// (`../shared/suites/toml-test`): they must return, never crash or hang.
@Suite struct TOMLScannerMutationTests {
    static let suite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/suites/toml-test/tests")
    static let hasSuite = FileManager.default.fileExists(atPath: suite.appendingPathComponent("files-toml-1.0.0").path)

    @Test(.enabled(if: hasSuite)) func pyprojectAndPipfileScannersSurviveMutatedValidCases() throws {
        let list = try String(contentsOf: Self.suite.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        var rng = SplitMix(seed: 42)
        var scanned = 0
        for name in list.split(separator: "\n").map(String.init) where name.hasPrefix("valid/") && name.hasSuffix(".toml") {
            guard let data = FileManager.default.contents(atPath: Self.suite.appendingPathComponent(name).path), !data.isEmpty else { continue }
            let input = [UInt8](data)
            for _ in 0..<20 {
                let mutated = rng.mutate(input)
                let file = SourceFile(path: name, bytes: mutated)
                _ = PyprojectScanner.scan(file)
                _ = PipfileScanner.scan(file)
                scanned += 1
            }
        }
        #expect(scanned > 0)
    }
}
