/// A parsed TOML 1.0 document. Values keep source offsets; nothing is printed back,
/// so edits made from these offsets leave every other byte as it was.
public struct TOMLDocument: Sendable {
    public var root: TOMLTable

    public init(root: TOMLTable) {
        self.root = root
    }

    /// Parses `file`, skipping a UTF-8 byte-order mark; any invalid TOML is a diagnostic.
    public static func parse(_ file: SourceFile) -> Result<TOMLDocument, Diagnostic> {
        if let bad = UTF8Check.firstInvalidOffset(in: file.bytes) {
            return .failure(Diagnostic(offset: bad, message: "invalid UTF-8"))
        }
        var parser = TOMLParser(bytes: file.bytes, start: file.contentStart)
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
