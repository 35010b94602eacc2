/// Looks up a Unicode character by name, as Python's `\N{...}` escape does (names and aliases,
/// case-insensitive).
///
/// The table is built once, on first use, from the standard library's scalar properties: a
/// one-off cost paid only by files that use `\N{...}` in a requirement string.
enum UnicodeNames {
    private static let table: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        table.reserveCapacity(300_000)
        for code in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(code) else { continue }
            if let name = scalar.properties.name { table[name] = code }
            if let alias = scalar.properties.nameAlias { table[alias] = code }
        }
        return table
    }()

    static func scalar(named name: String) -> UInt32? {
        // Python accepts any case; the table's names are upper case, ASCII only.
        let upper = String(decoding: name.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        return table[upper]
    }
}
