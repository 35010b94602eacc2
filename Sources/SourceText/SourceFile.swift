/// A manifest as read from disk: its bytes and its path.
///
/// Everything inside ceiling works on byte offsets into `bytes`; line and column
/// are computed only when a message is printed.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

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

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether the file begins with a UTF-8 byte-order mark.
    public var hasByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The offset where content starts: after a byte-order mark, if any.
    public var contentStart: Int { hasByteOrderMark ? 3 : 0 }

    /// 1-based line and column of a byte offset; the column counts Unicode scalars, as editors do.
    public func location(of offset: Int) -> SourceLocation {
        location(of: offset, lineStarts: lineStarts)
    }

    /// `location(of:)` with this file's `lineStarts` already worked out.
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

    /// The text of a byte range, with invalid UTF-8 repaired (for messages only).
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The newline this file mostly uses, for text ceiling inserts on a new line.
    public var dominantNewline: [UInt8] {
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

/// A 1-based line and column, for messages.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
