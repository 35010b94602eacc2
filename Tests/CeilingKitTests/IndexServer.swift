import Foundation
@testable import ReleaseLookups
@testable import CeilingKit

/// The fixture index (`Tests/Fixtures/index-server.py`) running on 127.0.0.1 for one test,
/// on a port the system chose; stopped when the value is released.
final class IndexServer {
    let process = Process()
    let port: Int
    var url: String { "http://127.0.0.1:\(port)" }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Whether the tools these tests need are installed (they skip cleanly otherwise).
    static var isAvailable: Bool { Subprocess.isAvailable("python3") && Subprocess.isAvailable("curl") }

    init(arguments: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.fixtures.appendingPathComponent("index-server.py").path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let more = output.fileHandleForReading.availableData
            if more.isEmpty { break }
            line.append(more)
        }
        guard let text = String(data: line, encoding: .utf8)?.split(separator: "\n").first, let port = Int(text) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    /// Stops the server (also done when released).
    func stop() {
        guard process.isRunning else { return }
        // SIGKILL: the server may have inherited a blocked SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { stop() }

    /// Page requests answered so far, and the 304s among them.
    func stats() -> (requests: Int, notModified: Int) {
        guard case .success(let outcome) = Subprocess.run(["curl", "-s", url + "/stats"], timeout: 10),
              let object = try? JSONSerialization.jsonObject(with: Data(outcome.stdout)) as? [String: Int] else { return (-1, -1) }
        return (object["requests"] ?? -1, object["not_modified"] ?? -1)
    }
}

/// Runs the command in-process on absolute paths (no change of the current folder), with a
/// private cache folder and the given environment.
struct LookupRun {
    let cache: String
    var environment: [String: String] = [:]

    init(cache: String) { self.cache = cache }

    func callAsFunction(_ arguments: [String], stdin: String = "") -> (status: ExitCode, stdout: String, stderr: String) {
        let out = OutputBox()
        let err = OutputBox()
        let input = Array(stdin.utf8)
        var environment = self.environment
        environment["XDG_CACHE_HOME"] = cache
        let status = Ceiling.run(arguments, io: CommandIO(readStdin: { input }, writeStdout: { out.append($0) }, writeStderr: { err.append($0) }, environment: environment))
        return (status, out.text, err.text)
    }
}
