/// Words of Swift code: pound directives, identifiers, numbers and operators.
extension SwiftLexer {
    /// `#"raw"#`, `#if`, `#endif`, `#file`...
    mutating func lexPound() {
        let start = i
        var hashes = 0
        while byte(at: i) == UInt8(ascii: "#") {
            hashes += 1
            i += 1
        }
        if byte(at: i) == UInt8(ascii: "\"") {
            openString(start: start, hashes: hashes)
            return
        }
        if hashes > 1 {
            emit(.pound, start..<i)
            return
        }
        let nameStart = i
        skipIdentifierBody()
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        let directive: SwiftDirective? = switch name {
        case "if": .if
        case "elseif": .elseif
        case "else": .else
        case "endif": .endif
        default: nil
        }
        guard let directive else {
            emit(.pound, start..<i)
            return
        }
        if directive == .if || directive == .elseif {
            // The condition runs to the end of the line; keep it inside the directive token.
            while let c = byte(at: i), c != 0x0A, c != 0x0D,
                  !(c == UInt8(ascii: "/") && (byte(at: i + 1) == UInt8(ascii: "/") || byte(at: i + 1) == UInt8(ascii: "*"))) {
                i += 1
            }
            while i > nameStart, bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 { i -= 1 }
        }
        if isTopLevel {
            switch directive {
            case .if: directives.append(start)
            case .elseif, .else:
                if directives.isEmpty { report(start, "unexpected '#\(name)' with no '#if' before it") }
            case .endif:
                if directives.popLast() == nil { report(start, "unexpected '#endif' with no '#if' to close") }
            }
        }
        emit(.directive(directive), start..<i)
    }

    mutating func lexBacktickIdentifier() {
        let start = i
        i += 1
        while let c = byte(at: i), c != UInt8(ascii: "`"), c != 0x0A, c != 0x0D { i += 1 }
        if byte(at: i) == UInt8(ascii: "`") {
            i += 1
        } else {
            report(start, "expected '`' to end the identifier started at \(where_(start))")
        }
        emit(.identifier, start..<i)
    }

    /// `42`, `1_000`, `0x1F`, `1.5e-3`; a `.` belongs to the number only before a digit, so `1...2` splits.
    mutating func lexNumber() {
        let start = i
        let isHex = bytes[i] == UInt8(ascii: "0") && (byte(at: i + 1) == UInt8(ascii: "x") || byte(at: i + 1) == UInt8(ascii: "X"))
        i += 1
        while let c = byte(at: i) {
            if Self.isIdentifierBody(c) {
                i += 1
            } else if c == UInt8(ascii: "."), let d = byte(at: i + 1), d >= 0x30 && d <= 0x39 {
                i += 1
            } else if c == UInt8(ascii: "+") || c == UInt8(ascii: "-"), let p = byte(at: i - 1),
                      p == UInt8(ascii: "p") || p == UInt8(ascii: "P") || (!isHex && (p == UInt8(ascii: "e") || p == UInt8(ascii: "E"))) {
                i += 1
            } else {
                break
            }
        }
        emit(.number, start..<i)
    }

    /// A run of operator characters, stopping before a comment.
    mutating func lexOperator() {
        let start = i
        while let c = byte(at: i), Self.isOperator(c), c != UInt8(ascii: ".") {
            if c == UInt8(ascii: "/"), i > start, byte(at: i + 1) == UInt8(ascii: "/") || byte(at: i + 1) == UInt8(ascii: "*") { break }
            i += 1
        }
        emit(.operator, start..<i)
    }

    mutating func skipIdentifierBody() {
        while let c = byte(at: i), Self.isIdentifierBody(c) { i += 1 }
    }

    static func isIdentifierHead(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$") || c >= 0x80
    }

    static func isIdentifierBody(_ c: UInt8) -> Bool {
        isIdentifierHead(c) || (c >= 0x30 && c <= 0x39)
    }

    static func isOperator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"),
             UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as",
        "catch", "false", "is", "nil", "rethrows", "super", "self", "Self", "throw", "throws", "true", "try",
    ]
}
