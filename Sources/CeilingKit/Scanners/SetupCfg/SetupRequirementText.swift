/// What setup.cfg and setup.py scanners need to know about one requirement string:
/// its leading PEP 508 name and whether a comment asks ceiling to leave it alone.
enum SetupRequirementText {
    /// The PEP 508 name at the start of `text` after leading blanks (letters, digits, `.`, `_`, `-`),
    /// with the offset in `text` where it starts.
    static func leadingName(_ text: ArraySlice<UInt8>) -> (name: String, start: Int) {
        var start = text.startIndex
        while start < text.endIndex, isBlank(text[start]) { start += 1 }
        var end = start
        while end < text.endIndex, isNameByte(text[end]) { end += 1 }
        return (String(decoding: text[start..<end], as: UTF8.self), start)
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == 0x2E || b == 0x5F || b == 0x2D
    }

    /// Space, tab, vertical tab, form feed, and the ASCII separators Python's `str.strip()` also removes.
    static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C || (b >= 0x1C && b <= 0x1F)
    }

    /// `# ceiling: ignore`, and the pragmas users already have for renovate and pyup.
    static func hasIgnorePragma(_ comment: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: comment, as: UTF8.self).lowercased()
        return text.contains("ceiling: ignore") || text.contains("renovate: ignore") || text.contains("pyup: ignore")
    }

    /// Marker variables (PEP 508 and the legacy dotted spellings): a `;`-split chunk that starts
    /// with one of these was meant as a marker, not as a second requirement.
    static let markerVariables: Set<String> = [
        "python_version", "python_full_version", "os_name", "sys_platform", "platform_release",
        "platform_system", "platform_version", "platform_machine", "platform_python_implementation",
        "implementation_name", "implementation_version", "extra", "os.name", "sys.platform",
        "platform.version", "platform.machine", "platform.python_implementation", "python_implementation",
    ]
}
