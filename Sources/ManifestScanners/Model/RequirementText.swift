/// What every Python scanner needs of one requirement's text: its leading PEP 508
/// name, and whether a comment asks ceiling to leave it alone.
package enum RequirementText {
    /// `A-Za-z0-9._-`: the bytes of a PEP 508 name.
    package static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == 0x2E || b == 0x5F || b == 0x2D
    }

    /// Space, tab, vertical tab, form feed, and the ASCII separators Python's `str.strip()` also removes.
    package static func isBlank(_ b: UInt8) -> Bool {
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
    /// `# pyup: ignore` (with or without the space, any case), anywhere in a comment's text.
    static func hasIgnorePragma(_ comment: some Sequence<UInt8>) -> Bool {
        // Byte-level, as it runs on every commented requirement: find each `ignore`,
        // then look back over `:` and an optional space for one of the tool names.
        let text = comment.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let ignore = Array("ignore".utf8)
        var i = 0
        while i + ignore.count <= text.count {
            if text[i] == ignore[0], text[i..<(i + ignore.count)].elementsEqual(ignore) {
                var j = i
                if j > 0, text[j - 1] == 0x20 { j -= 1 }
                if j > 0, text[j - 1] == UInt8(ascii: ":") {
                    let before = text[..<(j - 1)]
                    if before.hasSuffix("ceiling") || before.hasSuffix("renovate") || before.hasSuffix("pyup") { return true }
                }
            }
            i += 1
        }
        return false
    }
}

private extension ArraySlice<UInt8> {
    func hasSuffix(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return count >= bytes.count && self[(endIndex - bytes.count)...].elementsEqual(bytes)
    }
}
