/// What every Python scanner needs of one requirement's text: its leading PEP 508
/// name, and whether a comment asks ceiling to leave it alone.
enum RequirementText {
    /// `A-Za-z0-9._-`: the bytes of a PEP 508 name.
    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == 0x2E || b == 0x5F || b == 0x2D
    }

    /// Space, tab, vertical tab, form feed, and the ASCII separators Python's `str.strip()` also removes.
    static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C || (b >= 0x1C && b <= 0x1F)
    }

    /// The PEP 508 name at the start of `text` after leading blanks, with the offset where it starts.
    static func leadingName(_ text: ArraySlice<UInt8>) -> (name: String, start: Int) {
        var start = text.startIndex
        while start < text.endIndex, isBlank(text[start]) { start += 1 }
        var end = start
        while end < text.endIndex, isNameByte(text[end]) { end += 1 }
        return (String(decoding: text[start..<end], as: UTF8.self), start)
    }

    /// `# ceiling: ignore`, and the pragmas users already have, `# renovate: ignore` and
    /// `# pyup: ignore` (with or without the space), anywhere in a comment's text.
    static func hasIgnorePragma(_ comment: some Sequence<UInt8>) -> Bool {
        let text = String(decoding: Array(comment), as: UTF8.self).lowercased()
        return ["ceiling", "renovate", "pyup"].contains { tool in
            text.contains("\(tool): ignore") || text.contains("\(tool):ignore")
        }
    }
}
