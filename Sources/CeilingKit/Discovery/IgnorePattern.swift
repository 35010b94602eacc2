/// One pattern of an ignore file, read the way git reads a line of `.gitignore` (gitignore(5)).
///
/// - `!` first negates (re-includes); `\!` and `\#` start a pattern with a literal `!` or `#`.
/// - A trailing `/` matches folders only (`build/`), and is not part of the glob.
/// - A `/` at the start or in the middle anchors the pattern to the ignore file's folder: it is
///   matched against the path relative to that folder (`/dist`, `docs/*.txt`, `a/**/b`).
///   Without one it is matched against the last component at any depth (`*.pyc`, `build/`).
/// - Trailing spaces are dropped unless escaped (`foo\ `); the glob itself is `Wildmatch`.
///
/// Examples (a `.gitignore` in the repository root):
///
///     *.log          a.log, src/a.log          not logs/ (a folder named "logs")
///     /vendor        vendor                    not src/vendor
///     doc/*.txt      doc/a.txt                 not doc/x/a.txt
///     **/cache/      cache/, a/b/cache/        not a file named cache
///     !keep.log      re-includes keep.log after *.log
struct IgnorePattern: Sendable, Equatable {
    /// The glob, without `!`, an anchoring leading `/` or the trailing `/`.
    let glob: [UInt8]
    let isNegated: Bool
    let isDirectoryOnly: Bool
    /// Matched against the path relative to the ignore file's folder, not the last component.
    let matchesPath: Bool
    /// How many leading bytes of `glob` hold no glob character (git's "simple length").
    let literalLength: Int

    /// Parses one line (without its line break); `nil` for a blank line, a comment, or a
    /// pattern that can match nothing (such as `/` or `!`).
    init?(line: ArraySlice<UInt8>) {
        guard let first = line.first, first != UInt8(ascii: "#") else { return nil }
        var start = line.startIndex
        var end = Self.endWithoutTrailingSpaces(line)
        isNegated = first == UInt8(ascii: "!")
        if isNegated { start += 1 }
        isDirectoryOnly = end > start && line[end - 1] == UInt8(ascii: "/")
        if isDirectoryOnly { end -= 1 }
        matchesPath = line[start..<end].contains(UInt8(ascii: "/"))
        // Git drops the anchoring slash when it compares, not when it decides the pattern is anchored.
        if matchesPath, line[start] == UInt8(ascii: "/") { start += 1 }
        guard start < end else { return nil }
        glob = Array(line[start..<end])
        literalLength = glob.firstIndex(where: Wildmatch.isSpecial) ?? glob.count
    }

    /// Where the line ends once trailing spaces that no backslash escapes are dropped; git
    /// keeps everything after a final lone `\`.
    private static func endWithoutTrailingSpaces(_ line: ArraySlice<UInt8>) -> Int {
        var firstTrailingSpace: Int?
        var i = line.startIndex
        while i < line.endIndex {
            switch line[i] {
            case UInt8(ascii: " "):
                if firstTrailingSpace == nil { firstTrailingSpace = i }
            case UInt8(ascii: "\\"):
                i += 1
                if i == line.endIndex { return line.endIndex }
                firstTrailingSpace = nil
            default:
                firstTrailingSpace = nil
            }
            i += 1
        }
        return firstTrailingSpace ?? line.endIndex
    }

    /// Whether the pattern matches an entry, given its last component `name` and its `path`
    /// relative to the ignore file's folder (no leading or trailing `/`).
    func matches(name: UnsafeBufferPointer<UInt8>, path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool {
        if isDirectoryOnly, !isDirectory { return false }
        return glob.withUnsafeBufferPointer { glob in
            if !matchesPath {
                if literalLength == glob.count { return name.elementsEqual(glob) }
                return Wildmatch.matches(glob, name)
            }
            // As git does: the literal head is compared first and the glob matches the rest on
            // its own, so a `**` right after the head counts as a whole component (`a**/b`).
            guard literalLength <= path.count, path[0..<literalLength].elementsEqual(glob[0..<literalLength]) else { return false }
            if literalLength == glob.count { return literalLength == path.count }
            return Wildmatch.matches(UnsafeBufferPointer(rebasing: glob[literalLength...]), UnsafeBufferPointer(rebasing: path[literalLength...]))
        }
    }
}
