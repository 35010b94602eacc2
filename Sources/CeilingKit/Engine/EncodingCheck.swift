/// Refuses files ceiling must not edit: binary files and text that is not UTF-8.
enum EncodingCheck {
    struct Problem {
        var offset: Int
        var message: String
    }

    /// The first problem in `bytes`, or `nil` for valid UTF-8 text without NUL bytes.
    static func problem(in bytes: [UInt8]) -> Problem? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { return Problem(offset: i, message: "binary file (NUL byte); not edited") }
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return invalid(at: i)
            }
            guard i + length <= n else { return invalid(at: i) }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return invalid(at: i) }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return invalid(at: i) }
            i += length
        }
        return nil
    }

    private static func invalid(at offset: Int) -> Problem {
        Problem(offset: offset, message: "not valid UTF-8 text; not edited")
    }
}
