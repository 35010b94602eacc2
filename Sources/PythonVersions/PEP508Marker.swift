/// A PEP 508 environment marker (`python_version >= "3.8" and extra == "test"`), checked against
/// packaging 26.2's marker grammar and rendered in packaging's normalized `str()` form.
/// Markers are validated, not evaluated.
public struct PEP508Marker: Sendable, Equatable {
    /// The marker as written, trimmed of surrounding spaces and tabs.
    public var text: String
    /// packaging's `str(Marker(...))`: single spaces, double quotes, `os.name` spelled `os_name`,
    /// extra names canonicalized; two markers are equal when these are equal.
    public var normalized: String

    /// Deep nesting is an error rather than a stack overflow.
    static let maxDepth = 100

    /// Parses a whole marker (PEP 508 `marker`, with packaging 26.2's variables and operators):
    /// `bytes[range]` (all of `bytes` by default; byte offsets) must hold the marker and nothing
    /// else, spaces and tabs around it aside. Fails with the byte offset into `bytes` where
    /// reading stopped: an unknown variable, a missing operator or `)`, text left over, or
    /// nesting deeper than 100 parentheses.
    public static func parse(_ bytes: [UInt8], in range: Range<Int>? = nil) -> Result<PEP508Marker, PEP508Error> {
        let range = range ?? 0..<bytes.count
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            return .failure(PEP508Error(offset: 0, message: "range outside the text"))
        }
        var scanner = PEP508Scanner(bytes, range: range)
        switch parse(&scanner) {
        case .failure(let error): return .failure(error)
        case .success(let marker):
            guard scanner.atEnd else { return .failure(scanner.error("expected end of marker expression")) }
            return .success(marker)
        }
    }

    /// `parse(_:in:)` for a marker held in a string (`python_version >= "3.8"`); error offsets
    /// are UTF-8 byte offsets into `text`.
    public static func parse(_ text: String) -> Result<PEP508Marker, PEP508Error> {
        parse(Array(text.utf8))
    }

    /// Reads `marker WS?` at the scanner's position (packaging's `_parse_marker`).
    static func parse(_ scanner: inout PEP508Scanner) -> Result<PEP508Marker, PEP508Error> {
        scanner.skipSpace()
        let start = scanner.pos
        do {
            let list = try parseList(&scanner, depth: 0)
            var end = scanner.pos
            while end > start, scanner.bytes[end - 1] == 0x20 || scanner.bytes[end - 1] == 0x09 { end -= 1 }
            return .success(PEP508Marker(text: scanner.text(start..<end), normalized: list.formatted(first: true)))
        } catch {
            return .failure(error)
        }
    }

    /// A parsed `atom (and|or atom)*` list, mirroring packaging's nested-list representation.
    indirect enum Element {
        case item(String)
        case list([Element])
        case boolOp(String)

        /// packaging's `_format_marker`: a one-element list prints its element bare; nested lists get parentheses.
        func formatted(first: Bool) -> String {
            switch self {
            case .item(let s), .boolOp(let s): return s
            case .list(let elements):
                if elements.count == 1, let only = elements.first {
                    switch only {
                    case .item, .list: return only.formatted(first: true)
                    case .boolOp: break
                    }
                }
                let inner = elements.map { $0.formatted(first: false) }.joined(separator: " ")
                return first ? inner : "(" + inner + ")"
            }
        }
    }

    private static func parseList(_ s: inout PEP508Scanner, depth: Int) throws(PEP508Error) -> Element {
        guard depth < maxDepth else { throw s.error("marker nested more than \(maxDepth) levels deep") }
        var elements = [try parseAtom(&s, depth: depth)]
        while true {
            guard let end = s.word("and") ?? s.word("or") else { break }
            elements.append(.boolOp(s.text(s.pos..<end)))
            s.pos = end
            elements.append(try parseAtom(&s, depth: depth))
        }
        return .list(elements)
    }

    /// `WS? ( '(' WS? marker WS? ')' | item ) WS?`
    private static func parseAtom(_ s: inout PEP508Scanner, depth: Int) throws(PEP508Error) -> Element {
        s.skipSpace()
        let atom: Element
        if s.current == UInt8(ascii: "(") {
            let open = s.pos
            s.pos += 1
            s.skipSpace()
            atom = try parseList(&s, depth: depth + 1)
            s.skipSpace()
            guard s.take(")") else {
                throw s.error("expected ')' to close the '(' at offset \(open) in the marker")
            }
        } else {
            atom = try parseItem(&s, normalizesExtra: depth == 0)
        }
        s.skipSpace()
        return atom
    }

    /// `var WS? op WS? var`, normalized to `lhs op rhs`, with top-level `extra` values canonicalized.
    private static func parseItem(_ s: inout PEP508Scanner, normalizesExtra: Bool) throws(PEP508Error) -> Element {
        s.skipSpace()
        var lhs = try parseVariable(&s)
        s.skipSpace()
        let op = try parseOperator(&s)
        s.skipSpace()
        var rhs = try parseVariable(&s)
        // packaging canonicalizes the other side of `extra` (even a variable), but only in
        // items outside parentheses.
        if normalizesExtra {
            if case .variable("extra") = lhs {
                rhs = .value(canonicalName(rhs.raw))
            } else if case .variable("extra") = rhs {
                lhs = .value(canonicalName(lhs.raw))
            }
        }
        return .item("\(lhs.serialized) \(op) \(rhs.serialized)")
    }

    private enum Operand {
        case variable(String)
        case value(String)

        var raw: String {
            switch self {
            case .variable(let s), .value(let s): s
            }
        }

        var serialized: String {
            switch self {
            case .variable(let name): name
            case .value(let v): "\"" + v + "\""
            }
        }
    }

    /// Marker variable names in packaging's alternation order; dotted spellings are accepted.
    private static let variables = [
        "python_version", "python_full_version", "os_name", "os.name", "sys_platform", "sys.platform",
        "platform_release", "platform_system", "platform_version", "platform.version", "platform_machine",
        "platform.machine", "platform_python_implementation", "platform.python_implementation",
        "python_implementation", "implementation_name", "implementation_version", "extras", "extra",
        "dependency_groups",
    ]

    private static func parseVariable(_ s: inout PEP508Scanner) throws(PEP508Error) -> Operand {
        let quote = s.current
        if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") {
            var end = s.pos + 1
            while end < s.limit, s.bytes[end] != quote { end += 1 }
            if end < s.limit {
                let value = s.text((s.pos + 1)..<end)
                s.pos = end + 1
                return .value(value)
            }
        }
        for name in variables {
            if let end = s.word(name) {
                s.pos = end
                var normalized = name.replacingDots()
                if normalized == "python_implementation" { normalized = "platform_python_implementation" }
                return .variable(normalized)
            }
        }
        throw s.error("expected a marker variable or quoted string")
    }

    /// `in | not WS in | === | == | ~= | != | <= | >= | < | >`
    private static func parseOperator(_ s: inout PEP508Scanner) throws(PEP508Error) -> String {
        if let end = s.word("in") {
            s.pos = end
            return "in"
        }
        if let end = s.word("not") {
            s.pos = end
            guard s.skipSpace() else { throw s.error("expected whitespace after 'not'") }
            guard let inEnd = s.word("in") else { throw s.error("expected 'in' after 'not'") }
            s.pos = inEnd
            return "not in"
        }
        for op in ["===", "==", "~=", "!=", "<=", ">=", "<", ">"] {
            let o = Array(op.utf8)
            if s.pos + o.count <= s.limit, Array(s.bytes[s.pos..<(s.pos + o.count)]) == o {
                s.pos += o.count
                return op
            }
        }
        throw s.error("expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in")
    }

    /// PEP 503 name normalization: lowercase, runs of `-_.` become one `-`.
    static func canonicalName(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for c in name.lowercased() {
            if c == "-" || c == "_" || c == "." {
                pendingDash = true
            } else {
                if pendingDash { out.append("-") }
                pendingDash = false
                out.append(c)
            }
        }
        if pendingDash { out.append("-") }
        return out
    }
}

extension String {
    /// `os.name` → `os_name`.
    fileprivate func replacingDots() -> String {
        String(map { $0 == "." ? "_" : $0 })
    }
}
