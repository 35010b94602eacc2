import Testing
@testable import SourceText
@testable import ManifestScanners

@Suite struct SetupCfgMutationTests {
    @Test func survivesDamagedSetupCfgFiles() {
        let inputs = SetupByteMutator.goldenInputs("setup.cfg")
        #expect(inputs.count >= 15)
        var mutator = SetupByteMutator(seed: 0xC0F_F1E)
        for input in inputs {
            for _ in 0..<150 {
                let damaged = mutator.mutate(input)
                let result = SetupCfgScanner.scan(SourceFile(path: "setup.cfg", bytes: damaged))
                #expect(SetupByteMutator.checkSpans(result, damaged), "\(String(decoding: damaged, as: UTF8.self))")
            }
        }
    }
}
