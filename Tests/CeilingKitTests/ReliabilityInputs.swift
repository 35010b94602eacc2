import Foundation
import Testing
import TestSupport
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// The manifests reliability tests start from: every Golden input, every corpus
/// manifest in ../shared (when present), and a few Package.swift files.
struct ReliabilityInput: Sendable, CustomTestStringConvertible {
    var name: String
    var format: ManifestFormat
    var bytes: [UInt8]
    /// Versions from the corpus sidecar lock, when the manifest has one.
    var locks: LockIndex

    var testDescription: String { name }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let shared = packageRoot + "/../shared"
    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared + "/corpus") }

    /// The corpus folders and the format each holds.
    static let corpusFolders: [(String, ManifestFormat)] = [
        ("requirements", .requirements), ("pyproject", .pyproject), ("setup_cfg", .setupCfg), ("pipfile", .pipfile),
    ]

    /// Golden inputs, read as the Golden tests read them.
    static func golden() -> [ReliabilityInput] {
        GoldenCase.all(under: GoldenTests.root).map {
            ReliabilityInput(name: "Golden/" + $0.name, format: $0.format, bytes: $0.input, locks: LockIndex())
        }
    }

    /// Corpus manifests (not their sidecar locks); empty when ../shared is absent.
    static func corpus() -> [ReliabilityInput] {
        let fm = FileManager.default
        var out: [ReliabilityInput] = []
        for (folder, format) in corpusFolders {
            let directory = shared + "/corpus/" + folder
            for name in ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted() where !name.hasSuffix(".lock") {
                let path = directory + "/" + name
                guard let data = fm.contents(atPath: path) else { continue }
                var locks = LockIndex()
                if fm.fileExists(atPath: path + ".lock") { _ = LockFileReader.read(path: path + ".lock", into: &locks) }
                out.append(ReliabilityInput(name: "corpus/\(folder)/\(name)", format: format, bytes: Array(data), locks: locks))
            }
        }
        return out
    }

    /// The package's own manifest and a few written here, since the corpus holds no Package.swift.
    static func packageSwift() -> [ReliabilityInput] {
        var out: [ReliabilityInput] = []
        if let data = FileManager.default.contents(atPath: packageRoot + "/Package.swift") {
            out.append(ReliabilityInput(name: "Package.swift", format: .packageSwift, bytes: Array(data), locks: LockIndex()))
        }
        let samples = [
            """
            // swift-tools-version:5.9
            import PackageDescription

            let package = Package(
                name: "demo",
                dependencies: [
                    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.2.0"),
                    .package(url: "https://github.com/apple/swift-nio", .upToNextMinor(from: "2.40.0")),
                    .package(url: "https://github.com/a/b.git", "1.0.0"..<"3.0.0"),
                    .package(url: "https://github.com/c/d.git", exact: "0.3.1"),
                    .package(url: "https://github.com/e/f.git", branch: "main"),
                    .package(id: "scope.name", from: "0.4.0"),
                ],
                targets: [.target(name: "demo", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")])]
            )

            """,
            """
            // swift-tools-version:5.3
            import PackageDescription
            let version = "4.0.0"
            var package = Package(name: "x", dependencies: [
                .package(name: "Y", url: "git@github.com:y/y.git", .exact("1.0.0")), // ceiling: ignore
                .package(url: "https://github.com/z/z", .upToNextMajor(from: version)),
            ])
            #if os(Linux)
            package.dependencies.append(.package(url: "https://github.com/l/l", "1.0.0"..."1.4.0"))
            #endif
            """,
        ]
        for (i, text) in samples.enumerated() {
            out.append(ReliabilityInput(name: "sample-\(i)/Package.swift", format: .packageSwift, bytes: Array(text.utf8), locks: LockIndex()))
        }
        return out
    }

    /// Every input, grouped by format, in a fixed order.
    static func all() -> [ReliabilityInput] {
        golden() + corpus() + packageSwift()
    }
}

/// Deterministic damage to a manifest: the kinds of bytes real files get wrong.
struct Mutator {
    var rng: SplitMix

    /// Bytes that matter to one of the grammars, and some plain text.
    static let interesting = Array("[]{}()\"'\\,;=<>~!^*@#.:$ \t\n\r\u{0C}abz019-_+".utf8)

    /// One to three mutations stacked on `input`.
    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...(rng.next() % 3) { bytes = once(bytes) }
        return bytes
    }

    private mutating func position(_ count: Int) -> Int { Int(rng.next() % UInt64(count + 1)) }

    private mutating func once(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        let at = position(bytes.count)
        switch rng.next() % 8 {
        case 0, 1:
            bytes.insert(Self.interesting[Int(rng.next() % UInt64(Self.interesting.count))], at: at)
        case 2:
            bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
        case 3:
            let length = Int(rng.next() % 8) + 1
            bytes.removeSubrange(at..<min(bytes.count, at + length))
        case 4:
            bytes.removeSubrange(at...)
        case 5:
            flipNewline(&bytes)
        case 6:
            // Duplicate a short slice somewhere else: repeated brackets, quotes and lines.
            let start = position(bytes.count)
            let slice = Array(bytes[start..<min(bytes.count, start + Int(rng.next() % 24) + 1)])
            bytes.insert(contentsOf: slice, at: position(bytes.count))
        default:
            if at < bytes.count { bytes[at] = Self.interesting[Int(rng.next() % UInt64(Self.interesting.count))] }
        }
        return bytes
    }

    /// Turns one line break into another: LF to CRLF or CR, CRLF to LF or CR.
    private mutating func flipNewline(_ bytes: inout [UInt8]) {
        let breaks = bytes.indices.filter { bytes[$0] == 0x0A || bytes[$0] == 0x0D }
        guard !breaks.isEmpty else { bytes.append(0x0D); return }
        let i = breaks[Int(rng.next() % UInt64(breaks.count))]
        if bytes[i] == 0x0A {
            if i > 0, bytes[i - 1] == 0x0D { bytes.remove(at: i - 1) } else if rng.next() % 2 == 0 { bytes.insert(0x0D, at: i) } else { bytes[i] = 0x0D }
        } else if i + 1 < bytes.count, bytes[i + 1] == 0x0A {
            bytes.remove(at: i + 1)
        } else {
            bytes[i] = 0x0A
        }
    }
}
