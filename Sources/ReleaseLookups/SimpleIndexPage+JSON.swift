import SourceText
import Locks

/// PEP 691: the JSON form of a project page (`application/vnd.pypi.simple.v1+json`).
///
///     {"meta": {"api-version": "1.1"}, "name": "werkzeug",
///      "files": [{"filename": "Werkzeug-1.0.1-py2.py3-none-any.whl", "url": "...",
///                 "requires-python": ">=2.7, !=3.0.*", "yanked": false,
///                 "upload-time": "2020-03-31T18:03:34.631207Z"}]}
///
/// `yanked` is a boolean or a reason string (a string means yanked); `upload-time` is PEP 700.
extension SimpleIndexPage {
    /// Reads a JSON page; a body that is not such a page is a message saying what is wrong.
    static func parseJSON(_ bytes: [UInt8], project: String) -> Result<SimpleIndexPage, LookupFailure> {
        let root: JSONValue
        switch JSONReader.parse(SourceFile(path: "", bytes: bytes)) {
        case .success(let value): root = value
        case .failure(let diagnostic): return .failure(LookupFailure("not valid JSON at byte \(diagnostic.offset): \(diagnostic.message)"))
        }
        if let version = root["meta"]?["api-version"]?.string, !version.hasPrefix("1.") {
            return .failure(LookupFailure("unsupported Simple API version \(version) (PEP 691 major version 1 is read)"))
        }
        guard let entries = root["files"]?.elements else { return .failure(LookupFailure("no \"files\" array (PEP 691)")) }
        var files: [File] = []
        files.reserveCapacity(entries.count)
        for entry in entries {
            guard let filename = entry["filename"]?.string else { return .failure(LookupFailure("a file without a \"filename\" (PEP 691)")) }
            guard let version = version(ofFile: filename, project: project) else { continue }
            var yanked = false
            switch entry["yanked"]?.kind {
            case .bool(let flag)?: yanked = flag
            case .string?: yanked = true
            default: break
            }
            var uploaded: Timestamp?
            if let text = entry["upload-time"]?.string {
                guard let parsed = Timestamp(text) else { return .failure(LookupFailure("\(filename): upload-time \(text) is not an RFC 3339 timestamp (PEP 700)")) }
                uploaded = parsed
            }
            files.append(File(filename: filename, version: version, isYanked: yanked,
                              requiresPython: entry["requires-python"]?.string, uploadTime: uploaded))
        }
        return .success(SimpleIndexPage(files: files))
    }
}
