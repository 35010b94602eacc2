import FileIO

/// Paths as printed: relative to the current folder, without a leading `./`,
/// so `--diff` output applies with `git apply` where it was made.
enum DisplayPath {
    /// `currentDirectory` is the current folder when the caller already knows it (a batch run
    /// cleans thousands of paths: one `getcwd` each was a measurable part of it).
    static func clean(_ path: String, currentDirectory: String? = nil) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        // Character by character only when the bytes hold `//` at all (they nearly never do).
        if hasDoubleSlash(text) {
            while text.contains("//") { text = text.replacingOccurrences(of: "//", with: "/") }
        }
        if text.hasPrefix("/") {
            let cwd = currentDirectory ?? FileSystem.currentDirectory()
            if cwd != "/", text.hasPrefix(cwd + "/") { text = String(text.dropFirst(cwd.count + 1)) }
        }
        return text
    }

    private static func hasDoubleSlash(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "/"), previous == b { return true }
            previous = b
        }
        return false
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
