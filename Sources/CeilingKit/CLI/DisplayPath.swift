import FileIO

/// Paths as printed: relative to the current folder, without a leading `./`,
/// so `--diff` output applies with `git apply` where it was made.
enum DisplayPath {
    static func clean(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.contains("//") { text = text.replacingOccurrences(of: "//", with: "/") }
        if text.hasPrefix("/") {
            let cwd = FileSystem.currentDirectory()
            if cwd != "/", text.hasPrefix(cwd + "/") { text = String(text.dropFirst(cwd.count + 1)) }
        }
        return text
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
