import SourceText

extension TOMLParser {
    /// Checks one value exactly as `parseValue` reads it, building nothing: for the keys a
    /// reader does not keep (`keptKeys`), so a lock file is still refused when it is not TOML.
    mutating func skipValue(parentDepth: Int) throws(Diagnostic) {
        let depth = parentDepth + 1
        if depth > TOMLTree.maxDepth {
            throw Diagnostic(offset: pos, message: "nesting deeper than \(TOMLTree.maxDepth) levels")
        }
        switch peek() {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            try skipString()
        case UInt8(ascii: "["):
            try skipArray(depth: depth)
        case UInt8(ascii: "{"):
            try skipInlineTable(depth: depth)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try parseBoolean()
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "i"), UInt8(ascii: "n"):
            _ = try parseNumberOrDate()
        default:
            throw expected("a value")
        }
    }

    /// `[ v, v, ]`, as `parseArray` reads it.
    mutating func skipArray(depth: Int) throws(Diagnostic) {
        pos += 1
        while true {
            try skipBlank()
            if peek() == UInt8(ascii: "]") { pos += 1; return }
            try skipValue(parentDepth: depth)
            try skipBlank()
            switch peek() {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"): pos += 1; return
            default: throw expected("',' or ']' in array")
            }
        }
    }

    /// `{ k = v, ... }`, as `parseInlineTable` reads it, duplicate keys included.
    mutating func skipInlineTable(depth: Int) throws(Diagnostic) {
        let open = pos
        pos += 1
        skipSpaces()
        if peek() == UInt8(ascii: "}") { pos += 1; return }
        let base = skippedKeys.count
        defer { skippedKeys.removeSubrange(base...) }
        while true {
            skipSpaces()
            let key = try parseKeySegment()
            guard peek() != UInt8(ascii: ".") else {
                // Dotted keys bring the tree's rules on implicit tables: read this table the
                // full way (its nodes stay unattached, so the document does not show them).
                pos = open
                _ = try parseInlineTable(parentDepth: depth - 1)
                return
            }
            if skippedKeys[base...].contains(key.name) {
                throw Diagnostic(offset: key.offset, message: "duplicate key '\(key.name)'")
            }
            skippedKeys.append(key.name)
            if peek() != UInt8(ascii: "=") { throw expected("'=' after key in inline table") }
            pos += 1
            skipSpaces()
            try skipValue(parentDepth: depth)
            if try endOfInlineTableEntry() { return }
        }
    }
}
