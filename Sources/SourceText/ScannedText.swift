/// The decoded value of a span of source, with the way back to the raw bytes.
///
/// A string literal with escapes (`"a\u0062"`), or a requirement joined over a
/// backslash continuation, decodes to text whose offsets differ from the file's.
/// Scanners record, for every decoded byte, where it came from, so an edit
/// planned on the decoded text lands on the right raw bytes.
///
/// Two kinds of offset meet here: *decoded* offsets index `value` (0 is its first byte);
/// *raw* offsets are byte offsets into the file the text was scanned from (`SourceFile.bytes`).
/// Scanners build these; a reader only asks for them (`TOMLString.text`).
public struct ScannedText: Sendable, Equatable {
    /// The decoded text, as UTF-8 bytes (escapes resolved, continuations joined).
    public let value: [UInt8]
    /// The raw span the value was decoded from, as byte offsets into the file: a string's
    /// content without its quotes (`"a\u0062"` gives the 7 bytes between the quotes).
    public let rawRange: Range<Int>
    /// Raw start and end of each decoded byte; `nil` when the raw bytes are the value.
    private let rawStarts: [Int]?
    private let rawEnds: [Int]?

    /// Text whose raw bytes are exactly its value: `bytes[range]`, with `range` in byte offsets.
    package init(verbatim range: Range<Int>, in bytes: [UInt8]) {
        self.value = Array(bytes[range])
        self.rawRange = range
        self.rawStarts = nil
        self.rawEnds = nil
    }

    /// Text decoded piece by piece: decoded byte `i` came from raw bytes `rawStarts[i]..<rawEnds[i]`
    /// (so the three arrays have one entry per byte of `value`).
    package init(value: [UInt8], rawRange: Range<Int>, rawStarts: [Int], rawEnds: [Int]) {
        precondition(value.count == rawStarts.count && value.count == rawEnds.count)
        self.value = value
        self.rawRange = rawRange
        let identity = rawRange.count == value.count
            && rawStarts.enumerated().allSatisfy { $0.element == rawRange.lowerBound + $0.offset }
        self.rawStarts = identity ? nil : rawStarts
        self.rawEnds = identity ? nil : rawEnds
    }

    /// The decoded text as a `String` (invalid UTF-8, which a scanner never decodes to, would be repaired).
    public var string: String { String(decoding: value, as: UTF8.self) }

    /// Whether the raw bytes are exactly the value (no escapes, no continuations).
    public var isVerbatim: Bool { rawStarts == nil }

    /// The raw offset (into the file's bytes) at which text inserted after decoded byte
    /// `offset - 1` goes: right after that byte's raw form, so insertions stick to what precedes
    /// them. `offset` is a decoded offset, 0 through `value.count`; 0 gives the start of the raw
    /// content, and anything past the end gives `rawRange.upperBound`.
    public func rawInsertionPoint(at offset: Int) -> Int {
        guard let rawStarts, let rawEnds else { return rawRange.lowerBound + offset }
        if offset <= 0 { return rawStarts.first ?? rawRange.lowerBound }
        if offset > rawEnds.count { return rawRange.upperBound }
        return rawEnds[offset - 1]
    }

    /// The raw range (byte offsets into the file) covering decoded bytes `range`, escapes and
    /// continuations included: replacing it replaces exactly those decoded bytes. An empty
    /// `range` gives the empty range at `rawInsertionPoint(at:)`. `range` must lie within `value`.
    public func rawRange(of range: Range<Int>) -> Range<Int> {
        guard let rawStarts, let rawEnds else {
            return (rawRange.lowerBound + range.lowerBound)..<(rawRange.lowerBound + range.upperBound)
        }
        if range.isEmpty {
            let p = rawInsertionPoint(at: range.lowerBound)
            return p..<p
        }
        return rawStarts[range.lowerBound]..<rawEnds[range.upperBound - 1]
    }

    /// Whether decoded bytes `range` (decoded offsets, within `value`) appear verbatim in the raw
    /// text (no escape or continuation inside them), so they can be replaced byte for byte.
    public func isVerbatim(_ range: Range<Int>) -> Bool {
        guard let rawStarts, let rawEnds else { return true }
        for i in range where rawEnds[i] - rawStarts[i] != 1 || (i > range.lowerBound && rawStarts[i] != rawEnds[i - 1]) {
            return false
        }
        return true
    }
}
