import SourceText

/// Decodes the content of a Python string literal exactly as Python does, recording for each
/// decoded UTF-8 byte the raw bytes it came from.
///
///     "a\x3e=1"    -> a>=1     (`>` maps to the four raw bytes `\x3e`)
///     "a\
///     b"           -> ab       (backslash-newline vanishes)
///     r"a\d"       -> a\d      (raw: verbatim)
///
/// Line breaks inside the literal (CR, CRLF) decode to `\n`, as Python's tokenizer normalizes them.
enum PythonStringDecoder {
    /// Why a literal cannot be decoded (Python would reject it, or it holds no UTF-8 text).
    struct Failure: Error, Equatable {
        var offset: Int
        var message: String
    }

    static func decode(_ literal: PythonStringToken, in bytes: [UInt8]) -> Result<ScannedText, Failure> {
        let content = literal.content
        var value: [UInt8] = []
        var starts: [Int] = []
        var ends: [Int] = []
        value.reserveCapacity(content.count)
        func emit(_ scalar: UInt32, _ raw: Range<Int>) -> Bool {
            guard let s = Unicode.Scalar(scalar) else { return false }
            for unit in String(Character(s)).utf8 {
                value.append(unit)
                starts.append(raw.lowerBound)
                ends.append(raw.upperBound)
            }
            return true
        }
        func emitByte(_ b: UInt8, _ raw: Range<Int>) {
            value.append(b)
            starts.append(raw.lowerBound)
            ends.append(raw.upperBound)
        }
        var i = content.lowerBound
        let end = content.upperBound
        while i < end {
            let b = bytes[i]
            if b == 0x0D {
                let next = (i + 1 < end && bytes[i + 1] == 0x0A) ? i + 2 : i + 1
                emitByte(0x0A, i..<next)
                i = next
                continue
            }
            guard b == UInt8(ascii: "\\"), !literal.isRaw, i + 1 < end else {
                emitByte(b, i..<(i + 1))
                i += 1
                continue
            }
            let c = bytes[i + 1]
            let start = i
            switch c {
            case 0x0A:
                i += 2
            case 0x0D:
                i += (i + 2 < end && bytes[i + 2] == 0x0A) ? 3 : 2
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                emitByte(c, i..<(i + 2)); i += 2
            case UInt8(ascii: "a"): emitByte(0x07, i..<(i + 2)); i += 2
            case UInt8(ascii: "b"): emitByte(0x08, i..<(i + 2)); i += 2
            case UInt8(ascii: "f"): emitByte(0x0C, i..<(i + 2)); i += 2
            case UInt8(ascii: "n"): emitByte(0x0A, i..<(i + 2)); i += 2
            case UInt8(ascii: "r"): emitByte(0x0D, i..<(i + 2)); i += 2
            case UInt8(ascii: "t"): emitByte(0x09, i..<(i + 2)); i += 2
            case UInt8(ascii: "v"): emitByte(0x0B, i..<(i + 2)); i += 2
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var j = i + 1
                var code: UInt32 = 0
                while j < end, j < i + 4, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "7") {
                    code = code * 8 + UInt32(bytes[j] - UInt8(ascii: "0"))
                    j += 1
                }
                if literal.isBytes { emitByte(UInt8(truncatingIfNeeded: code), start..<j) } else { _ = emit(code, start..<j) }
                i = j
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                if literal.isBytes, c != UInt8(ascii: "x") {
                    // `\u` means nothing in bytes: kept as written.
                    emitByte(b, i..<(i + 1))
                    i += 1
                    continue
                }
                let digits = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
                guard i + 2 + digits <= end, let code = hexValue(bytes[(i + 2)..<(i + 2 + digits)]) else {
                    return .failure(Failure(offset: start, message: "a truncated \\\(Character(Unicode.Scalar(c))) escape"))
                }
                if literal.isBytes {
                    emitByte(UInt8(truncatingIfNeeded: code), start..<(i + 2 + digits))
                } else if !emit(code, start..<(i + 2 + digits)) {
                    return .failure(Failure(offset: start, message: "an escape that is not a Unicode scalar"))
                }
                i += 2 + digits
            case UInt8(ascii: "N") where !literal.isBytes:
                guard i + 2 < end, bytes[i + 2] == UInt8(ascii: "{"),
                      let close = bytes[(i + 3)..<end].firstIndex(of: UInt8(ascii: "}")),
                      let code = UnicodeNames.scalar(named: String(decoding: bytes[(i + 3)..<close], as: UTF8.self)) else {
                    return .failure(Failure(offset: start, message: "an unknown \\N{...} character name"))
                }
                _ = emit(code, start..<(close + 1))
                i = close + 1
            default:
                // An unknown escape keeps its backslash (Python warns but accepts it).
                emitByte(b, i..<(i + 1))
                i += 1
            }
        }
        if !literal.isBytes, !String(decoding: value, as: UTF8.self).utf8.elementsEqual(value) {
            return .failure(Failure(offset: content.lowerBound, message: "text that is not valid UTF-8"))
        }
        return .success(ScannedText(value: value, rawRange: content, rawStarts: starts, rawEnds: ends))
    }

    /// The value of exactly these hex digits, or nil if one is not a hex digit.
    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var code: UInt32 = 0
        for d in digits {
            let v: UInt8
            switch d {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = d - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = d - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = d - UInt8(ascii: "A") + 10
            default: return nil
            }
            code = code &* 16 &+ UInt32(v)
        }
        return code
    }
}
