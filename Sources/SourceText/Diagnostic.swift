/// An error in a manifest: the file is left untouched and reported as `path:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
