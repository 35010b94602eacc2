import SourceText

/// Refuses files ceiling must not edit: binary files and text that is not UTF-8.
enum EncodingCheck {
    struct Problem {
        var offset: Int
        var message: String
    }

    /// The first problem in `bytes`, or `nil` for valid UTF-8 text without NUL bytes.
    static func problem(in bytes: [UInt8]) -> Problem? {
        // pip reads a requirements file with a UTF-16 or UTF-32 byte order mark; ceiling edits
        // UTF-8 only, and such a file is full of NUL bytes, which would read as "binary".
        if let encoding = unicodeEncoding(bytes) {
            return Problem(offset: 0, message: "the file is \(encoding) text (it starts with a byte order mark); ceiling edits UTF-8 only, so it was not edited (convert it to UTF-8)")
        }
        if let nul = bytes.firstIndex(of: 0) {
            return Problem(offset: nul, message: "binary file (NUL byte); not edited")
        }
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            return Problem(offset: bad, message: "not valid UTF-8 text; not edited")
        }
        return nil
    }

    /// The name of the UTF-16/UTF-32 encoding a byte order mark announces, if any. The text
    /// after it must hold a NUL byte (as UTF-16 text in Latin script does every other byte), so
    /// a stray `FF FE` before UTF-8 text stays "not valid UTF-8".
    static func unicodeEncoding(_ bytes: [UInt8]) -> String? {
        let marks: [([UInt8], String)] = [
            ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 (little-endian)"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 (big-endian)"),
            ([0xFF, 0xFE], "UTF-16 (little-endian)"), ([0xFE, 0xFF], "UTF-16 (big-endian)"),
        ]
        for (mark, name) in marks where bytes.starts(with: mark) {
            return bytes.count == mark.count || bytes[mark.count...].contains(0) ? name : nil
        }
        return nil
    }
}
