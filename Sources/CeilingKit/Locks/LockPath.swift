/// Lexical path arithmetic for lock discovery: absolute, normalized paths (no `.`, `..`
/// or doubled `/`), so one folder is one cache key however a manifest was named.
enum LockPath {
    /// `path` made absolute against `base` (itself absolute), with `.` and `..` resolved.
    static func normalize(_ path: String, in base: String) -> String {
        let full = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The containing folder; nil for `/`.
    static func parent(of path: String) -> String? {
        guard path != "/", let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    /// The path as shown to the user: relative when it lies under `base`, else absolute.
    static func display(_ path: String, relativeTo base: String) -> String {
        if base == "/" { return String(path.dropFirst()) }
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}
