/// Strict UTF-8 validation (no overlong forms, surrogates, or scalars past U+10FFFF).
package enum UTF8Check {
    /// The byte offset into `bytes` of the first byte that starts an invalid sequence (a
    /// truncated sequence at the end included), or nil if all is valid.
    package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            var i = 0
            let n = buffer.count
            while i < n {
                // Eight ASCII bytes at a time: manifests and lock files are nearly all ASCII.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                let second = buffer[i + 1]
                guard second >= low, second <= high else { return i }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }
}
