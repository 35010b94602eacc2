import Foundation
import Testing
@testable import CeilingKit

/// Files the SwiftPM tests read: `../shared` beside the package root, and the repository's own Golden cases.
enum SwiftPMTestFiles {
    /// The package root, from this file's path (`<root>/Tests/CeilingKitTests/<file>`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let shared = packageRoot + "/../shared"

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func list(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    /// Every `Package.swift` / `Package@swift-X.Y.swift` under `root`.
    static func manifests(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("Package"), name.hasSuffix(".swift") { out.append(root + "/" + relative) }
        }
        return out.sorted()
    }
}

/// Real manifests scan without errors, and every `.package(` in them is accounted for.
@Suite struct PackageSwiftCorpusTests {
    static let manifests = SwiftPMTestFiles.manifests(under: SwiftPMTestFiles.shared)
        + [SwiftPMTestFiles.packageRoot + "/Package.swift"]

    @Test(arguments: manifests)
    func scansRealManifestsAndAccountsForEveryPackageCall(path: String) throws {
        let bytes = try #require(SwiftPMTestFiles.read(path))
        let file = SourceFile(path: path, bytes: bytes)
        let result = PackageSwiftScanner.scan(file)
        #expect(result.errors == [], "\(path)")
        // Every `.package(` call the lexer sees in code is a dependency or a skip with a reason.
        let lexed = SwiftLexer.tokenize(file)
        var calls = 0
        for k in 0..<max(0, lexed.tokens.count - 2)
        where file.text(lexed.tokens[k].range) == "." && file.text(lexed.tokens[k + 1].range) == "package"
            && file.text(lexed.tokens[k + 2].range) == "(" {
            calls += 1
        }
        #expect(result.dependencies.count + result.skips.count == calls, "\(path)")
    }
}
