import Foundation
import Testing
@testable import SourceText
@testable import ManifestScanners
@testable import CeilingKit

/// Runs `swift package dump-package` on manifests, several at a time (each compiles the manifest).
enum SwiftPMDumpPackage {
    /// The `swift` driver on PATH, if any.
    static let swift: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { $0 + "/swift" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The `dependencies` array SwiftPM reads from a manifest, or the error it printed.
    static func dependencies(of manifest: [UInt8]) throws -> [[String: Any]] {
        guard let swift else { throw Failure(message: "swift is not on PATH") }
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("ceiling-dump-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: folder) }
        try Data(manifest).write(to: folder.appendingPathComponent("Package.swift"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swift)
        process.arguments = ["package", "--package-path", folder.path, "dump-package"]
        // Its own working directory: command-line tests running meanwhile switch the process's
        // one to a workspace they then delete, and SwiftPM crashes when started inside it.
        process.currentDirectoryURL = folder
        let stdout = folder.appendingPathComponent("stdout.json")
        let stderr = folder.appendingPathComponent("stderr.txt")
        fm.createFile(atPath: stdout.path, contents: nil)
        fm.createFile(atPath: stderr.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: (try? String(contentsOf: stderr, encoding: .utf8)) ?? "dump-package failed")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: stdout)) as? [String: Any]
        return json?["dependencies"] as? [[String: Any]] ?? []
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// Every Golden/package-swift expected output loads in SwiftPM, and each requirement
/// means to SwiftPM exactly what ceiling's scanner reads in it (so the text the plan
/// wrote says what the plan intended).
@Suite(.enabled(if: SwiftPMDumpPackage.swift != nil), .timeLimit(.minutes(5)))
struct PackageSwiftDumpPackageTests {
    /// SwiftPM's requirement JSON in ceiling's words: `range 1.0.0 2.0.0`, `exact 1.0.0`, `revision abc`.
    static func describe(_ requirement: [String: Any]) -> String {
        if let range = (requirement["range"] as? [[String: Any]])?.first {
            return "range \(range["lowerBound"] ?? "?") \(range["upperBound"] ?? "?")"
        }
        for key in ["exact", "revision", "branch"] {
            if let value = (requirement[key] as? [Any])?.first { return "\(key) \(value)" }
        }
        return "\(requirement)"
    }

    static func describe(_ requirement: SwiftPackageRequirement) -> String {
        switch requirement.kind {
        case .exact(let v): return "exact \(v.version)"
        case .branch(let s): return "branch \(s)"
        case .revision(let s): return "revision \(s)"
        default: return requirement.bounds.map { "range \($0.lower) \($0.upper)" } ?? "?"
        }
    }

    /// identity -> requirement, for SwiftPM's dump of one manifest (local paths left out).
    static func dumped(_ dependencies: [[String: Any]]) -> [String: String] {
        var out: [String: String] = [:]
        for dependency in dependencies {
            for key in ["sourceControl", "registry"] {
                guard let entry = (dependency[key] as? [[String: Any]])?.first,
                      let identity = entry["identity"] as? String,
                      let requirement = entry["requirement"] as? [String: Any] else { continue }
                out[identity.lowercased()] = describe(requirement)
            }
        }
        return out
    }

    @Test func everyExpectedManifestLoadsAndMeansWhatThePlanIntended() async throws {
        // SwiftPM 3 manifests (`.Package(url:majorVersion:)`) no longer load in any SwiftPM that runs here.
        let cases = GoldenCase.all(under: GoldenTests.root).filter { $0.name.hasPrefix("package-swift/") }
            .filter { !String(decoding: $0.expected, as: UTF8.self).contains(".Package(") }
        #expect(cases.count >= 30)
        // Two cores: three manifests compiling at once keeps them busy without thrashing.
        let results = await withTaskGroup(of: (String, Result<[String: String], Error>).self) { group in
            var pending = cases.makeIterator()
            var out: [(String, Result<[String: String], Error>)] = []
            func addNext(_ group: inout TaskGroup<(String, Result<[String: String], Error>)>) {
                guard let golden = pending.next() else { return }
                group.addTask { (golden.name, Result { Self.dumped(try SwiftPMDumpPackage.dependencies(of: golden.expected)) }) }
            }
            for _ in 0..<3 { addNext(&group) }
            while let result = await group.next() {
                out.append(result)
                addNext(&group)
            }
            return out
        }
        let byName = Dictionary(cases.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var compared = 0
        for (name, result) in results.sorted(by: { $0.0 < $1.0 }) {
            guard let golden = byName[name] else { continue }
            let dump: [String: String]
            do { dump = try result.get() } catch {
                Issue.record("\(name): expected output does not load: \(error)")
                continue
            }
            let scan = PackageSwiftScanner.scan(SourceFile(path: "Package.swift", bytes: golden.expected))
            var seen = Set(scan.skips.compactMap { $0.name?.lowercased() })
            for dependency in scan.dependencies {
                guard case .swiftPackage(let requirement) = dependency.constraint else { continue }
                seen.insert(requirement.identity)
                // A dependency under an `#if` branch not taken on this platform is not in the dump.
                guard let swiftPM = dump[requirement.identity] else { continue }
                #expect(swiftPM == Self.describe(requirement), "\(name): \(requirement.identity)")
                compared += 1
            }
            #expect(Set(dump.keys).subtracting(seen).isEmpty, "\(name): SwiftPM sees dependencies ceiling missed")
        }
        #expect(compared >= cases.count)
    }
}
