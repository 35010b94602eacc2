/// A TOML table with its entries in source order.
///
/// Offsets are byte offsets into the parsed file. Dotted keys (`a.b = 1`) are nested tables
/// here, so `entries` holds one segment per key: read `a.b` as `table[path: ["a", "b"]]`.
///
/// Whether it was written as a `[header]`, through dotted keys, or inline
/// makes no difference here: scanners see the same values for every spelling.
public struct TOMLTable: Sendable {
    /// How a table was introduced in the source.
    public enum Form: Sendable, Equatable {
        /// The document itself.
        case root
        /// `[name]` or `[[name]]`.
        case header
        /// Created only as the parent of a deeper header (`[a.b]` creates `a`).
        case implicit
        /// Created by a dotted key (`a.b = 1` creates `a`).
        case dotted
        /// `{ ... }`.
        case inline
    }

    /// The table's keys in the order first written, each with the byte offset of the key as
    /// written (its opening quote if quoted; for a dotted key, of this segment) and its value.
    /// Keys are decoded (`"a b"` gives `a b`) and unique.
    public var entries: [(key: String, keyOffset: Int, value: TOMLValue)]
    /// Byte offset where the table was introduced: its header's `[`, its inline `{`, or the first
    /// key that created it (0 for the root).
    public var offset: Int
    /// How the table was written, which also says where `offset` points.
    public var form: Form
    /// Keys whose values were checked but not built (`TOMLDocument.parse(_:keeping:)`), in order,
    /// each with its byte offset: a reader that refuses unknown keys still sees them. Empty
    /// when the document was parsed without `keeping`.
    public var skippedKeys: [(key: String, keyOffset: Int)]

    /// A table as the parser builds it.
    init(entries: [(key: String, keyOffset: Int, value: TOMLValue)] = [], offset: Int, form: Form,
                skippedKeys: [(key: String, keyOffset: Int)] = []) {
        self.entries = entries
        self.offset = offset
        self.form = form
        self.skippedKeys = skippedKeys
    }

    /// The value under `key` (one key, decoded, not a dotted path); nil when absent. Keys are
    /// unique in a valid document.
    public subscript(key: String) -> TOMLValue? {
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// The entry under `key`, with the byte offset of the key itself; nil when absent.
    public func entry(_ key: String) -> (key: String, keyOffset: Int, value: TOMLValue)? {
        for entry in entries where entry.key == key { return entry }
        return nil
    }

    /// The value at a path of keys (`["tool", "poetry"]`), through tables only: nil when a key
    /// is missing or a step is not a table (an array of tables is not entered). An empty path
    /// gives this table.
    public subscript(path path: [String]) -> TOMLValue? {
        var table = self
        for (i, key) in path.enumerated() {
            guard let value = table[key] else { return nil }
            if i == path.count - 1 { return value }
            guard case .table(let inner) = value else { return nil }
            table = inner
        }
        return .table(table)
    }
}
