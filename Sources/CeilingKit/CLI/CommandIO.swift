import FileIO

#if canImport(Glibc)
import Glibc
#endif

/// Where the command reads and writes, so the whole command line runs in-process in tests.
package struct CommandIO: Sendable {
    var readStdin: @Sendable () -> [UInt8]
    var writeStdout: @Sendable ([UInt8]) -> Void
    var writeStderr: @Sendable ([UInt8]) -> Void
    var stderrIsTerminal: Bool
    var stdoutIsTerminal: Bool
    var environment: [String: String]

    init(
        readStdin: @escaping @Sendable () -> [UInt8],
        writeStdout: @escaping @Sendable ([UInt8]) -> Void,
        writeStderr: @escaping @Sendable ([UInt8]) -> Void,
        stderrIsTerminal: Bool = false,
        stdoutIsTerminal: Bool = false,
        environment: [String: String] = [:]
    ) {
        self.readStdin = readStdin
        self.writeStdout = writeStdout
        self.writeStderr = writeStderr
        self.stderrIsTerminal = stderrIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.environment = environment
    }

    /// The process's real standard streams and environment.
    package static var standard: CommandIO {
        var environment: [String: String] = [:]
        for name in ["NO_COLOR", "TERM", "VIRTUAL_ENV", "HOME", "XDG_CACHE_HOME", "PIP_INDEX_URL", "UV_INDEX_URL", "CEILING_LOOKUP_TIMEOUT"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return CommandIO(
            readStdin: { (try? FileSystem.readAll(0).get()) ?? [] },
            writeStdout: { FileSystem.writeAll(1, $0) },
            writeStderr: { FileSystem.writeAll(2, $0) },
            stderrIsTerminal: FileSystem.isTerminal(2),
            stdoutIsTerminal: FileSystem.isTerminal(1),
            environment: environment)
    }

    func out(_ text: String) { writeStdout(Array(text.utf8)) }
    func err(_ text: String) { writeStderr(Array(text.utf8)) }
}

/// The process exit status; stable, for scripts.
package enum ExitCode: Int32, Sendable {
    /// Done: written, or nothing to do.
    case success = 0
    /// `--check` found constraints without an upper bound.
    case unbounded = 1
    /// The command line was wrong.
    case usage = 2
    /// At least one file could not be read, parsed or written.
    case failure = 3
    /// Interrupted by SIGINT or SIGTERM: every file is either old or new.
    case interrupted = 130
}
