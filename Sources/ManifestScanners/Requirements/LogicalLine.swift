import SourceText
import PythonVersions

/// One logical line of a requirements file: physical lines joined over
/// backslash continuations, as pip's `join_lines` does.
///
/// A line is kept as the raw pieces it was joined from, so decoded offsets map
/// back to the file and a line without continuation costs no copy.
package struct LogicalLine {
    /// Raw ranges of the joined pieces, in order (continuation backslashes and newlines excluded).
    package var pieces: [Range<Int>] = []
    /// The joined text.
    package var value: [UInt8] = []
    /// Where a comment line that ended a join begins (pip strips it even without a space before `#`).
    var commentStart: Int?

    /// An empty line: no pieces, no text.
    package init() {}

    /// Offset of the first byte of the line.
    var start: Int { pieces.first?.lowerBound ?? 0 }

    /// Where the comment starts, pip's `COMMENT_RE` (`(^|\s+)#`, `\s` being Python's Unicode
    /// whitespace: a no-break or an em space counts): a `#` at the start or after whitespace,
    /// or a comment line that ended a join; `value.count` when there is none.
    package var commentOffset: Int {
        let limit = commentStart ?? value.count
        for i in 0..<limit where value[i] == UInt8(ascii: "#")
            && (i == 0 || RequirementText.isBlank(value[i - 1]) || PythonWhitespace.lengthEnding(value, at: i, lowerBound: 0) > 0) {
            return i
        }
        return limit
    }

    /// Raw offset of decoded byte `index`.
    package func rawOffset(_ index: Int) -> Int {
        var remaining = index
        for piece in pieces {
            if remaining < piece.count { return piece.lowerBound + remaining }
            remaining -= piece.count
        }
        return pieces.last?.upperBound ?? 0
    }

    /// The decoded bytes `range` as a `ScannedText` that maps back to the file.
    func text(_ range: Range<Int>, in bytes: [UInt8]) -> ScannedText {
        if pieces.count == 1, let piece = pieces.first {
            return ScannedText(verbatim: (piece.lowerBound + range.lowerBound)..<(piece.lowerBound + range.upperBound), in: bytes)
        }
        let starts = range.map(rawOffset)
        let ends = starts.map { $0 + 1 }
        let raw = (starts.first ?? rawOffset(range.lowerBound))..<(ends.last ?? rawOffset(range.lowerBound))
        return ScannedText(value: Array(value[range]), rawRange: raw, rawStarts: starts, rawEnds: ends)
    }

    /// Calls `body` with each logical line of `bytes` from `start`. pip joins a line
    /// ending in `\` with the next one unless the line is a comment.
    ///
    /// Lines end where Python's `str.splitlines()` ends them, as pip splits the file with it.
    package static func forEach(in bytes: [UInt8], from start: Int, _ body: (LogicalLine) -> Void) {
        forEach(in: bytes, from: start, while: { line in
            body(line)
            return true
        })
    }

    /// `forEach`, stopping after the first line for which `body` returns false.
    package static func forEach(in bytes: [UInt8], from start: Int, while body: (LogicalLine) -> Bool) {
        var current: LogicalLine?
        var i = start
        let n = bytes.count
        while i < n {
            var contentEnd = i
            var width = 0
            while contentEnd < n {
                width = lineBreakWidth(bytes, at: contentEnd)
                if width > 0 { break }
                contentEnd += 1
            }
            let next = contentEnd + width
            let isComment = isCommentLine(bytes, i..<contentEnd)
            var line = current ?? LogicalLine()
            if contentEnd > i, bytes[contentEnd - 1] == 0x5C, !isComment {
                // Continued: pip strips every trailing backslash.
                var end = contentEnd
                while end > i, bytes[end - 1] == 0x5C { end -= 1 }
                line.append(bytes, i..<end)
                current = line
            } else {
                if current != nil, isComment {
                    // pip puts a space before a comment line that ends a join, so it is stripped as a comment.
                    line.commentStart = line.value.count
                }
                line.append(bytes, i..<contentEnd)
                if !body(line) { return }
                current = nil
            }
            i = next
        }
        if let current { _ = body(current) }
    }

    /// The length of the line break at `i`, or 0: `\r\n`, `\n`, `\r`, and the breaks only
    /// `str.splitlines()` knows: `\v`, `\f`, `\x1c`–`\x1e`, U+0085, U+2028 and U+2029.
    static func lineBreakWidth(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        // Most bytes are printable ASCII: one comparison settles them.
        if b > 0x1E && b != 0xC2 && b != 0xE2 { return 0 }
        switch b {
        case 0x0D: return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E: return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return 0 }
            return bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    private mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        pieces.append(range)
        value.append(contentsOf: bytes[range])
    }

    /// pip's `COMMENT_RE.match`: the line starts with `#`, or with (Unicode) whitespace then `#`.
    private static func isCommentLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let start = PythonWhitespace.trim(bytes, in: range).lowerBound
        return start < range.upperBound && bytes[start] == 0x23
    }
}
