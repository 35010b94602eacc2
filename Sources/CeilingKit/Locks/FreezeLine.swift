/// One logical line of a requirements file: physical lines joined over `\` continuations,
/// with its comment removed, and the raw offset of every byte kept for messages.
struct FreezeLine {
    /// The line's text, comment and surrounding blanks removed.
    var bytes: [UInt8] = []
    /// The raw offset of each byte of `bytes`.
    var offsets: [Int] = []
    /// The raw offset just past the line's last content byte (where "expected ..." points at the end).
    var end = 0

    /// What a logical line says, as far as a lock is concerned.
    enum Kind: Equatable {
        /// `name==version` or `name[extra]===version`, markers and options allowed.
        case pin(name: String, version: String)
        /// A requirement that does not pin one version: `flask>=2`, `flask`, `flask==2.*`.
        case unpinned
        /// Blank, comment, option (`-e .`, `-r x.txt`), URL or path line, or `name @ url`.
        case other
        /// Not a requirement line at all.
        case malformed(Diagnostic)
    }

    /// The logical lines of `file`, following pip: a physical line ending in `\` joins the
    /// next, unless it is a comment line; a comment line ends a continuation.
    static func lines(of file: SourceFile) -> [FreezeLine] {
        let bytes = file.bytes
        var result: [FreezeLine] = []
        var pending = FreezeLine()
        var isContinuing = false
        var start = file.contentStart
        while start <= bytes.count {
            var stop = start
            while stop < bytes.count, bytes[stop] != 0x0A, bytes[stop] != 0x0D { stop += 1 }
            var next = stop + 1
            if stop < bytes.count, bytes[stop] == 0x0D, stop + 1 < bytes.count, bytes[stop + 1] == 0x0A { next += 1 }
            let isComment = startsWithComment(bytes, start, stop)
            if stop > start, bytes[stop - 1] == 0x5C, !isComment {
                // `\` at the end continues the line; the backslash itself is dropped.
                pending.append(bytes, start..<(stop - 1))
                isContinuing = true
            } else {
                if !isContinuing || !isComment { pending.append(bytes, start..<stop) }
                if isContinuing, isComment { pending.end = max(pending.end, start) }
                result.append(pending.finished())
                pending = FreezeLine()
                isContinuing = false
            }
            if stop >= bytes.count { break }
            start = next
        }
        if isContinuing { result.append(pending.finished()) }
        return result
    }

    /// Whether `bytes[start..<stop]` is a comment line (`#` after optional blanks), which pip never continues.
    private static func startsWithComment(_ bytes: [UInt8], _ start: Int, _ stop: Int) -> Bool {
        var i = start
        while i < stop, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i < stop && bytes[i] == 0x23
    }

    private mutating func append(_ source: [UInt8], _ range: Range<Int>) {
        for i in range {
            bytes.append(source[i])
            offsets.append(i)
        }
        end = range.upperBound
    }

    /// The line with its comment cut (`#` at the start or after a blank) and blanks trimmed.
    private func finished() -> FreezeLine {
        var cut = bytes.count
        for i in 0..<bytes.count where bytes[i] == 0x23 && (i == 0 || Self.isBlank(bytes[i - 1])) {
            cut = i
            break
        }
        var lo = 0
        var hi = cut
        while lo < hi, Self.isBlank(bytes[lo]) { lo += 1 }
        while hi > lo, Self.isBlank(bytes[hi - 1]) { hi -= 1 }
        var line = FreezeLine()
        line.bytes = Array(bytes[lo..<hi])
        line.offsets = Array(offsets[lo..<hi])
        line.end = hi > lo ? offsets[hi - 1] + 1 : end
        return line
    }

    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0B }
}
