/// A TOML date-time, date or time, with its fields as written.
public struct TOMLDateTime: Sendable, Equatable {
    /// Which of TOML's four date-time types this is.
    public enum Kind: Sendable, Equatable {
        case offsetDateTime
        case localDateTime
        case localDate
        case localTime
    }

    public var kind: Kind
    public var year = 0
    public var month = 0
    public var day = 0
    public var hour = 0
    public var minute = 0
    public var second = 0
    /// The fractional-second digits as written (`"555"` for `.555`); empty when absent.
    public var fraction = ""
    /// Offset from UTC in minutes for an offset date-time (`Z` is 0).
    public var offsetMinutes: Int?
    /// The raw span of the value.
    public var rawRange: Range<Int>

    public init(kind: Kind, rawRange: Range<Int>) {
        self.kind = kind
        self.rawRange = rawRange
    }
}
