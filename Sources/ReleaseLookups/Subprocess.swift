#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program found on `PATH` (`curl`, `git`) with posix_spawn, collecting its stdout and
/// stderr through pipes, and kills it when it runs past a deadline.
///
/// No shell is involved: arguments go to the program as they are. The child inherits the
/// environment (proxies, `SSL_CERT_FILE`, `GIT_SSH_COMMAND`, ...) plus `extraEnvironment`.
enum Subprocess {
    /// How a run ended.
    struct Outcome: Sendable, Equatable {
        /// The exit status; -1 when the program was killed by a signal (or by the deadline).
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// Whether the deadline passed and the program was killed.
        var timedOut: Bool
    }

    /// The program could not be started at all (not installed, not executable).
    struct LaunchFailure: Error, Sendable, Equatable {
        var message: String
    }

    /// Runs `arguments[0]` (searched on `PATH`) with `arguments`; `timeout` is in seconds.
    static func run(_ arguments: [String], extraEnvironment: [String: String] = [:], timeout: Double) -> Result<Outcome, LaunchFailure> {
        guard let program = arguments.first else { return .failure(LaunchFailure(message: "no program")) }
        var out: [Int32] = [-1, -1]
        var err: [Int32] = [-1, -1]
        guard makePipe(&out) else { return .failure(LaunchFailure(message: "cannot create a pipe")) }
        guard makePipe(&err) else {
            close(out[0]); close(out[1])
            return .failure(LaunchFailure(message: "cannot create a pipe"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        for fd in [out[0], out[1], err[0], err[1]] { posix_spawn_file_actions_addclose(&actions, fd) }

        let environment = mergedEnvironment(extraEnvironment)
        var pid = pid_t()
        let spawned = withCStrings(arguments) { argv in
            withCStrings(environment) { envp in
                posix_spawnp(&pid, program, &actions, nil, argv, envp)
            }
        }
        close(out[1])
        close(err[1])
        if spawned != 0 {
            close(out[0]); close(err[0])
            return .failure(LaunchFailure(message: "cannot run \(program): \(String(cString: strerror(spawned)))"))
        }
        let deadline = now() + timeout
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var timedOut = false
        var open = [out[0], err[0]]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty {
            let remaining = deadline - now()
            if remaining <= 0 {
                timedOut = true
                kill(pid, SIGKILL)
                break
            }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000) + 1))
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    if entry.fd == out[0] { stdout += buffer[0..<n] } else { stderr += buffer[0..<n] }
                } else if n == 0 || errno != EINTR {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        close(out[0])
        close(err[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out: the macros do not import into Swift.
        let exited = status & 0x7F == 0
        return .success(Outcome(status: exited ? (status >> 8) & 0xFF : -1, stdout: stdout, stderr: stderr, timedOut: timedOut))
    }

    /// A pipe whose ends are closed on exec: a program another thread starts meanwhile must not
    /// inherit them, or it would hold this child's output open (and its reader waiting) for its lifetime.
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        // pipe2(O_CLOEXEC) is not exported to Swift by Glibc; the window between the calls is tiny.
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Whether `program` can be found on `PATH` (for messages and for tests that skip).
    static func isAvailable(_ program: String) -> Bool {
        guard let path = getenv("PATH").map({ String(cString: $0) }) else { return false }
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }

    /// Seconds on the monotonic clock (for deadlines only).
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The current environment as `NAME=value` strings, with `extra` replacing or adding names.
    private static func mergedEnvironment(_ extra: [String: String]) -> [String] {
        var result: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
            if extra[name] == nil { result.append(text) }
            pointer += 1
        }
        for (name, value) in extra.sorted(by: { $0.key < $1.key }) { result.append("\(name)=\(value)") }
        return result
    }

    /// A NULL-terminated `char *[]` for the duration of `body`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
