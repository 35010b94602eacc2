/// Refuses files ceiling must not edit: binary files and text that is not UTF-8.
enum EncodingCheck {
    struct Problem {
        var offset: Int
        var message: String
    }

    /// The first problem in `bytes`, or `nil` for valid UTF-8 text without NUL bytes.
    static func problem(in bytes: [UInt8]) -> Problem? {
        if let nul = bytes.firstIndex(of: 0) {
            return Problem(offset: nul, message: "binary file (NUL byte); not edited")
        }
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            return Problem(offset: bad, message: "not valid UTF-8 text; not edited")
        }
        return nil
    }
}
