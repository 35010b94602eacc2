/// An error in a manifest: the file is left untouched and reported as `path:line:col: error: message`.
///
/// A value, not a printed string: `offset` is turned into line:column only when the message is
/// shown, with `SourceFile.location(of:)` on the file that was read.
public struct Diagnostic: Error, Sendable, Equatable {
    /// Byte offset into the file's UTF-8 bytes (`SourceFile.bytes`, byte-order mark included)
    /// of the first byte that could not be read; from 0 up to the byte count (the end of file).
    public var offset: Int
    /// What was wrong there, in lowercase and without position (`duplicate key 'name'`).
    public var message: String

    /// A diagnostic at byte `offset` of the file it is about.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
