import SourceText
import FileIO
import ManifestScanners

/// The constraints files a requirements file names, as pip reads its option lines:
///
///     -c constraints.txt
///     -cconstraints.txt
///     --constraint constraints/prod.txt
///     --constraint=constraints.txt   # a comment
///
/// Paths are returned as written; pip reads them relative to the requirements file.
/// URLs (`-c https://...`) are returned too, and simply never match a local path.
enum ConstraintsInclude {
    static func paths(in file: SourceFile) -> [String] {
        var found: [String] = []
        LogicalLine.forEach(in: file.bytes, from: file.contentStart) { line in
            let value = line.value
            let end = line.commentOffset
            var start = 0
            while start < end, RequirementText.isBlank(value[start]) { start += 1 }
            let text = String(decoding: value[start..<end], as: UTF8.self)
            var rest: Substring
            if text.hasPrefix("--constraint") {
                rest = text.dropFirst("--constraint".count)
                if rest.first == "=" { rest = rest.dropFirst() }
            } else if text.hasPrefix("-c") {
                rest = text.dropFirst(2)
            } else {
                return
            }
            let path = rest.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" && $0 != "\r" }
            if !path.isEmpty { found.append(String(path)) }
        }
        return found
    }

    /// The line that makes `requirements` read `constraints` (both absolute): `-c` and the
    /// path relative to the requirements file's folder when it lies below it.
    static func line(from requirements: String, to constraints: String) -> String {
        let folder = Paths.parent(of: requirements) ?? "/"
        return "-c " + relative(constraints, from: folder)
    }

    /// `path` relative to `folder` (both absolute, normalized), climbing with `..` when needed.
    static func relative(_ path: String, from folder: String) -> String {
        let target = path.split(separator: "/")
        let base = folder.split(separator: "/")
        var common = 0
        while common < base.count, common < target.count - 1, target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
