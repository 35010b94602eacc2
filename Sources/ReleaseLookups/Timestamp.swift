/// A moment as seconds since 1970-01-01T00:00:00Z, read from RFC 3339 text: what PEP 700's
/// `upload-time` gives and what `--exclude-newer` takes.
///
///     2021-05-01                     -> the start of that day, UTC
///     2021-05-11T18:20:33.118017Z    -> that instant
///     2021-05-11T20:20:33+02:00      -> the same instant
///
/// A bare date is read as midnight UTC (uv reads it in the local time zone; ceiling has no time
/// zone database, and a run over many machines should mean one moment everywhere).
package struct Timestamp: Sendable, Comparable, Hashable, CustomStringConvertible {
    var seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` (`t`, `z` and a
    /// space for `T` accepted, as RFC 3339 allows); nil for anything else.
    package init?(_ text: String) {
        let b = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var n = 0
            for byte in b[start..<(start + count)] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                n = n * 10 + Int(byte - 0x30)
            }
            return n
        }
        guard let year = number(0, 4), b.count >= 10, b[4] == 0x2D, let month = number(5, 2), b[7] == 0x2D,
              let day = number(8, 2), (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        var total = Double(Self.daysFromCivil(year: year, month: month, day: day)) * 86_400
        if b.count == 10 {
            seconds = total
            return
        }
        guard [0x54, 0x74, 0x20].contains(b[10]), let hour = number(11, 2), b.count > 13, b[13] == 0x3A,
              let minute = number(14, 2), b.count > 16, b[16] == 0x3A, let second = number(17, 2),
              hour < 24, minute < 60, second <= 60 else { return nil }
        total += Double(hour * 3600 + minute * 60 + second)
        var i = 19
        if i < b.count, b[i] == 0x2E {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
                total += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            if i == start { return nil }
        }
        guard i < b.count else { return nil }
        if b[i] == 0x5A || b[i] == 0x7A {
            guard i + 1 == b.count else { return nil }
        } else if b[i] == 0x2B || b[i] == 0x2D {
            guard i + 6 == b.count, let offsetHours = number(i + 1, 2), b[i + 3] == 0x3A, let offsetMinutes = number(i + 4, 2) else { return nil }
            let offset = Double(offsetHours * 3600 + offsetMinutes * 60)
            total += b[i] == 0x2B ? -offset : offset
        } else {
            return nil
        }
        seconds = total
    }

    package static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    /// `2021-05-01T00:00:00Z` (whole seconds, UTC).
    package var description: String {
        let whole = Int(seconds.rounded(.down))
        let days = whole >= 0 ? whole / 86_400 : (whole - 86_399) / 86_400
        let rest = whole - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
