/// One change to a manifest: replace the bytes in `range` with `replacement`.
///
/// An insertion is an edit with an empty range. Edits are plain values; only
/// `Splicer` applies them, so bytes outside their ranges cannot change.
public struct Edit: Sendable, Equatable, Hashable {
    public var range: Range<Int>
    public var replacement: [UInt8]

    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }

    public static func insert(_ text: String, at offset: Int) -> Edit {
        Edit(range: offset..<offset, replacement: Array(text.utf8))
    }
}
