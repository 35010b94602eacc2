#if canImport(Glibc)
import Glibc
#endif

/// The patterns of one ignore file (`.gitignore`, `.ignore`, `.git/info/exclude`), in file order.
///
/// Read as git reads it: a UTF-8 byte order mark is skipped, lines end at LF (a CR before it is
/// dropped), a last line without a line break counts.
struct IgnoreFile: Sendable {
    let patterns: [IgnorePattern]
    /// Whether any pattern needs the path, not just the last component.
    let hasPathPatterns: Bool

    init(bytes: [UInt8]) {
        var patterns: [IgnorePattern] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var end = newline
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if let pattern = IgnorePattern(line: bytes[start..<end]) { patterns.append(pattern) }
            start = newline + 1
        }
        self.patterns = patterns
        hasPathPatterns = patterns.contains { $0.matchesPath }
    }

    /// The file at `path`, or `nil` when it is missing, unreadable (git skips it too) or holds
    /// no pattern. Read with as few system calls as a small file allows (open, read, close):
    /// a batch walk reads one or more in most repositories.
    static func read(_ path: String) -> IgnoreFile? {
        // O_NONBLOCK: a FIFO in place of an ignore file must not stall the walk.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        let chunk = 1 << 14
        while true {
            let before = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + before, chunk) }
            let failure = n < 0 ? errno : 0
            bytes.removeLast(chunk - max(n, 0))
            if failure == EINTR { continue }
            if failure != 0 { return nil }
            // A short read of a regular file is its end.
            if n < chunk { break }
        }
        let file = IgnoreFile(bytes: bytes)
        return file.patterns.isEmpty ? nil : file
    }

    /// What the last matching pattern says: `true` ignored, `false` re-included by a `!`
    /// pattern, `nil` when no pattern matches. `path` is relative to this file's folder.
    func decision(name: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool? {
        for pattern in patterns.reversed() where pattern.matches(name: name, path: path, isDirectory: isDirectory) {
            return !pattern.isNegated
        }
        return nil
    }
}
