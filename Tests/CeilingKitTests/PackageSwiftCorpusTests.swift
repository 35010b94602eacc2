import Testing
import TestSupport
@testable import FileIO
@testable import ManifestScanners
@testable import CeilingKit

/// Real manifests scan without errors, and every `.package(` in them is accounted for.
///
/// ../shared holds no Package.swift today; the walk finds any added later, and the
/// repository's own manifest and the Golden/package-swift inputs are always scanned.
@Suite struct PackageSwiftCorpusTests {
    /// Every `Package.swift` / `Package@swift-X.Y.swift` under `root`, walked with an explicit stack.
    static func manifests(under root: String) -> [String] {
        var out: [String] = []
        var folders = [root]
        while let folder = folders.popLast() {
            for (name, kind) in (try? FileSystem.list(folder).get()) ?? [] {
                let path = folder + "/" + name
                if kind == .directory {
                    folders.append(path)
                } else if name.hasPrefix("Package") || name.hasPrefix("input.Package"), name.hasSuffix(".swift") {
                    out.append(path)
                }
            }
        }
        return out.sorted()
    }

    static let packageRoot = GoldenTests.root.deletingLastPathComponent().path

    static let paths = manifests(under: SharedCorpus.sharedRoot) + [packageRoot + "/Package.swift"]
        + manifests(under: GoldenTests.root.path + "/package-swift").filter { $0.contains("/input.") }

    @Test(arguments: paths)
    func scansRealManifestsAndAccountsForEveryPackageCall(path: String) throws {
        let file = try #require(SharedCorpus.load(path))
        let result = PackageSwiftScanner.scan(file)
        #expect(result.errors == [], "\(path)")
        // Every `.package(` call (and SwiftPM 3's `.Package(`) the lexer sees in code is a dependency or a skip with a reason.
        let tokens = SwiftLexer.tokenize(file).tokens
        var calls = 0
        for k in 0..<max(0, tokens.count - 2)
        where file.text(tokens[k].range) == "." && ["package", "Package"].contains(file.text(tokens[k + 1].range)) && file.text(tokens[k + 2].range) == "(" {
            calls += 1
        }
        #expect(result.dependencies.count + result.skips.count == calls, "\(path)")
    }
}
