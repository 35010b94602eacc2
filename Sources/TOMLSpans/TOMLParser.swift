import SourceText

/// A single-pass TOML 1.0 reader over raw bytes: statements, headers and keys.
///
/// Values are in `TOMLParser+Values.swift`, strings in `+Strings`, numbers and
/// dates in `+Scalars`. Errors are thrown as a `Diagnostic` naming what was expected.
struct TOMLParser {
    let bytes: [UInt8]
    var pos: Int
    var tree = TOMLTree()
    /// When set, a `key = value` statement whose single (undotted) key is not listed has its
    /// value checked but not built, and is left out of the document. A lock reader needs two
    /// keys per package; building every wheel's URL and hash was most of its time.
    let keptKeys: [String]?
    /// Keys of the inline tables being skipped, innermost last, for their duplicate check.
    var skippedKeys: [String] = []

    init(bytes: [UInt8], start: Int, keeping keptKeys: [String]? = nil) {
        self.bytes = bytes
        self.pos = start
        self.keptKeys = keptKeys
    }

    var atEnd: Bool { pos >= bytes.count }

    /// The byte at `pos + ahead`, or 0 past the end (0 is never valid TOML, so it matches nothing).
    func peek(_ ahead: Int = 0) -> UInt8 {
        let i = pos + ahead
        return i < bytes.count ? bytes[i] : 0
    }

    /// The byte at `i` as a message shows it.
    func describe(_ i: Int) -> String {
        guard i < bytes.count else { return "end of file" }
        let b = bytes[i]
        switch b {
        case 0x0A: return "newline"
        case 0x0D: return "carriage return"
        case 0x20...0x7E: return "'\(String(UnicodeScalar(b)))'"
        default: return "byte 0x\(String(b, radix: 16))"
        }
    }

    /// A diagnostic at `pos` naming what should have come and what did.
    func expected(_ what: String) -> Diagnostic {
        Diagnostic(offset: pos, message: "expected \(what), found \(describe(pos))")
    }

    /// Reads the whole document into a root table.
    mutating func parseDocument() throws(Diagnostic) -> TOMLValue {
        var current = 0
        while true {
            skipSpaces()
            if atEnd { break }
            switch peek() {
            case UInt8(ascii: "#"), 0x0A, 0x0D:
                try finishLine(after: "comment")
            case UInt8(ascii: "["):
                current = try parseHeader()
                try finishLine(after: "table header")
            default:
                try parseKeyValue(into: current)
                try finishLine(after: "value")
            }
        }
        return tree.freeze()
    }

    /// Skips spaces and tabs (TOML whitespace), never newlines.
    mutating func skipSpaces() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
    }

    /// Skips spaces, comments and newlines (inside arrays).
    mutating func skipBlank() throws(Diagnostic) {
        while true {
            skipSpaces()
            switch peek() {
            case UInt8(ascii: "#"): try skipComment()
            case 0x0A: pos += 1
            case 0x0D:
                guard peek(1) == 0x0A else { throw Diagnostic(offset: pos, message: "carriage return not followed by newline") }
                pos += 2
            default: return
            }
        }
    }

    /// Skips a `#` comment up to (not including) the line end, refusing control characters.
    mutating func skipComment() throws(Diagnostic) {
        pos += 1
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x0A || (b == 0x0D && peek(1) == 0x0A) { return }
            if (b < 0x20 && b != 0x09) || b == 0x7F {
                throw Diagnostic(offset: pos, message: "control character \(describe(pos)) in comment")
            }
            pos += 1
        }
    }

    /// After a statement: optional spaces and comment, then a newline or the end of file.
    mutating func finishLine(after what: String) throws(Diagnostic) {
        skipSpaces()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        if atEnd { return }
        if peek() == 0x0A { pos += 1; return }
        if peek() == 0x0D && peek(1) == 0x0A { pos += 2; return }
        throw expected("newline after \(what)")
    }

    /// `[a.b]` or `[[a.b]]`; returns the table that following keys go into.
    mutating func parseHeader() throws(Diagnostic) -> Int {
        let start = pos
        pos += 1
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { pos += 1 }
        skipSpaces()
        let path = try parseKey()
        if peek() != UInt8(ascii: "]") { throw expected(isArray ? "']]' closing the array-of-tables header" : "']' closing the table header") }
        pos += 1
        if isArray {
            if peek() != UInt8(ascii: "]") { throw expected("']]' closing the array-of-tables header") }
            pos += 1
        }
        return try tree.openHeader(path, isArray: isArray, offset: start)
    }

    /// `key = value`, the key possibly dotted, stored relative to `table`.
    mutating func parseKeyValue(into table: Int) throws(Diagnostic) {
        // Most keys have one segment: they are read without building a path.
        let first = try parseKeySegment()
        let path = peek() == UInt8(ascii: ".") ? try parseKey(continuing: first) : nil
        if peek() != UInt8(ascii: "=") { throw expected("'=' after key") }
        pos += 1
        skipSpaces()
        if let path {
            let value = try parseValue(parentDepth: tree.depth(table) + path.count - 1)
            try tree.insert(value, at: path, in: table)
            return
        }
        let parentDepth = tree.depth(table)
        if let keptKeys, !keptKeys.contains(first.name) {
            let start = pos
            try skipValue(parentDepth: parentDepth)
            try tree.insert(try tree.makeNode(.skipped, offset: start, parentDepth: parentDepth), key: first, in: table)
            return
        }
        try tree.insert(try parseValue(parentDepth: parentDepth), key: first, in: table)
    }

    /// A possibly dotted key; leaves `pos` after trailing spaces.
    mutating func parseKey() throws(Diagnostic) -> [TOMLKey] {
        let first = try parseKeySegment()
        return peek() == UInt8(ascii: ".") ? try parseKey(continuing: first) : [first]
    }

    /// The rest of a dotted key whose `first` segment was read; `pos` at the first `.`.
    mutating func parseKey(continuing first: TOMLKey) throws(Diagnostic) -> [TOMLKey] {
        var path = [first]
        while peek() == UInt8(ascii: ".") {
            pos += 1
            skipSpaces()
            path.append(try parseKeySegment())
        }
        return path
    }

    /// One bare or quoted key segment; leaves `pos` after trailing spaces.
    mutating func parseKeySegment() throws(Diagnostic) -> TOMLKey {
        let start = pos
        let b = peek()
        let key: TOMLKey
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
            key = TOMLKey(name: try parseString(allowMultiline: false).value, offset: start)
        } else {
            while pos < bytes.count, Self.isBareKeyByte(bytes[pos]) { pos += 1 }
            if pos == start { throw expected("a key") }
            key = TOMLKey(name: String(decoding: bytes[start..<pos], as: UTF8.self), offset: start)
        }
        skipSpaces()
        return key
    }

    /// `A-Za-z0-9_-`: the bytes of a bare key.
    static func isBareKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")
    }
}
