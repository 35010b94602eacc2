import SourceText

/// Line and column for many offsets in one file, cheap when they come in increasing order.
///
/// `SourceFile.location(of:)` counts columns from the start of the line, so asking it
/// for each of 50,000 constraints on one long line (a single-line TOML array) is
/// quadratic: 640 KB took minutes. This keeps the last answer and counts on from it
/// when the next offset lies further along the same line; anything else falls back
/// to `SourceFile.location(of:)`, so the answers are always the same.
struct SourceLocator {
    let file: SourceFile
    private let lineStarts: [Int]
    private var lastOffset = -1
    private var lastLine = 0
    private var lastColumn = 1

    init(_ file: SourceFile) {
        self.file = file
        self.lineStarts = file.lineStarts
    }

    mutating func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, file.bytes.count))
        let line = lineIndex(of: clamped)
        // Line 1 of a file with a byte-order mark counts columns after the mark: let SourceFile handle its start.
        let nearMark = line == 0 && file.hasByteOrderMark && lastOffset < 3
        if lastOffset < 0 || clamped < lastOffset || line != lastLine || nearMark {
            let location = file.location(of: clamped, lineStarts: lineStarts)
            remember(clamped, line: line, column: location.column)
            return location
        }
        var column = lastColumn
        var i = lastOffset
        while i < clamped {
            // Count only the lead bytes of UTF-8 sequences, as SourceFile does.
            if file.bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        remember(clamped, line: line, column: column)
        return SourceLocation(line: line + 1, column: column)
    }

    private mutating func remember(_ offset: Int, line: Int, column: Int) {
        lastOffset = offset
        lastLine = line
        lastColumn = column
    }

    /// 0-based index of the line holding `offset` (binary search over line starts).
    private func lineIndex(of offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
