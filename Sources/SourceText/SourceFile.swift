/// A manifest as read from disk: its bytes and its path.
///
/// Everything inside ceiling works on byte offsets into `bytes`; line and column
/// are computed only when a message is printed.
public struct SourceFile: Sendable {
    /// The path as given, used only in messages (`pyproject.toml:3:5: error: ...`); nothing is read from it.
    public let path: String
    /// The file's content exactly as read, byte-order mark and `\r\n` included: every offset
    /// in `Diagnostic`, `Edit`, `ScannedText` and the parsed values indexes these bytes.
    public let bytes: [UInt8]

    /// A file from its raw bytes; they are not checked here (a parser reports invalid UTF-8).
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Byte offset of the first byte of each line; line 1 starts at 0.
    ///
    /// Worked out on each call, in one pass over the bytes: most files (every lock file
    /// read without error) never need it. A caller asking about many offsets keeps it.
    public var lineStarts: [Int] {
        var starts = [0]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                starts.append(i + 1)
            } else if b == 0x0D {
                // A lone CR is a line break too (old Mac files); CRLF counts once.
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }

    /// A file from text in memory (a test, a string from elsewhere): `bytes` is its UTF-8, so
    /// offsets count UTF-8 bytes, not `Character`s or UTF-16 units.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether the file begins with a UTF-8 byte-order mark.
    public var hasByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The byte offset where content starts: 3 after a UTF-8 byte-order mark, else 0.
    public var contentStart: Int { hasByteOrderMark ? 3 : 0 }

    /// 1-based line and column of byte `offset` in `bytes`; the column counts Unicode scalars,
    /// as editors do, and a byte-order mark takes no column. Lines end at `\n`, `\r\n` or a
    /// lone `\r`. An offset outside `0...bytes.count` is clamped to it, so this never fails.
    public func location(of offset: Int) -> SourceLocation {
        location(of: offset, lineStarts: lineStarts)
    }

    /// `location(of:)` with this file's `lineStarts` already worked out, for a caller placing
    /// many offsets (each call is then a binary search plus a scan of one line).
    public func location(of offset: Int, lineStarts: [Int]) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        if lo == 0, hasByteOrderMark, clamped >= 3 { i = 3 }
        while i < clamped {
            // Count only the lead bytes of UTF-8 sequences.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: lo + 1, column: column)
    }

    /// The text of byte range `range` (offsets into `bytes`, which it must lie within), with
    /// invalid UTF-8 repaired as U+FFFD: for messages only, never for edits.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The newline this file mostly uses (`[0x0D, 0x0A]` when CRLF outnumbers LF, else `[0x0A]`),
    /// for text inserted on a new line. Nothing outside this module uses it.
    var dominantNewline: [UInt8] {
        var crlf = 0
        var lf = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                if i > 0, bytes[i - 1] == 0x0D { crlf += 1 } else { lf += 1 }
            }
            i += 1
        }
        return crlf > lf ? [0x0D, 0x0A] : [0x0A]
    }
}

/// A 1-based line and column, for messages; printed as `line:column` (`3:17`).
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// Line number, from 1; a line ends at `\n`, `\r\n` or a lone `\r`.
    public let line: Int
    /// Column, from 1, counted in Unicode scalars (not bytes) from the start of the line.
    public let column: Int
    /// A location as `SourceFile.location(of:)` gives it, or as a test expects it.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
