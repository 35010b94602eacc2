import Foundation
@testable import CeilingKit

/// A scratch folder for command-line tests, removed when the test ends.
final class TestWorkspace {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ceiling-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    /// The current directory is one per process: runs from parallel suites take turns.
    private static let directoryLock = NSLock()

    /// Runs the command in-process with this folder as the current directory.
    func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) -> (status: ExitCode, stdout: String, stderr: String) {
        Self.directoryLock.lock()
        defer { Self.directoryLock.unlock() }
        let out = OutputBox()
        let err = OutputBox()
        let input = Array(stdin.utf8)
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let status = Ceiling.run(arguments, io: CommandIO(readStdin: { input }, writeStdout: { out.append($0) }, writeStderr: { err.append($0) },
                                                          environment: environment))
        return (status, out.text, err.text)
    }
}
