/// Lexical path arithmetic for lock discovery: absolute, normalized paths (no `.`, `..`
/// or doubled `/`), so one folder is one cache key however a manifest was named.
package enum Paths {
    /// `path` made absolute against `base` (itself absolute), with `.` and `..` resolved.
    package static func normalize(_ path: String, in base: String) -> String {
        let full = path.hasPrefix("/") ? path : join(base, path)
        // Nearly every path is normal already: checking costs less than splitting and joining.
        if isNormal(full) { return full }
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

    /// Whether `path` is absolute, without an empty, `.` or `..` part, and without a trailing `/`.
    static func isNormal(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.first == UInt8(ascii: "/") else { return false }
        if bytes.count == 1 { return true }
        var length = 0
        var dots = 0
        // A part that is empty, `.` or `..` ends at each `/` and at the end.
        func isPlain() -> Bool { length > 0 && !(dots == length && dots <= 2) }
        for b in bytes.dropFirst() {
            if b == UInt8(ascii: "/") {
                guard isPlain() else { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if b == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return isPlain()
    }

    /// The containing folder; nil for `/`.
    package static func parent(of path: String) -> String? {
        guard path != "/", let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    package static func join(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    /// The path as shown to the user: relative when it lies under `base`, else absolute.
    package static func display(_ path: String, relativeTo base: String) -> String {
        if base == "/" { return String(path.dropFirst()) }
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}
