#if canImport(Glibc)
import Glibc
#endif

extension AtomicWriter {
    /// Creates a file that must not exist yet (a new constraints file): written to a
    /// temporary file in the same folder, flushed, then linked into place, so the file
    /// appears whole or not at all and one that appeared meanwhile is never overwritten.
    /// The new file gets mode 0666 less the umask, as any file a user creates.
    package static func create(_ path: String, with bytes: [UInt8]) -> Result<Void, FileSystem.Failure> {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let base = path.split(separator: "/").last.map(String.init) ?? path
        // open() with 0666 lets the kernel apply the umask (mkstemp would give 0600).
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<16 where fd < 0 {
            temporary = folder + "/." + base + ".ceiling-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        if fd < 0 { return .failure(.errno("cannot create a temporary file")) }
        let ok = FileSystem.writeAll(fd, bytes) && fsync(fd) == 0
        close(fd)
        guard ok else {
            let failure = FileSystem.Failure.errno("cannot write")
            unlink(temporary)
            return .failure(failure)
        }
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            if Glibc.errno == EEXIST { return .failure(FileSystem.Failure("created by someone else while ceiling was working; not overwritten")) }
            return .failure(.errno("cannot create"))
        }
        return .success(())
    }
}
