/// A TOML date-time, date or time, with its fields as written (TOML 1.0 "Offset Date-Time",
/// "Local Date-Time", "Local Date", "Local Time"; RFC 3339 syntax). Fields a kind lacks are 0
/// (a local time has no year); values are checked for range (month 1–12, day within the
/// month, hour < 24, second ≤ 60) but not converted to any calendar or time zone.
public struct TOMLDateTime: Sendable, Equatable {
    /// Which of TOML's four date-time types this is.
    public enum Kind: Sendable, Equatable {
        case offsetDateTime
        case localDateTime
        case localDate
        case localTime
    }

    /// Which fields are present: dates have year, month, day; times hour, minute, second.
    public var kind: Kind
    /// The year, 0–9999 as written; 0 for a local time.
    public var year = 0
    /// The month, 1–12; 0 for a local time.
    public var month = 0
    /// The day of the month, from 1; 0 for a local time.
    public var day = 0
    /// The hour, 0–23; 0 for a local date.
    public var hour = 0
    /// The minute, 0–59; 0 for a local date.
    public var minute = 0
    /// The second, 0–60 (60 for a leap second); 0 for a local date.
    public var second = 0
    /// The fractional-second digits as written (`"555"` for `.555`); empty when absent.
    public var fraction = ""
    /// Offset from UTC in minutes for an offset date-time (`Z` is 0, `-05:30` is -330); nil for the local kinds.
    public var offsetMinutes: Int?
    /// Byte offsets of the value as written in the file, first digit through last.
    public var rawRange: Range<Int>

    /// An empty value of `kind`; the parser fills the fields.
    init(kind: Kind, rawRange: Range<Int>) {
        self.kind = kind
        self.rawRange = rawRange
    }
}
