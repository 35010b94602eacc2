#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Reads a file found in a repository: only a regular file, never a FIFO or a device.
    ///
    /// A repository nobody checked may hold a FIFO named `requirements.txt` (opening it
    /// blocks until a writer comes, so ceiling hung and ignored SIGTERM) or a symbolic
    /// link to `/dev/zero` (read until memory ran out and the process aborted). The file
    /// is opened without blocking and checked before a byte is read. `--files-from` and
    /// explicit `--lock` paths still use `read`, so `<(...)` process substitution works.
    package static func readRegularFile(_ path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return .failure(.errno("cannot read")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.errno("cannot read")) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Failure("is a directory"))
        default: return .failure(Failure("not a regular file (a FIFO, socket or device)"))
        }
        // Regular files ignore O_NONBLOCK, but clear it so reads behave exactly as in `read`.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return readAll(fd, sizeHint: Int(info.st_size))
    }
}
