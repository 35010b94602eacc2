import Foundation
import TestSupport
@testable import CeilingKit

extension TestWorkspace {
    /// The current directory is one per process: runs from parallel suites take turns.
    static let directoryLock = NSLock()

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
