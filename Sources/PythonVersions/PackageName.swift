/// Python package names as the package index compares them (PEP 503 "Normalized Names").
///
/// `Foo_Bar`, `foo.bar` and `FOO--bar` are one project: `foo-bar`.
public enum PackageName {
    /// PEP 503: lowercase, runs of `-`, `_`, `.` become one `-`.
    ///
    /// Called for every dependency and every lock entry, so ASCII names (nearly all)
    /// take a byte-level path; anything else is lowercased the Unicode way.
    public static func normalize(_ name: String) -> String {
        // Most names are written normalized already (`flask`, `typing-extensions`): keep them, unbuilt.
        if isNormalized(name) { return name }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for b in name.utf8 {
            if b >= 0x80 { return normalizeUnicode(name) }
            if b == 0x2D || b == 0x5F || b == 0x2E {
                pendingDash = true
                continue
            }
            if pendingDash, !bytes.isEmpty { bytes.append(0x2D) }
            pendingDash = false
            bytes.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `normalize` would give `name` back unchanged: ASCII without capitals, `_` or `.`,
    /// and each `-` alone between two other bytes.
    private static func isNormalized(_ name: String) -> Bool {
        guard !name.isEmpty else { return true }
        var previous: UInt8 = 0x2D  // as if after a `-`: a leading `-` is dropped
        for b in name.utf8 {
            if b >= 0x80 || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b == 0x2E { return false }
            if b == 0x2D, previous == 0x2D { return false }
            previous = b
        }
        return previous != 0x2D  // a trailing `-` is dropped
    }

    private static func normalizeUnicode(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == "." {
                pendingDash = true
                continue
            }
            if pendingDash, !out.isEmpty { out.append("-") }
            pendingDash = false
            out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        return out
    }
}
