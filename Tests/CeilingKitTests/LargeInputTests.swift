import Testing
import TestSupport
@testable import SourceText
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// Big and deeply nested manifests: each completes with the right result or a clear
/// diagnostic, never a stack overflow. No timing is asserted here; Scripts/large-inputs
/// measures time and peak memory on the built binary.
@Suite struct LargeInputTests {
    static let processor = FileProcessor(policy: .major, fromLowerBound: true)

    /// `pkg<i>>=1.<i % 10>` lines until `size` bytes; every one needs a cap.
    static func requirements(bytes size: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(size + 32)
        var i = 0
        while out.count < size {
            out += Array("pkg\(i)>=1.\(i % 10)\n".utf8)
            i += 1
        }
        return out
    }

    @Test func capsEveryLineOfAMultiMegabyteRequirementsFile() {
        let bytes = Self.requirements(bytes: 1 << 20)
        let lines = bytes.filter { $0 == 0x0A }.count
        let report = Self.processor.process(path: "big.txt", bytes: bytes, format: .requirements, locks: LockIndex())
        #expect(report.errors.isEmpty)
        #expect(report.edits.count == lines)
        #expect(report.after.count == bytes.count + 3 * lines, "each line gains exactly ',<2'")
        #expect(String(decoding: report.after, as: UTF8.self).hasSuffix("\npkg\(lines - 1)>=1.\((lines - 1) % 10),<2\n"))
    }

    @Test func capsAPyprojectArrayOfOneHundredThousandEntries() {
        var text = "[project]\nname = \"big\"\ndependencies = [\n"
        for i in 0..<100_000 { text += "    \"pkg\(i)>=2.\(i % 7)\",\n" }
        text += "]\n"
        let report = Self.processor.process(path: "pyproject.toml", bytes: Array(text.utf8), format: .pyproject, locks: LockIndex())
        #expect(report.errors.isEmpty)
        #expect(report.edits.count == 100_000)
        #expect(String(decoding: report.after.suffix(40), as: UTF8.self).hasSuffix("\n    \"pkg99999>=2.4,<3\",\n]\n"))
    }

    @Test func capsAOneMegabyteSingleLineArray() throws {
        let entries = (0..<85_000).map { "\"p\($0)>=1\"" }.joined(separator: ", ")
        let text = "[project]\ndependencies = [" + entries + "]\n"
        #expect(text.utf8.count > 1 << 20)
        let report = Self.processor.process(path: "pyproject.toml", bytes: Array(text.utf8), format: .pyproject, locks: LockIndex())
        #expect(report.errors.isEmpty)
        #expect(report.edits.count == 85_000)
        let file = SourceFile(path: "pyproject.toml", text: text)
        let last = try #require(PyprojectScanner.scan(file).dependencies.last)
        #expect(report.edits.last?.location == file.location(of: last.offset))
    }

    @Test func capsARequirementFollowedByAOneMegabyteComment() {
        let text = "flask>=1.1  # " + String(repeating: "x", count: 1 << 20) + "\nclick>=7"
        let report = Self.processor.process(path: "requirements.txt", bytes: Array(text.utf8), format: .requirements, locks: LockIndex())
        #expect(report.errors.isEmpty)
        #expect(report.after.prefix(16) == Array("flask>=1.1,<2  #".utf8)[...])
        #expect(String(decoding: report.after.suffix(12), as: UTF8.self) == "\nclick>=7,<8")
    }

    @Test func refusesAOneMegabyteRequirementLine() {
        let text = "flask>=" + String(repeating: "1.", count: 1 << 19) + "0\n"
        let report = Self.processor.process(path: "requirements.txt", bytes: Array(text.utf8), format: .requirements, locks: LockIndex())
        // A version that long is legal PEP 440; either it is capped or refused, but the file comes back whole.
        if report.status == .error { #expect(report.after == report.before) } else { #expect(report.edits.count == 1) }
    }

    /// 10,000 brackets deep, as TOML arrays and inline tables, in pyproject and Pipfile.
    @Test(arguments: [
        ("pyproject.toml", ManifestFormat.pyproject, "[project]\ndependencies = ", "[", "]"),
        ("pyproject.toml", .pyproject, "[project]\noptional-dependencies = ", "{a = ", "}"),
        ("Pipfile", .pipfile, "[packages]\nflask = ", "[", "]"),
        ("Pipfile", .pipfile, "[packages]\nflask = ", "{version = ", "}"),
        ("setup.py", .setupPy, "from setuptools import setup\nsetup(install_requires=", "[", "]"),
        ("setup.py", .setupPy, "from setuptools import setup\nsetup(install_requires=", "(", ")"),
        ("Package.swift", .packageSwift, "import PackageDescription\nlet package = Package(name: \"x\", dependencies: ", "[", "]"),
        ("Package.swift", .packageSwift, "import PackageDescription\nlet package = Package(name: \"x\", dependencies: ", "(", ")"),
    ])
    func tenThousandNestedBracketsGiveADiagnosticOrAResult(name: String, format: ManifestFormat, prefix: String, open: String, close: String) {
        let tail = format == .setupPy || format == .packageSwift ? ")\n" : "\n"
        let text = prefix + String(repeating: open, count: 10_000) + String(repeating: close, count: 10_000) + tail
        let report = Self.processor.process(path: name, bytes: Array(text.utf8), format: format, locks: LockIndex())
        #expect(report.after == report.before)
        #expect(report.edits.isEmpty)
        // Unclosed, the same nesting must be an error with a position inside the file.
        let unclosed = prefix + String(repeating: open, count: 10_000)
        let broken = Self.processor.process(path: name, bytes: Array(unclosed.utf8), format: format, locks: LockIndex())
        #expect(broken.status == .error, "\(name): unclosed brackets accepted")
        #expect(broken.after == broken.before)
        for error in broken.errors { #expect(error.location.line >= 1 && error.location.line <= 3) }
    }

    @Test func tenThousandNestedParenthesesInAPackageSwiftExpression() {
        let deep = String(repeating: "(", count: 10_000) + "\"1.0.0\"" + String(repeating: ")", count: 10_000)
        let text = """
        import PackageDescription
        let version = \(deep)
        let package = Package(name: "x", dependencies: [.package(url: "https://github.com/a/b.git", from: "1.0.0")])

        """
        let report = Self.processor.process(path: "Package.swift", bytes: Array(text.utf8), format: .packageSwift, locks: LockIndex())
        #expect(report.errors.isEmpty)
        #expect(report.edits.count + report.skips.count + report.boundedCount == 1)
    }

    /// The processor's incremental locator gives exactly what SourceFile gives, in any order.
    @Test func incrementalLocationsEqualSourceFileLocations() {
        let text = "\u{FEFF}a = [\"é\", \"x\"]\r\n\rb = \"日本\"\nc\u{2028}d\n"
        let file = SourceFile(path: "x", text: text)
        var rng = SplitMix(seed: 7)
        var locator = SourceLocator(file)
        let offsets = Array(-2...(file.bytes.count + 2)) + (0..<200).map { _ in Int(rng.next() % UInt64(file.bytes.count + 4)) - 2 }
        for offset in offsets {
            #expect(locator.location(of: offset) == file.location(of: offset), "offset \(offset)")
        }
    }
}
