import Foundation
import Testing
@testable import CeilingKit

/// Runs every case under Golden/projects/<case>/: a whole project tree through the real
/// command line, compared with the expected tree file by file, byte for byte.
///
/// A case folder holds `input/` (the project before), `expected/` (the project after: every
/// file, changed or not, and no other), an optional `args` file (arguments, one per line;
/// `$CASE` is the project's folder in the scratch copy; the project folder itself is always
/// the last argument), an optional `stdout` and `stderr` (the expected output, with the
/// scratch folder's path removed), an optional `status` (the exit code, 0 when absent), and
/// an optional `git-root` marker file: the scratch copy gets a `.git` folder, making it a
/// repository (nested `.git` folders are not committed). Each case also runs a second time
/// on its own result, which must change nothing.
///
/// To record expected trees for review: `CEILING_RECORD=1 swift test --filter ProjectGoldenTests`,
/// then read `git status Golden/projects`. Recording fails the run so it can never pass silently.
@Suite struct ProjectGoldenTests {
    static let root = GoldenTests.root.appendingPathComponent("projects")
    static let cases: [ProjectGoldenCase] = ProjectGoldenCase.all(under: root)

    @Test func projectsFolderHasCases() {
        #expect(Self.cases.count > 0)
    }

    @Test(arguments: cases)
    func projectBecomesExpectedTree(_ golden: ProjectGoldenCase) throws {
        let work = try golden.scratchCopy()
        defer { try? FileManager.default.removeItem(at: work) }
        let result = golden.run(in: work)
        let tree = try ProjectGoldenCase.tree(at: work)
        if ProcessInfo.processInfo.environment["CEILING_RECORD"] == "1" {
            let expected = golden.folder.appendingPathComponent("expected")
            try? FileManager.default.removeItem(at: expected)
            for (path, bytes) in tree {
                let url = expected.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            if golden.expectedStdout != nil { try Data(result.stdout.utf8).write(to: golden.folder.appendingPathComponent("stdout")) }
            if golden.expectedStderr != nil { try Data(result.stderr.utf8).write(to: golden.folder.appendingPathComponent("stderr")) }
            Issue.record("recorded \(golden.name); review with git status and run again without CEILING_RECORD")
            return
        }
        #expect(tree.keys.sorted() == golden.expected.keys.sorted(), "\(golden.name): files differ")
        for (path, bytes) in golden.expected {
            #expect(String(decoding: tree[path] ?? [], as: UTF8.self) == String(decoding: bytes, as: UTF8.self), "\(golden.name): \(path)")
            #expect(tree[path] == bytes, "\(golden.name): \(path) bytes differ")
        }
        if let stdout = golden.expectedStdout { #expect(result.stdout == stdout, "\(golden.name): stdout") }
        if let stderr = golden.expectedStderr { #expect(result.stderr == stderr, "\(golden.name): stderr") }
        #expect(result.status.rawValue == golden.expectedStatus, "\(golden.name): exit status")
        // A second run on the result changes nothing.
        _ = golden.run(in: work)
        #expect(try ProjectGoldenCase.tree(at: work) == tree, "\(golden.name): not idempotent")
    }
}

/// One folder under Golden/projects/.
struct ProjectGoldenCase: CustomTestStringConvertible, Sendable {
    var name: String
    var folder: URL
    var expected: [String: [UInt8]]
    var arguments: [String]
    var expectedStdout: String?
    var expectedStderr: String?
    var expectedStatus: Int32
    var isRepository: Bool

    var testDescription: String { name }

    static func all(under root: URL) -> [ProjectGoldenCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path).sorted()) ?? []
        return names.compactMap { ProjectGoldenCase(folder: root.appendingPathComponent($0), name: "projects/\($0)") }
    }

    init?(folder: URL, name: String) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: folder.appendingPathComponent("input").path) else { return nil }
        self.name = name
        self.folder = folder
        expected = (try? Self.tree(at: folder.appendingPathComponent("expected"))) ?? [:]
        let text = { (file: String) in try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) }
        arguments = (text("args") ?? "").split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        expectedStdout = text("stdout")
        expectedStderr = text("stderr")
        expectedStatus = Int32((text("status") ?? "0").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        isRepository = fm.fileExists(atPath: folder.appendingPathComponent("git-root").path)
    }

    /// The input tree copied to a fresh folder (a repository when the case asks for one).
    func scratchCopy() throws -> URL {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("ceiling-project-\(UUID().uuidString)")
        try fm.copyItem(at: folder.appendingPathComponent("input"), to: work)
        if isRepository { try fm.createDirectory(at: work.appendingPathComponent(".git"), withIntermediateDirectories: true) }
        return work
    }

    /// Runs `ceiling ARGS PROJECT` in-process; output has the scratch folder's path removed.
    func run(in work: URL) -> (stdout: String, stderr: String, status: ExitCode) {
        let out = OutputBox()
        let err = OutputBox()
        let args = arguments.map { $0.replacingOccurrences(of: "$CASE", with: work.path) } + [work.path]
        let status = Ceiling.run(args, io: CommandIO(readStdin: { [] }, writeStdout: { out.append($0) }, writeStderr: { err.append($0) }))
        let strip = { (text: String) in text.replacingOccurrences(of: work.path + "/", with: "") }
        return (strip(out.text), strip(err.text), status)
    }

    /// Every regular file under `root` (outside `.git`), by relative path.
    static func tree(at root: URL) throws -> [String: [UInt8]] {
        let fm = FileManager.default
        var files: [String: [UInt8]] = [:]
        guard let walker = fm.enumerator(atPath: root.path) else { return files }
        while let relative = walker.nextObject() as? String {
            if relative == ".git" || relative.hasPrefix(".git/") { continue }
            var isFolder: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            guard fm.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return files
    }
}
