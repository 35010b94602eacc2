import SourceText

/// A parsed TOML 1.0 document. Values keep source offsets; nothing is printed back,
/// so edits made from these offsets leave every other byte as it was.
public struct TOMLDocument: Sendable {
    public var root: TOMLTable

    public init(root: TOMLTable) {
        self.root = root
    }

    /// Parses `file`, skipping a UTF-8 byte-order mark; any invalid TOML is a diagnostic.
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
