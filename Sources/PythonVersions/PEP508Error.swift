/// Why a requirement, marker or constraint could not be read: the byte offset where reading
/// stopped and what was expected there (`expected version after '>='`).
///
/// The failure of `PEP508Requirement.parse`, `PEP508Marker.parse` and `PoetryConstraint.parse`;
/// printed as `offset: message`.
public struct PEP508Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset into the UTF-8 given to `parse` (the whole array, not the start of its
    /// `range`) where reading stopped; 0 when `range` lies outside the bytes.
    public var offset: Int
    /// What was expected at `offset`, without position, as packaging words it where it can
    /// (`expected package name at the start of dependency specifier`).
    public var message: String

    /// An error at byte `offset` of the parsed text.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "\(offset): \(message)" }
}
