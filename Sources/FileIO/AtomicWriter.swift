#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file's content atomically: a temporary file in the same folder,
/// flushed, given the original's mode bits, then renamed over the target.
///
/// A symbolic link is written through at its target and stays a link. If the
/// file on disk no longer holds the bytes that were read, nothing is written.
package enum AtomicWriter {
    package static func replace(_ path: String, expecting original: [UInt8], with bytes: [UInt8]) -> Result<Void, FileSystem.Failure> {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(.errno("cannot stat")) }
        // Only a link in the last component needs resolving (renaming over it would replace the
        // link); linked folders above it lead the rename to the right place as they are.
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = FileSystem.realPath(path) else { return .failure(.errno("cannot resolve")) }
            target = resolved
            guard stat(target, &info) == 0 else { return .failure(.errno("cannot stat")) }
        }
        // No write bit for anyone is the owner saying "do not edit": renaming over it would
        // succeed in a writable folder, so refuse here (root included).
        if info.st_mode & 0o222 == 0 { return .failure(FileSystem.Failure("read-only file; not written")) }
        let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
        let base = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array((folder + "/." + base + ".ceiling-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if fd < 0 { return .failure(.errno("cannot create a temporary file")) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = FileSystem.writeAll(fd, bytes) && fsync(fd) == 0
        ok = ok && fchmod(fd, info.st_mode & 0o7777) == 0
        // Keep the owner when allowed; a plain user cannot give files away, which is fine.
        _ = fchown(fd, info.st_uid, info.st_gid)
        close(fd)
        guard ok else {
            let failure = FileSystem.Failure.errno("cannot write")
            unlink(temporary)
            return .failure(failure)
        }
        // The file must still hold what was read: someone may have edited it meanwhile.
        guard case .success(let current) = FileSystem.read(target), current == original else {
            unlink(temporary)
            return .failure(FileSystem.Failure("changed on disk while ceiling was working; not overwritten"))
        }
        if rename(temporary, target) != 0 {
            let failure = FileSystem.Failure.errno("cannot replace")
            unlink(temporary)
            return .failure(failure)
        }
        return .success(())
    }
}
