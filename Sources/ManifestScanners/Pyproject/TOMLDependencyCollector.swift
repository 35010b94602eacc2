import TOMLSpans

/// Accumulates what a TOML manifest scanner finds: dependencies from strings,
/// skips for entries it will not cap, and ignore pragmas read from the bytes.
package struct TOMLDependencyCollector {
    let bytes: [UInt8]
    package var result = ScanResult()
    /// The last pragma look-up: a later string on the same line shares its answer, which keeps
    /// a 100,000-element single-line array linear.
    private var lastLookup: (start: Int, lineEnd: Int, isIgnored: Bool)?

    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// One PEP 508 requirement string (`flask[async]>=2; python_version>"3.8"`).
    mutating func addPEP508(_ value: TOMLValue, where place: String) {
        guard case .string(let s) = value else {
            // PEP 735 `{include-group = "..."}` entries and other non-strings name no package.
            if case .table(let t) = value, t["include-group"] != nil { return }
            result.skips.append(Skip(offset: Self.offset(of: value), name: nil, reason: "entry in \(place) is not a string"))
            return
        }
        guard let (name, nameStart) = Self.leadingName(s.text.value) else {
            result.skips.append(Skip(offset: s.offset, name: nil, reason: "not a PEP 508 requirement: \(s.value)"))
            return
        }
        let offset = nameStart < s.text.value.count ? s.text.rawRange(of: nameStart..<(nameStart + 1)).lowerBound : s.offset
        let isIgnored = hasIgnorePragma(after: s.endOffset)
        result.dependencies.append(Dependency(name: name, offset: offset, constraint: .pep508(s.text), isIgnored: isIgnored))
    }

    /// Every element of an array of PEP 508 strings; anything else is a skip.
    package mutating func addPEP508Array(_ value: TOMLValue?, where place: String) {
        guard let value else { return }
        guard case .array(let array) = value else {
            result.skips.append(Skip(offset: Self.offset(of: value), name: nil, reason: "\(place) is not an array"))
            return
        }
        for element in array.elements { addPEP508(element, where: place) }
    }

    /// A table whose every value is an array of PEP 508 strings (extras, groups).
    mutating func addPEP508Groups(_ value: TOMLValue?, where place: String) {
        guard let value else { return }
        guard case .table(let table) = value else {
            result.skips.append(Skip(offset: Self.offset(of: value), name: nil, reason: "\(place) is not a table"))
            return
        }
        for entry in table.entries { addPEP508Array(entry.value, where: "\(place).\(entry.key)") }
    }

    /// The PEP 508 name at the start of `text` (after spaces) and its decoded offset; nil if there is none.
    package static func leadingName(_ text: [UInt8]) -> (String, Int)? {
        var start = 0
        while start < text.count, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
        // PEP 508 names start with a letter or digit: `-e ./path` and `../wheel` name nothing.
        guard start < text.count, RequirementText.isNameByte(text[start]), text[start] >= 0x30,
              text[start] != UInt8(ascii: "_") else { return nil }
        var end = start
        while end < text.count, RequirementText.isNameByte(text[end]) { end += 1 }
        return (String(decoding: text[start..<end], as: UTF8.self), start)
    }

    /// Where a value starts, for skips.
    package static func offset(of value: TOMLValue) -> Int {
        switch value {
        case .string(let s): return s.offset
        case .array(let a): return a.offset
        case .table(let t): return t.offset
        case .datetime(let d): return d.rawRange.lowerBound
        case .integer, .float, .boolean: return 0
        }
    }

    /// Whether the rest of the line after `end` carries `# ceiling: ignore` (or renovate/pyup).
    ///
    /// `"a>=1", # ceiling: ignore` and `b = { version = "^1" } # ceiling: ignore` both count;
    /// quoted text on the way is stepped over so a `#` inside a string is not a comment.
    mutating func hasIgnorePragma(after end: Int) -> Bool {
        if let last = lastLookup, end >= last.start, end <= last.lineEnd { return last.isIgnored }
        var lineEnd = end
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        let isIgnored = scanForPragma(from: end, to: lineEnd)
        lastLookup = (end, lineEnd, isIgnored)
        return isIgnored
    }

    /// The first comment between `start` and `lineEnd` (stepping over quoted text) and whether it is a pragma.
    private func scanForPragma(from start: Int, to lineEnd: Int) -> Bool {
        var i = start
        while i < lineEnd {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                i += 1
                while i < lineEnd, bytes[i] != b {
                    if b == UInt8(ascii: "\""), bytes[i] == UInt8(ascii: "\\") { i += 1 }
                    i += 1
                }
                i += 1
                continue
            }
            if b == UInt8(ascii: "#") {
                return RequirementText.hasIgnorePragma(bytes[(i + 1)..<lineEnd])
            }
            i += 1
        }
        return false
    }
}
