import SourceText

extension TOMLParser {
    /// Any value; returns its arena node. Nesting is bounded by `TOMLTree.maxDepth`,
    /// so the recursion through arrays and inline tables cannot overflow.
    mutating func parseValue(parentDepth: Int) throws(Diagnostic) -> Int {
        let start = pos
        let value: TOMLValue
        switch peek() {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            value = .string(try parseString(allowMultiline: true))
        case UInt8(ascii: "["):
            return try parseArray(parentDepth: parentDepth)
        case UInt8(ascii: "{"):
            return try parseInlineTable(parentDepth: parentDepth)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            value = .boolean(try parseBoolean())
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "i"), UInt8(ascii: "n"):
            value = try parseNumberOrDate()
        default:
            throw expected("a value")
        }
        return try tree.makeNode(.scalar(value), offset: start, parentDepth: parentDepth)
    }

    /// `true` or `false`, followed by something that ends a value.
    mutating func parseBoolean() throws(Diagnostic) -> Bool {
        for (word, result) in [("true", true), ("false", false)] {
            var matched = 0
            for b in word.utf8 {
                guard peek(matched) == b else { break }
                matched += 1
            }
            if matched == word.utf8.count, !Self.isBareKeyByte(peek(matched)) {
                pos += matched
                return result
            }
        }
        throw expected("a value (true, false, a number, a string, an array or an inline table)")
    }

    /// `[ v, v, ]` with newlines, comments and a trailing comma allowed.
    mutating func parseArray(parentDepth: Int) throws(Diagnostic) -> Int {
        let array = try tree.makeNode(.staticArray, offset: pos, parentDepth: parentDepth)
        let depth = tree.depth(array)
        pos += 1
        while true {
            try skipBlank()
            if peek() == UInt8(ascii: "]") { pos += 1; return array }
            let element = try parseValue(parentDepth: depth)
            tree.appendElement(element, to: array)
            try skipBlank()
            switch peek() {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"): pos += 1; return array
            default: throw expected("',' or ']' in array")
            }
        }
    }

    /// `{ k = v, a.b = w }` on one line, without a trailing comma (TOML 1.0).
    mutating func parseInlineTable(parentDepth: Int) throws(Diagnostic) -> Int {
        let table = try tree.makeNode(.table(.dotted), offset: pos, parentDepth: parentDepth)
        let depth = tree.depth(table)
        pos += 1
        skipSpaces()
        if peek() == UInt8(ascii: "}") {
            pos += 1
            tree.seal(table)
            return table
        }
        while true {
            skipSpaces()
            let path = try parseKey()
            if peek() != UInt8(ascii: "=") { throw expected("'=' after key in inline table") }
            pos += 1
            skipSpaces()
            let value = try parseValue(parentDepth: depth + path.count - 1)
            try tree.insert(value, at: path, in: table)
            if try endOfInlineTableEntry() {
                tree.seal(table)
                return table
            }
        }
    }

    /// After an inline table's value: `,` before the next entry, or `}`; returns whether the table closed.
    mutating func endOfInlineTableEntry() throws(Diagnostic) -> Bool {
        skipSpaces()
        switch peek() {
        case UInt8(ascii: ","):
            pos += 1
            skipSpaces()
            if peek() == UInt8(ascii: "}") { throw Diagnostic(offset: pos, message: "trailing comma in inline table (not allowed in TOML 1.0)") }
            return false
        case UInt8(ascii: "}"):
            pos += 1
            return true
        default:
            throw expected("',' or '}' in inline table")
        }
    }
}
