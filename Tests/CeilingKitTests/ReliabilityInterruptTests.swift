import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import TestSupport
@testable import CeilingKit
#endif

/// The built `ceiling` executable, killed by SIGTERM or SIGINT in the middle of a batch
/// rewrite: every manifest is byte for byte its old or its new content, and no
/// `.<name>.ceiling-XXXXXX` temporary file is left behind.
///
/// Skips when the executable has not been built (`swift build` builds it with the tests).
@Suite(.serialized) struct ReliabilityInterruptTests {
    static let executable: String? = {
        let root = ReliabilityInput.packageRoot + "/.build"
        for candidate in ["debug", "x86_64-unknown-linux-gnu/debug", "aarch64-unknown-linux-gnu/debug"] {
            let path = root + "/" + candidate + "/ceiling"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static let folders = 40
    static let filesPerFolder = 50
    static let linesPerFile = 80

    /// File `n`'s text before and after ceiling: every line gains `,<2`.
    static func content(_ n: Int, capped: Bool) -> String {
        (0..<linesPerFile).map { "p\(n)x\($0)>=1.\($0 % 10)" + (capped ? ",<2" : "") + "\n" }.joined()
    }

    static func relativePath(_ n: Int) -> String {
        "f\(n / filesPerFolder)/requirements-\(n % filesPerFolder).txt"
    }

    /// Launched as a shell would: signals unblocked and at their defaults.
    @Test(.enabled(if: executable != nil), arguments: [SIGTERM, SIGINT])
    func interruptedBatchLeavesEveryFileOldOrNewAndNoTemporaryFiles(signalNumber: Int32) throws {
        try Self.interruptBatch(signalNumber: signalNumber, inheritBlockedSignals: false)
    }

    /// Launched from a thread that blocks signals (Foundation's Process from a Dispatch worker,
    /// which is how Swift tools and this test runner start processes): the child inherits the
    /// blocked mask, and unless ceiling unblocks SIGINT and SIGTERM it never sees them.
    @Test(.enabled(if: executable != nil))
    func interruptStillWorksWhenTheParentBlockedSignals() throws {
        try Self.interruptBatch(signalNumber: SIGTERM, inheritBlockedSignals: true)
    }

    static func interruptBatch(signalNumber: Int32, inheritBlockedSignals: Bool) throws {
        let executable = try #require(Self.executable)
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
        let count = folders * filesPerFolder
        for n in 0..<count { try ws.write(relativePath(n), content(n, capped: false)) }
        let errorLog = ws.path + "/.stderr"

        let pid = try spawn(executable, ["--from-lower-bound", "--no-discover-locks", ws.path], stderr: errorLog, resetSignals: !inheritBlockedSignals)
        // Signal as soon as the first rewrites land, so most of the batch is still to do.
        let watched = (0..<8).map { $0 * filesPerFolder / 2 }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !watched.contains(where: { read(ws.path + "/" + relativePath($0)) != content($0, capped: false) }) {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { Issue.record("ceiling exited before any file changed"); return }
            usleep(2_000)
        }
        kill(pid, signalNumber)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let message = read(errorLog)

        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        #expect(exited, "killed by signal \(status & 0x7F) instead of stopping cleanly")
        #expect(code == ExitCode.interrupted.rawValue || code == ExitCode.success.rawValue, "exit \(code): \(message)")
        var rewritten = 0
        for n in 0..<count {
            let text = read(ws.path + "/" + relativePath(n))
            if text == content(n, capped: true) {
                rewritten += 1
            } else {
                #expect(text == content(n, capped: false), "\(relativePath(n)) is neither old nor new")
            }
        }
        let leftovers = (FileManager.default.enumerator(atPath: ws.path)?.allObjects as? [String] ?? []).filter { $0.contains(".ceiling-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers.prefix(5))")
        if code == ExitCode.interrupted.rawValue { #expect(message.contains("interrupted"), "\(message)") }
        // A signal sent after the first rewrite but long before the 2,000th must stop the batch early.
        #expect(rewritten < count, "signal \(signalNumber) ignored: every file was rewritten (exit \(code))")
        print("signal \(signalNumber): exit \(code), \(rewritten) of \(count) files rewritten")
    }

    /// Starts `executable` with stdout to /dev/null and stderr to a file; with `resetSignals`,
    /// as a shell would (empty signal mask, default dispositions), else inheriting this thread's.
    static func spawn(_ executable: String, _ arguments: [String], stderr: String, resetSignals: Bool) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        if resetSignals {
            var empty = sigset_t()
            sigemptyset(&empty)
            posix_spawnattr_setsigmask(&attributes, &empty)
            var defaults = sigset_t()
            sigemptyset(&defaults)
            sigaddset(&defaults, SIGINT)
            sigaddset(&defaults, SIGTERM)
            posix_spawnattr_setsigdefault(&attributes, &defaults)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        try #require(result == 0, "posix_spawn failed: \(result)")
        return pid
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
    }
}
