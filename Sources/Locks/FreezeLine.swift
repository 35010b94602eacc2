import SourceText
import ManifestScanners

/// One logical line of a requirements file: physical lines joined over `\` continuations,
/// with its comment removed, and the raw offset of every byte kept for messages.
struct FreezeLine {
    /// The line's text, comment and surrounding blanks removed.
    var bytes: [UInt8] = []
    /// The logical line `bytes` was cut from, starting at `value[start]`: raw offsets for messages.
    private var logical = LogicalLine()
    private var start = 0
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

    /// Calls `body` with each logical line of `file`, joined and stripped of comments exactly
    /// as the requirements scanner reads them (`LogicalLine`, pip's `join_lines` and
    /// `COMMENT_RE`), until it returns false.
    static func forEach(in file: SourceFile, while body: (FreezeLine) -> Bool) {
        LogicalLine.forEach(in: file.bytes, from: file.contentStart, while: { body(FreezeLine($0)) })
    }

    /// The logical line with its comment cut and blanks trimmed.
    init(_ logical: LogicalLine) {
        let value = logical.value
        var lo = 0
        var hi = logical.commentOffset
        while lo < hi, Self.isBlank(value[lo]) { lo += 1 }
        while hi > lo, Self.isBlank(value[hi - 1]) { hi -= 1 }
        bytes = Array(value[lo..<hi])
        self.logical = logical
        start = lo
        end = hi > lo ? logical.rawOffset(hi - 1) + 1 : (logical.pieces.last?.upperBound ?? 0)
    }

    init() {}

    /// The raw offset of `bytes[index]`, or `end` past the last byte.
    func rawOffset(_ index: Int) -> Int {
        index < bytes.count ? logical.rawOffset(start + index) : end
    }

    static func isBlank(_ b: UInt8) -> Bool { RequirementText.isBlank(b) }
}
