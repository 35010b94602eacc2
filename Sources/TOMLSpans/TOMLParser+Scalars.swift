import SourceText

extension TOMLParser {
    /// Bytes that can appear in a number or date-time token.
    static func isScalarByte(_ b: UInt8) -> Bool {
        isBareKeyByte(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// An integer, float, or date/time: the token is read whole, then classified.
    mutating func parseNumberOrDate() throws(Diagnostic) -> TOMLValue {
        let start = pos
        while pos < bytes.count, Self.isScalarByte(bytes[pos]) { pos += 1 }
        // `1979-05-27 07:32:00`: a space may separate date and time.
        if pos - start == 10, bytes[start + 4] == UInt8(ascii: "-"), peek() == 0x20,
           Self.isDigit(peek(1)), Self.isDigit(peek(2)), peek(3) == UInt8(ascii: ":") {
            pos += 1
            while pos < bytes.count, Self.isScalarByte(bytes[pos]) { pos += 1 }
        }
        if let n = plainInteger(start..<pos) { return .integer(n) }
        let token = Array(bytes[start..<pos])
        if token.count >= 10, token[4] == UInt8(ascii: "-"), token[0..<4].allSatisfy(Self.isDigit) {
            return .datetime(try Self.parseDateTime(token, at: start))
        }
        if token.count >= 3, token[2] == UInt8(ascii: ":"), Self.isDigit(token[0]) {
            var dt = TOMLDateTime(kind: .localTime, rawRange: start..<pos)
            guard try Self.parseTime(token[...], into: &dt, at: start) == token.count else {
                throw Diagnostic(offset: start, message: "invalid local time: expected HH:MM:SS[.fraction]")
            }
            return .datetime(dt)
        }
        return try Self.parseNumber(token, at: start)
    }

    /// The value of a token of up to 18 plain decimal digits without a leading zero (`12345`),
    /// the usual number in a lock file, read without the general path's copies; else nil.
    func plainInteger(_ range: Range<Int>) -> Int64? {
        guard !range.isEmpty, range.count <= 18, bytes[range.lowerBound] != UInt8(ascii: "0") || range.count == 1 else { return nil }
        var n: Int64 = 0
        for i in range {
            let b = bytes[i]
            guard Self.isDigit(b) else { return nil }
            n = n * 10 + Int64(b - 0x30)
        }
        return n
    }

    /// Digits with single underscores between them; nil when empty or badly placed.
    static func digits(_ token: ArraySlice<UInt8>, hex: Bool = false) -> [UInt8]? {
        var out: [UInt8] = []
        var previousWasDigit = false
        for b in token {
            if b == UInt8(ascii: "_") {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
            } else if isDigit(b) || (hex && hexValue(b) != nil) {
                out.append(b)
                previousWasDigit = true
            } else {
                return nil
            }
        }
        return previousWasDigit ? out : nil
    }

    /// Integers (decimal, `0x`, `0o`, `0b`, underscores) and floats (fraction, exponent, inf, nan).
    static func parseNumber(_ token: [UInt8], at offset: Int) throws(Diagnostic) -> TOMLValue {
        func invalid(_ why: String) -> Diagnostic { Diagnostic(offset: offset, message: "invalid number '\(String(decoding: token, as: UTF8.self))': \(why)") }
        let text = String(decoding: token, as: UTF8.self)
        switch text {
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        var body = token[...]
        var isNegative = false
        if let first = body.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            isNegative = first == UInt8(ascii: "-")
            body = body.dropFirst()
        }
        if body.count > 2, body.first == UInt8(ascii: "0"), let radixByte = body.dropFirst().first,
           let radix = [UInt8(ascii: "x"): 16, UInt8(ascii: "o"): 8, UInt8(ascii: "b"): 2][radixByte] {
            guard body.count == token.count else { throw invalid("a prefixed integer cannot have a sign") }
            guard let ds = digits(body.dropFirst(2), hex: true) else { throw invalid("expected digits with single underscores between them") }
            var value: Int64 = 0
            for d in ds {
                guard let v = hexValue(d), Int(v) < radix else { throw invalid("digit out of range for base \(radix)") }
                let (m, o1) = value.multipliedReportingOverflow(by: Int64(radix))
                let (a, o2) = m.addingReportingOverflow(Int64(v))
                if o1 || o2 { throw invalid("does not fit in 64 bits") }
                value = a
            }
            return .integer(value)
        }
        // Decimal: integer part, then optional fraction and exponent.
        var i = body.startIndex
        while i < body.endIndex, isDigit(body[i]) || body[i] == UInt8(ascii: "_") { i += 1 }
        guard let intDigits = digits(body[body.startIndex..<i]) else { throw invalid("expected digits with single underscores between them") }
        if intDigits.count > 1 && intDigits[0] == UInt8(ascii: "0") { throw invalid("leading zeros are not allowed") }
        var cleaned = isNegative ? [UInt8(ascii: "-")] : []
        cleaned += intDigits
        var isFloat = false
        if i < body.endIndex, body[i] == UInt8(ascii: ".") {
            isFloat = true
            var j = i + 1
            while j < body.endIndex, isDigit(body[j]) || body[j] == UInt8(ascii: "_") { j += 1 }
            guard let fraction = digits(body[(i + 1)..<j]) else { throw invalid("expected digits after '.'") }
            cleaned += [UInt8(ascii: ".")] + fraction
            i = j
        }
        if i < body.endIndex, body[i] == UInt8(ascii: "e") || body[i] == UInt8(ascii: "E") {
            isFloat = true
            var j = i + 1
            cleaned.append(UInt8(ascii: "e"))
            if j < body.endIndex, body[j] == UInt8(ascii: "+") || body[j] == UInt8(ascii: "-") {
                cleaned.append(body[j])
                j += 1
            }
            guard let exponent = digits(body[j..<body.endIndex]) else { throw invalid("expected exponent digits") }
            cleaned += exponent
            i = body.endIndex
        }
        guard i == body.endIndex else { throw invalid("unexpected \(String(decoding: body[i...], as: UTF8.self))") }
        let cleanedText = String(decoding: cleaned, as: UTF8.self)
        if isFloat {
            guard let d = Double(cleanedText) else { throw invalid("not a float") }
            return .float(d)
        }
        guard let n = Int64(cleanedText) else { throw invalid("does not fit in 64 bits") }
        return .integer(n)
    }

    /// A number of exactly `count` digits at `index`, or nil.
    static func fixedDigits(_ token: ArraySlice<UInt8>, _ index: Int, _ count: Int) -> Int? {
        guard index + count <= token.endIndex else { return nil }
        var n = 0
        for b in token[index..<index + count] {
            guard isDigit(b) else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// `HH:MM:SS[.fraction]` at the start of `token`; returns the index after it.
    static func parseTime(_ token: ArraySlice<UInt8>, into dt: inout TOMLDateTime, at offset: Int) throws(Diagnostic) -> Int {
        let s = token.startIndex
        guard let h = fixedDigits(token, s, 2), token.count > 2, token[s + 2] == UInt8(ascii: ":"),
              let m = fixedDigits(token, s + 3, 2), token.count > 5, token[s + 5] == UInt8(ascii: ":"),
              let sec = fixedDigits(token, s + 6, 2) else {
            throw Diagnostic(offset: offset, message: "invalid time: expected HH:MM:SS")
        }
        guard h < 24, m < 60, sec <= 60 else { throw Diagnostic(offset: offset, message: "time out of range") }
        dt.hour = h; dt.minute = m; dt.second = sec
        var i = s + 8
        if i < token.endIndex, token[i] == UInt8(ascii: ".") {
            var j = i + 1
            while j < token.endIndex, isDigit(token[j]) { j += 1 }
            guard j > i + 1 else { throw Diagnostic(offset: offset, message: "invalid time: expected digits after '.'") }
            dt.fraction = String(decoding: token[(i + 1)..<j], as: UTF8.self)
            i = j
        }
        return i
    }

    /// `YYYY-MM-DD`, optionally followed by `T`/space, a time and an offset.
    static func parseDateTime(_ token: [UInt8], at offset: Int) throws(Diagnostic) -> TOMLDateTime {
        let t = token[...]
        var dt = TOMLDateTime(kind: .localDate, rawRange: offset..<(offset + token.count))
        guard let y = fixedDigits(t, 0, 4), let mo = fixedDigits(t, 5, 2), t.count >= 10, t[7] == UInt8(ascii: "-"),
              let d = fixedDigits(t, 8, 2) else {
            throw Diagnostic(offset: offset, message: "invalid date: expected YYYY-MM-DD")
        }
        let isLeap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let monthDays = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard mo >= 1, mo <= 12, d >= 1, d <= monthDays[mo - 1] else {
            throw Diagnostic(offset: offset, message: "date out of range")
        }
        dt.year = y; dt.month = mo; dt.day = d
        if token.count == 10 { return dt }
        let separator = token[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20 else {
            throw Diagnostic(offset: offset, message: "invalid date-time: expected 'T' or a space after the date")
        }
        var i = try parseTime(t[11...], into: &dt, at: offset)
        dt.kind = .localDateTime
        if i == token.count { return dt }
        dt.kind = .offsetDateTime
        if token[i] == UInt8(ascii: "Z") || token[i] == UInt8(ascii: "z") {
            dt.offsetMinutes = 0
            i += 1
        } else if token[i] == UInt8(ascii: "+") || token[i] == UInt8(ascii: "-"),
                  let oh = fixedDigits(t, i + 1, 2), i + 3 < token.count, token[i + 3] == UInt8(ascii: ":"),
                  let om = fixedDigits(t, i + 4, 2), oh < 24, om < 60 {
            dt.offsetMinutes = (oh * 60 + om) * (token[i] == UInt8(ascii: "-") ? -1 : 1)
            i += 6
        }
        guard i == token.count else {
            throw Diagnostic(offset: offset, message: "invalid date-time: expected 'Z' or an offset like +01:00")
        }
        return dt
    }
}
