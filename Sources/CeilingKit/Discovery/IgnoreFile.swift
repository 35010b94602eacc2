/// The patterns of one ignore file (`.gitignore`, `.ignore`, `.git/info/exclude`), in file order.
///
/// Read as git reads it: a UTF-8 byte order mark is skipped, lines end at LF (a CR before it is
/// dropped), a last line without a line break counts.
struct IgnoreFile: Sendable {
    let patterns: [IgnorePattern]
    /// Whether any pattern needs the path, not just the last component.
    let hasPathPatterns: Bool

    init(bytes: [UInt8]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var patterns: [IgnorePattern] = []
        for var line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if let pattern = IgnorePattern(line: line) { patterns.append(pattern) }
        }
        self.patterns = patterns
        hasPathPatterns = patterns.contains { $0.matchesPath }
    }

    /// The file at `path`, or `nil` when it is missing, unreadable (git skips it too) or holds
    /// no pattern.
    static func read(_ path: String) -> IgnoreFile? {
        guard case .success(let bytes) = FileSystem.readRegularFile(path) else { return nil }
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
