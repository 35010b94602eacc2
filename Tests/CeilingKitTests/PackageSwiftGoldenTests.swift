import Foundation
import Testing
@testable import CeilingKit

/// One Golden/package-swift case, read for the library-level checks below.
struct SwiftPMGoldenCase: CustomTestStringConvertible, Sendable {
    var name: String
    var input: [UInt8]
    var expected: [UInt8]
    var policy: CapPolicy
    var lock: LockIndex

    var testDescription: String { name }

    static let root = SwiftPMTestFiles.packageRoot + "/Golden/package-swift"

    static let all: [SwiftPMGoldenCase] = SwiftPMTestFiles.list(root).compactMap { name in
        let folder = root + "/" + name
        let files = SwiftPMTestFiles.list(folder)
        guard let inputName = files.first(where: { $0.hasPrefix("input.") }),
              let input = SwiftPMTestFiles.read(folder + "/" + inputName),
              let expected = SwiftPMTestFiles.read(folder + "/expected." + inputName.dropFirst("input.".count)) else { return nil }
        let args = SwiftPMTestFiles.read(folder + "/args").map { String(decoding: $0, as: UTF8.self) }?
            .split(whereSeparator: \.isNewline).map(String.init) ?? []
        let policy = args.firstIndex(of: "--policy").flatMap { $0 + 1 < args.count ? CapPolicy(rawValue: args[$0 + 1]) : nil } ?? .major
        var lock = LockIndex()
        if let resolved = SwiftPMTestFiles.read(folder + "/Package.resolved") {
            _ = PackageResolvedReader.read(SourceFile(path: "Package.resolved", bytes: resolved), into: &lock)
        }
        return SwiftPMGoldenCase(name: name, input: input, expected: expected, policy: policy, lock: lock)
    }

    /// Scans and plans `bytes` as the engine does (ignored dependencies untouched) and applies the edits.
    func rewrite(_ bytes: [UInt8]) throws -> [UInt8] {
        let result = PackageSwiftScanner.scan(SourceFile(path: "Package.swift", bytes: bytes))
        #expect(result.errors == [], "\(name)")
        var edits: [Edit] = []
        for dependency in result.dependencies where !dependency.isIgnored {
            guard case .swiftPackage(let requirement) = dependency.constraint else { continue }
            if case .edits(let more, _, _, _) = requirement.plan(resolved: requirement.lockEntry(in: lock), policy: policy) {
                edits += more
            }
        }
        return try Splicer.apply(edits, to: bytes)
    }
}

/// The Golden/package-swift cases through scanner, plan and splicer (the CLI's GoldenTests run them end to end).
@Suite struct PackageSwiftGoldenTests {
    @Test func hasACaseForEveryForm() {
        #expect(SwiftPMGoldenCase.all.count >= 30)
    }

    @Test(arguments: SwiftPMGoldenCase.all)
    func planGivesTheExpectedManifest(_ golden: SwiftPMGoldenCase) throws {
        let out = try golden.rewrite(golden.input)
        #expect(String(decoding: out, as: UTF8.self) == String(decoding: golden.expected, as: UTF8.self))
    }

    @Test(arguments: SwiftPMGoldenCase.all)
    func secondRunChangesNothing(_ golden: SwiftPMGoldenCase) throws {
        #expect(try golden.rewrite(golden.expected) == golden.expected)
    }
}
