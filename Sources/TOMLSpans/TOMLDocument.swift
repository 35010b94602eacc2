import SourceText

/// A parsed TOML 1.0 document. Values keep source offsets; nothing is printed back,
/// so edits made from these offsets leave every other byte as it was.
///
/// Every offset in it (keys, strings, arrays, tables, date-times) is a byte offset into the
/// parsed `SourceFile.bytes`, byte-order mark included; `SourceFile.location(of:)` turns one
/// into line:column.
///
///     let file = SourceFile(path: "pyproject.toml", text: text)
///     let document = try TOMLDocument.parse(file).get()
///     let dependencies = document.root[path: ["project", "dependencies"]]?.arrayValue
public struct TOMLDocument: Sendable {
    /// The top-level table (form `.root`): every key, `[table]` and `[[array]]` of the file.
    public var root: TOMLTable

    /// Wraps a root table; only the parser makes documents.
    init(root: TOMLTable) {
        self.root = root
    }

    /// Parses `file` as TOML 1.0, skipping a UTF-8 byte-order mark; any invalid TOML is a diagnostic.
    ///
    /// Fails at the first error, with its byte offset into `file.bytes` and a message
    /// (`invalid UTF-8`, `duplicate key 'name'`, `table 'project' is already defined`, nesting
    /// deeper than 128 levels...); nothing is recovered past it. What TOML 1.0 rejects is
    /// rejected: the tests replay the toml-test suite's TOML 1.0 cases.
    ///
    /// With `keeping`, a `key = value` whose undotted key is not listed is checked but left
    /// out of the document (tables from headers are always there): a reader that needs a few
    /// keys gets the same verdict on validity without the cost of building the rest.
    public static func parse(_ file: SourceFile, keeping keptKeys: [String]? = nil) -> Result<TOMLDocument, Diagnostic> {
        if let bad = UTF8Check.firstInvalidOffset(in: file.bytes) {
            return .failure(Diagnostic(offset: bad, message: "invalid UTF-8"))
        }
        var parser = TOMLParser(bytes: file.bytes, start: file.contentStart, keeping: keptKeys)
        do {
            guard case .table(let root) = try parser.parseDocument() else {
                return .failure(Diagnostic(offset: 0, message: "document is not a table"))
            }
            return .success(TOMLDocument(root: root))
        } catch {
            return .failure(error)
        }
    }
}
