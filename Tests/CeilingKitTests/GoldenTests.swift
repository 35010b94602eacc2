import Foundation
import Testing
@testable import SourceText
@testable import ManifestScanners
@testable import CeilingKit

/// Runs every case under Golden/<format>/<case>/: the input manifest through the
/// real command line, compared with the expected output byte for byte.
///
/// A case folder holds `input.<name>` and `expected.<name>` (the manifest's real
/// name after the dot, e.g. `input.requirements.txt`), optional lock files (given
/// as `--lock`), an optional `args` file (extra arguments, one per line) and an
/// optional `stderr` file (the expected warnings). Each case also checks that a
/// second run changes nothing, that the CRLF twin of the input gives the CRLF twin
/// of the expected output, and that scanning without edits keeps every byte.
///
/// To regenerate expected files for review: `CEILING_RECORD=1 swift test --filter GoldenTests`,
/// then read `git diff Golden/`. Recording fails the run so it can never pass silently.
@Suite struct GoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static let cases: [GoldenCase] = GoldenCase.all(under: root)

    @Test func goldenFolderHasCases() {
        #expect(Self.cases.count > 0)
    }

    @Test(arguments: cases)
    func rewritesAsExpected(_ golden: GoldenCase) throws {
        let result = try golden.run(input: golden.input)
        if ProcessInfo.processInfo.environment["CEILING_RECORD"] == "1" {
            try Data(result.output).write(to: golden.expectedURL)
            // Only cases that pin their messages keep a stderr file; create one by hand to start pinning.
            if let stderrURL = golden.stderrURL {
                try Data(result.stderr.utf8).write(to: stderrURL)
            }
            Issue.record("recorded \(golden.name); review with git diff and run again without CEILING_RECORD")
            return
        }
        #expect(String(decoding: result.output, as: UTF8.self) == String(decoding: golden.expected, as: UTF8.self), "\(golden.name)")
        #expect(result.output == golden.expected, "\(golden.name): bytes differ")
        if let expectedStderr = golden.expectedStderr {
            #expect(result.stderr == expectedStderr, "\(golden.name): stderr")
        }
        // A case whose messages include an error must exit 3 and leave the file as it was.
        let expectsError = golden.expectedStderr?.contains(": error: ") ?? false
        #expect(result.status == (expectsError ? .failure : .success), "\(golden.name): exit status")
        if expectsError { #expect(golden.expected == golden.input, "\(golden.name): an error must leave the file untouched") }
    }

    @Test(arguments: cases)
    func secondRunChangesNothing(_ golden: GoldenCase) throws {
        let again = try golden.run(input: golden.expected)
        #expect(again.output == golden.expected, "\(golden.name): not idempotent")
    }

    @Test(arguments: cases)
    func crlfTwinGivesCRLFTwin(_ golden: GoldenCase) throws {
        guard !golden.input.contains(0x0D), !golden.expected.contains(0x0D), golden.format != .setupPy else { return }
        let result = try golden.run(input: GoldenCase.crlf(golden.input))
        #expect(result.output == GoldenCase.crlf(golden.expected), "\(golden.name): CRLF twin")
    }

    @Test(arguments: cases)
    func constraintSpansMatchTheirBytes(_ golden: GoldenCase) throws {
        // Every span a scanner reports must lie inside the file and hold exactly the text it decoded.
        let scan = golden.format.scan
        let file = SourceFile(path: golden.manifestName, bytes: golden.input)
        for dependency in scan(file).dependencies {
            let text: ScannedText
            switch dependency.constraint {
            case .pep508(let t), .specifiers(let t), .poetry(let t): text = t
            case .swiftPackage: continue
            }
            #expect(text.rawRange.upperBound <= golden.input.count, "\(golden.name): \(dependency.name) span past the end")
            if text.isVerbatim, text.rawRange.upperBound <= golden.input.count {
                #expect(Array(golden.input[text.rawRange]) == text.value, "\(golden.name): \(dependency.name)")
            }
        }
    }
}

/// One folder under Golden/.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    var name: String
    var folder: URL
    var manifestName: String
    var format: ManifestFormat
    var input: [UInt8]
    var expected: [UInt8]
    var expectedURL: URL
    var stderrURL: URL?
    var expectedStderr: String?
    var arguments: [String]
    var lockFiles: [String]

    var testDescription: String { name }

    static func all(under root: URL) -> [GoldenCase] {
        let fm = FileManager.default
        var cases: [GoldenCase] = []
        let formats = (try? fm.contentsOfDirectory(atPath: root.path).sorted()) ?? []
        for formatFolder in formats {
            let formatURL = root.appendingPathComponent(formatFolder)
            for caseName in (try? fm.contentsOfDirectory(atPath: formatURL.path).sorted()) ?? [] {
                let folder = formatURL.appendingPathComponent(caseName)
                if let golden = GoldenCase(folder: folder, name: "\(formatFolder)/\(caseName)") { cases.append(golden) }
            }
        }
        return cases
    }

    init?(folder: URL, name: String) {
        let fm = FileManager.default
        guard let files = try? fm.contentsOfDirectory(atPath: folder.path),
              let inputName = files.first(where: { $0.hasPrefix("input.") }) else { return nil }
        self.name = name
        self.folder = folder
        manifestName = String(inputName.dropFirst("input.".count))
        expectedURL = folder.appendingPathComponent("expected." + manifestName)
        input = (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(inputName)))) ?? []
        expected = (try? [UInt8](Data(contentsOf: expectedURL))) ?? []
        let stderr = folder.appendingPathComponent("stderr")
        stderrURL = fm.fileExists(atPath: stderr.path) ? stderr : nil
        expectedStderr = stderrURL.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
        let argsText = (try? String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8)) ?? ""
        let arguments = argsText.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        self.arguments = arguments
        lockFiles = files.filter { !$0.hasPrefix("input.") && !$0.hasPrefix("expected.") && $0 != "args" && $0 != "stderr" && $0 != "README" }.sorted()
        let name = manifestName
        format = arguments.firstIndex(of: "--format").flatMap { i in i + 1 < arguments.count ? ManifestFormat(argument: arguments[i + 1]) : nil }
            ?? ManifestFormat.forExplicitFile(path: name)
    }

    struct Output {
        var output: [UInt8]
        var stderr: String
        var status: ExitCode
    }

    /// Copies the case into a fresh folder (the manifest under its real name, lock files
    /// beside it) and runs `ceiling` on it in place, as a user would.
    func run(input: [UInt8]) throws -> Output {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("ceiling-golden-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let manifest = work.appendingPathComponent(manifestName)
        try fm.createDirectory(at: manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(input).write(to: manifest)
        var lockArguments: [String] = []
        for lock in lockFiles {
            let source = folder.appendingPathComponent(lock)
            let destination = work.appendingPathComponent(lock)
            try? fm.removeItem(at: destination)
            try fm.copyItem(at: source, to: destination)
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue, !arguments.contains("--discover") {
                lockArguments += ["--lock", destination.path]
            }
        }
        let extra = arguments.filter { $0 != "--discover" }.map { $0.replacingOccurrences(of: "$CASE", with: work.path) }
        let stderr = OutputBox()
        let status = Ceiling.run(extra + lockArguments + (arguments.contains("--discover") ? [] : ["--no-discover-locks"]) + [manifest.path],
                                 io: CommandIO(readStdin: { [] }, writeStdout: { _ in }, writeStderr: { stderr.append($0) }))
        let output = try [UInt8](Data(contentsOf: manifest))
        return Output(output: output, stderr: stderr.text.replacingOccurrences(of: work.path + "/", with: ""), status: status)
    }

    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for b in bytes {
            if b == 0x0A { out.append(0x0D) }
            out.append(b)
        }
        return out
    }
}

/// Collects what the command writes.
final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    func append(_ more: [UInt8]) { lock.lock(); bytes += more; lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: bytes, as: UTF8.self) }
    var data: [UInt8] { lock.lock(); defer { lock.unlock() }; return bytes }
}
