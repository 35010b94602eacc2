/// Why a requirement, marker or constraint could not be read: the byte offset where reading
/// stopped and what was expected there (`expected version after '>='`).
public struct PEP508Error: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(offset): \(message)" }
}
