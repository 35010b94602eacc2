/// One change to a manifest: replace the bytes in `range` with `replacement`.
///
/// An insertion is an edit with an empty range. Edits are plain values; only
/// `Splicer` applies them, so bytes outside their ranges cannot change.
public struct Edit: Sendable, Equatable, Hashable {
    /// Byte offsets into the original file's bytes (`SourceFile.bytes`) that are replaced;
    /// empty for an insertion before byte `range.lowerBound`.
    public var range: Range<Int>
    /// The UTF-8 bytes written in place of `range`; empty for a deletion.
    public var replacement: [UInt8]

    /// Replaces the bytes at `range` (byte offsets into the original file) with `replacement`.
    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    /// Replaces the bytes at `range` (byte offsets into the original file) with the UTF-8 of `replacement`.
    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }

    /// Inserts the UTF-8 of `text` before the byte at `offset` (an empty range `offset..<offset`);
    /// `offset` may be the byte count, to append.
    public static func insert(_ text: String, at offset: Int) -> Edit {
        Edit(range: offset..<offset, replacement: Array(text.utf8))
    }
}
