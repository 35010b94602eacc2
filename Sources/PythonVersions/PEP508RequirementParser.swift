/// The recursive-descent reader behind `PEP508Requirement.parse`, one method per rule of
/// packaging 26.2's `_parser.py`:
///
///     requirement = WS? IDENTIFIER WS? extras WS? details END
///     details     = AT WS? URL (WS (';' marker)?)? | specifier WS? (';' marker)?
///     specifier   = '(' WS? clauses WS? ')' | clauses
///     clauses     = (SPECIFIER (WS? ',' WS? SPECIFIER)*)?   (a trailing ',' is allowed)
struct PEP508RequirementParser {
    var scanner: PEP508Scanner

    mutating func parse() throws(PEP508Error) -> PEP508Requirement {
        scanner.skipSpace()
        guard let nameRange = scanner.identifier() else {
            throw scanner.error("expected package name at the start of dependency specifier")
        }
        scanner.pos = nameRange.upperBound
        var requirement = PEP508Requirement(
            name: scanner.text(nameRange), nameRange: nameRange, extras: [], afterNameAndExtras: nameRange.upperBound,
            clauses: [], specifier: PEP440SpecifierSet([]), end: nameRange.upperBound
        )
        scanner.skipSpace()
        if scanner.current == UInt8(ascii: "[") {
            requirement.extras = try parseExtras()
            requirement.afterNameAndExtras = scanner.pos
            requirement.end = scanner.pos
        }
        scanner.skipSpace()
        if scanner.take("@") {
            scanner.skipSpace()
            let start = scanner.pos
            while scanner.pos < scanner.limit, scanner.current != 0x20, scanner.current != 0x09 { scanner.pos += 1 }
            guard scanner.pos > start else { throw scanner.error("expected URL after @") }
            requirement.urlRange = start..<scanner.pos
            requirement.url = scanner.text(start..<scanner.pos)
            requirement.end = scanner.pos
            scanner.skipSpace()
            if !scanner.atEnd {
                guard scanner.current == UInt8(ascii: ";") else {
                    throw scanner.error("expected ';' (after URL and whitespace) or end")
                }
                try parseMarker(into: &requirement)
            }
        } else {
            try parseSpecifier(into: &requirement)
            scanner.skipSpace()
            if !scanner.atEnd {
                guard scanner.current == UInt8(ascii: ";") else {
                    throw scanner.error(
                        requirement.clauses.isEmpty
                            ? "expected ';' (after name with no version specifier) or end"
                            : "expected ',' (within version specifier), ';' (after version specifier) or end"
                    )
                }
                try parseMarker(into: &requirement)
            }
        }
        scanner.skipSpace()
        guard scanner.atEnd else { throw scanner.error("expected end of dependency specifier") }
        return requirement
    }

    /// `'[' WS? (IDENTIFIER (WS? ',' WS? IDENTIFIER)*)? WS? ']'`
    private mutating func parseExtras() throws(PEP508Error) -> [String] {
        let open = scanner.pos
        scanner.pos += 1
        scanner.skipSpace()
        var extras: [String] = []
        if let first = scanner.identifier() {
            extras.append(scanner.text(first))
            scanner.pos = first.upperBound
            while true {
                scanner.skipSpace()
                if scanner.identifier() != nil { throw scanner.error("expected comma between extra names") }
                guard scanner.take(",") else { break }
                scanner.skipSpace()
                guard let next = scanner.identifier() else { throw scanner.error("expected extra name after comma") }
                extras.append(scanner.text(next))
                scanner.pos = next.upperBound
            }
        }
        scanner.skipSpace()
        guard scanner.take("]") else {
            throw scanner.error("expected ']' to close the '[' at offset \(open), after extras")
        }
        return extras
    }

    /// The clause list, optionally in parentheses; records each clause's range.
    private mutating func parseSpecifier(into requirement: inout PEP508Requirement) throws(PEP508Error) {
        let open = scanner.pos
        let parenthesized = scanner.take("(")
        if parenthesized { scanner.skipSpace() }
        // True where a clause may start: first, and after each comma.
        var expectingClause = true
        while let (spec, end) = PEP440Specifier.scan(scanner.bytes, from: scanner.pos, limit: scanner.limit) {
            let start = scanner.pos
            scanner.pos = end
            if scanner.current == UInt8(ascii: "."), scanner.byte(at: end + 1) == UInt8(ascii: "*") {
                throw scanner.error(
                    spec.op == .equal || spec.op == .notEqual
                        ? ".* suffix cannot be used with pre-release, post-release, dev or local versions"
                        : ".* suffix can only be used with `==` or `!=` operators",
                    at: start
                )
            }
            if scanner.current == UInt8(ascii: "+"), PEP440VersionParser.isAlnum(scanner.byte(at: end + 1)) {
                throw scanner.error("local version label can only be used with `==` or `!=` operators", at: start)
            }
            if spec.op == .arbitrary && spec.versionText.utf8.contains(UInt8(ascii: ",")) {
                requirement.clauses += try splitArbitrary(start..<end)
            } else {
                requirement.clauses.append(.init(range: start..<end, specifier: spec))
            }
            requirement.end = end
            scanner.skipSpace()
            expectingClause = scanner.take(",")
            guard expectingClause else { break }
            scanner.skipSpace()
        }
        if expectingClause, let (op, opEnd) = PEP440Specifier.scanOperator(scanner.bytes, at: scanner.pos, limit: scanner.limit) {
            var at = opEnd
            while case let n = PythonWhitespace.length(scanner.bytes, at: at, limit: scanner.limit), n > 0 { at += n }
            throw scanner.error("expected version after '\(op.rawValue)'", at: at)
        }
        requirement.specifier = PEP440SpecifierSet(requirement.clauses.map(\.specifier))
        if parenthesized {
            scanner.skipSpace()
            guard scanner.take(")") else {
                throw scanner.error("expected ')' to close the '(' at offset \(open), after version specifier")
            }
            requirement.parentheses = open..<scanner.pos
            requirement.end = scanner.pos
        }
    }

    /// packaging's `===` token runs through commas (`===1.0,>=2`), and `SpecifierSet` then
    /// splits it: each non-empty piece must be a specifier of its own.
    private func splitArbitrary(_ token: Range<Int>) throws(PEP508Error) -> [PEP508Requirement.Clause] {
        var clauses: [PEP508Requirement.Clause] = []
        var pieceStart = token.lowerBound
        for i in token.lowerBound...token.upperBound where i == token.upperBound || scanner.bytes[i] == UInt8(ascii: ",") {
            let piece = pieceStart..<i
            pieceStart = i + 1
            guard !piece.isEmpty else { continue }
            guard let spec = PEP440Specifier(scanner.text(piece)) else {
                throw scanner.error("invalid specifier '\(scanner.text(piece))'", at: piece.lowerBound)
            }
            clauses.append(.init(range: piece, specifier: spec))
        }
        return clauses
    }

    /// `';' marker WS?`, at a `;`.
    private mutating func parseMarker(into requirement: inout PEP508Requirement) throws(PEP508Error) {
        let semicolon = scanner.pos
        scanner.pos += 1
        switch PEP508Marker.parse(&scanner) {
        case .failure(let error): throw error
        case .success(let marker):
            var end = scanner.pos
            while end > semicolon + 1, scanner.bytes[end - 1] == 0x20 || scanner.bytes[end - 1] == 0x09 { end -= 1 }
            requirement.marker = marker.text
            requirement.normalizedMarker = marker.normalized
            requirement.markerRange = semicolon..<end
            requirement.end = end
        }
    }
}
