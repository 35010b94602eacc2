import PythonVersions
import Locks

/// One project page of a Python package index (the Simple repository API), reduced to what
/// choosing a release needs: each file's version, whether it is yanked, its Python
/// requirement and its upload time.
///
/// Read from PEP 691 JSON (`SimpleIndexPage+JSON.swift`) or PEP 503 HTML
/// (`SimpleIndexPage+HTML.swift`). The version of a file comes from its name (wheel,
/// sdist or egg), the way pip reads it; files whose version does not parse are left out.
package struct SimpleIndexPage: Sendable, Equatable {
    struct File: Sendable, Equatable {
        var filename: String
        var version: PEP440Version
        /// PEP 592: a yanked file is ignored unless pinned exactly (and pinned constraints are bounded).
        var isYanked: Bool
        /// The file's `requires-python` (PEP 503 `data-requires-python`, PEP 691 `requires-python`), as written.
        var requiresPython: String?
        /// PEP 700 `upload-time`; HTML pages never give one.
        var uploadTime: Timestamp?
    }

    var files: [File]

    init(files: [File]) { self.files = files }

    /// The version in a distribution file's name, for the project `project`:
    ///
    ///     Werkzeug-1.0.1-py2.py3-none-any.whl   -> 1.0.1   (wheel: the second dash-separated field)
    ///     Werkzeug-1.0.1.tar.gz                 -> 1.0.1   (sdist: what follows the project's name)
    ///     Werkzeug-0.1-py2.4.egg                -> 0.1     (egg: the second field)
    ///     zope.interface-5.4.0.zip              -> 5.4.0
    static func version(ofFile filename: String, project: String) -> PEP440Version? {
        if filename.hasSuffix(".whl") || filename.hasSuffix(".egg") {
            let parts = filename.dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count >= 2 else { return nil }
            return PEP440Version(String(parts[1]))
        }
        var stem = Substring(filename)
        var matched = false
        for suffix in [".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tar", ".zip"] where stem.hasSuffix(suffix) {
            stem = stem.dropLast(suffix.count)
            matched = true
            break
        }
        guard matched else { return nil }
        let wanted = LockIndex.normalize(project)
        // The name may itself hold dashes: try each dash until the part before it is the project.
        var index = stem.startIndex
        while let dash = stem[index...].firstIndex(of: "-") {
            if LockIndex.normalize(String(stem[..<dash])) == wanted {
                return PEP440Version(String(stem[stem.index(after: dash)...]))
            }
            index = stem.index(after: dash)
        }
        return nil
    }
}
