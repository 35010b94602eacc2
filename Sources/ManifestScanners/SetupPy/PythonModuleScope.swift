/// What the module-level code of a setup.py does to each name, flow-insensitive: every
/// binding and every in-place change anywhere outside `def` and `class` bodies counts, since
/// each may reach `setup()` (the reading of ../shared/tools/setup_flow.py, which the judge uses).
///
///     REQS = ["a>=1"]                  binds   REQS -> ["a>=1"]
///     REQS += ["b>=1"]                 adds    REQS -> ["b>=1"]
///     REQS.extend(["c"])               adds    REQS -> ["c"]
///     REQS.append("d")                 elements REQS -> "d"
///     EXTRAS["dev"] = ["pytest"]       items   EXTRAS -> ("dev", ["pytest"])
///     EXTRAS.update({"doc": ["sphinx"]})  updates EXTRAS -> {"doc": ["sphinx"]}
///     EXTRAS.update(doc=["sphinx"])    items   EXTRAS -> ("doc", ["sphinx"])
///
/// Values are token ranges into the reader's tokens. Statements nested in `if`, `try`, `for`,
/// `with` blocks count (also on the header's line: `if x: REQS.append("e")`).
struct PythonModuleScope {
    /// A dict key: a plain string key, or nil when it is anything else (Python's `"?"`).
    typealias Key = String?

    private(set) var binds: [String: [Range<Int>]] = [:]
    private(set) var adds: [String: [Range<Int>]] = [:]
    private(set) var elements: [String: [Range<Int>]] = [:]
    private(set) var items: [String: [(key: Key, value: Range<Int>)]] = [:]
    private(set) var updates: [String: [Range<Int>]] = [:]
    /// Names bound by `def`, `class`, `import`, `for`, `as` (a builtin such as `dict` may be shadowed).
    private(set) var otherBindings: Set<String> = []
    /// Names an `import` statement binds (for messages: "imported, not followed").
    private(set) var importedNames: Set<String> = []

    private static let compoundHeads: Set<String> = ["if", "elif", "else", "for", "while", "try", "except", "finally", "with", "async"]

    /// A scope that knows nothing (before the reader is ready).
    init() {}

    /// One pass over the module's statements; `reader` gives token text and bracket partners.
    init(_ reader: borrowing SetupPyReader) {
        let tokens = reader.tokens
        var k = 0
        // Statements indented deeper than a `def`/`class` line belong to its body: skipped.
        var bodyIndent: Int?
        while k < tokens.count {
            let start = k
            var end = k + 1
            while end < tokens.count, !tokens[end].startsStatement, tokens[start].kind != .newline { end += 1 }
            k = end
            guard tokens[start].kind != .newline else { continue }
            if let indent = bodyIndent {
                if tokens[start].indent > indent { continue }
                bodyIndent = nil
            }
            var statement = start..<end
            while let last = statement.last, tokens[last].kind == .newline || reader.isOp(last, ";") {
                statement = statement.lowerBound..<last
            }
            if Self.startsDefinition(statement, reader) {
                if let name = Self.definedName(statement, reader) { otherBindings.insert(name) }
                bodyIndent = tokens[start].indent
                continue
            }
            read(statement, reader)
        }
    }

    /// Whether `name` is bound anywhere in module code.
    func isBound(_ name: String) -> Bool {
        binds[name] != nil || otherBindings.contains(name)
    }

    /// Why a name cannot be followed, for a warning: "imported", or not bound at module level.
    func unfollowable(_ name: String) -> String {
        importedNames.contains(name) ? "\(name), which is imported" : "\(name), a name this file does not bind at module level"
    }

    /// Whether the module does anything with `name` that a lookup can follow.
    func owns(_ name: String) -> Bool {
        binds[name] != nil || adds[name] != nil || elements[name] != nil || items[name] != nil || updates[name] != nil
    }

    private static func startsDefinition(_ statement: Range<Int>, _ reader: borrowing SetupPyReader) -> Bool {
        var k = statement.lowerBound
        if reader.isOp(k, "@") { return true }
        if reader.isName(k, "async") { k += 1 }
        return reader.isName(k, "def") || reader.isName(k, "class")
    }

    private static func definedName(_ statement: Range<Int>, _ reader: borrowing SetupPyReader) -> String? {
        var k = statement.lowerBound
        if reader.isName(k, "async") { k += 1 }
        guard reader.isName(k, "def") || reader.isName(k, "class"), k + 1 < statement.upperBound,
              reader.tokens[k + 1].kind == .name else { return nil }
        return reader.text(k + 1)
    }

    /// One simple statement, or a compound header with the statement on its line.
    private mutating func read(_ statement: Range<Int>, _ reader: borrowing SetupPyReader) {
        guard let first = statement.first else { return }
        recordCalls(statement, reader)
        if reader.tokens[first].kind == .name, Self.compoundHeads.contains(reader.text(first)) {
            if reader.isName(first, "for") { recordForTargets(statement, reader) }
            // `if x: REQS.append("e")`: the text after the header's colon is a statement too.
            var k = first
            while k < statement.upperBound {
                if reader.isOp(k, ":") { return readSimple((k + 1)..<statement.upperBound, reader) }
                k = reader.closing[k].map { $0 + 1 } ?? k + 1
            }
            return
        }
        if reader.isName(first, "import") || reader.isName(first, "from") {
            for j in statement where reader.tokens[j].kind == .name && !reader.isOp(j - 1, ".") {
                otherBindings.insert(reader.text(j))
                importedNames.insert(reader.text(j))
            }
            return
        }
        readSimple(statement, reader)
    }

    /// `for NAME in ...:` binds NAME (only a shadowing concern).
    private mutating func recordForTargets(_ statement: Range<Int>, _ reader: borrowing SetupPyReader) {
        var k = statement.lowerBound + 1
        while k < statement.upperBound, !reader.isName(k, "in") {
            if reader.tokens[k].kind == .name { otherBindings.insert(reader.text(k)) }
            k += 1
        }
    }

    /// `T = V`, `A = B = V`, `T: ann = V`, `NAME += V`, `NAME[key] = V` (`;` already split off).
    private mutating func readSimple(_ statement: Range<Int>, _ reader: borrowing SetupPyReader) {
        guard !statement.isEmpty else { return }
        if let first = statement.first, reader.tokens[first].kind == .name, Self.compoundHeads.contains(reader.text(first)) {
            return read(statement, reader)
        }
        var equals: [Int] = []
        var augmented: Int?
        var k = statement.lowerBound
        while k < statement.upperBound {
            switch reader.tokens[k].kind {
            case .op:
                if reader.isOp(k, "=") { equals.append(k) }
                if equals.isEmpty, augmented == nil, reader.isOp(k, "+=") { augmented = k }
                if let close = reader.closing[k] {
                    k = close + 1
                    continue
                }
            case .name:
                if reader.isName(k, "lambda") { k = statement.upperBound }
            default: break
            }
            k += 1
        }
        if let plus = augmented, equals.isEmpty {
            let target = statement.lowerBound..<plus
            if target.count == 1, reader.tokens[target.lowerBound].kind == .name {
                adds[reader.text(target.lowerBound), default: []].append((plus + 1)..<statement.upperBound)
            }
            return
        }
        guard let last = equals.last else { return }
        let value = (last + 1)..<statement.upperBound
        var targetStart = statement.lowerBound
        for equal in equals {
            recordTarget(targetStart..<equal, value: value, reader)
            targetStart = equal + 1
        }
    }

    private mutating func recordTarget(_ target: Range<Int>, value: Range<Int>, _ reader: borrowing SetupPyReader) {
        guard let first = target.first, reader.tokens[first].kind == .name else { return }
        let name = reader.text(first)
        // `NAME: annotation = value`
        if target.count == 1 || reader.isOp(first + 1, ":") {
            binds[name, default: []].append(value)
            return
        }
        // `NAME[key] = value`
        if reader.isOp(first + 1, "["), reader.closing[first + 1] == target.upperBound - 1 {
            items[name, default: []].append((reader.stringKey((first + 2)..<(target.upperBound - 1)), value))
        }
    }

    /// `NAME.append(x)`, `NAME.extend(x)`, `NAME.update(...)` anywhere in the statement.
    private mutating func recordCalls(_ statement: Range<Int>, _ reader: borrowing SetupPyReader) {
        var k = statement.lowerBound
        while k + 3 < statement.upperBound {
            defer { k += 1 }
            guard reader.tokens[k].kind == .name else { continue }
            if reader.isName(k, "lambda") { return }
            guard !reader.isOp(k - 1, "."), reader.isOp(k + 1, "."),
                  reader.tokens[k + 2].kind == .name, reader.isOp(k + 3, "("), let close = reader.closing[k + 3] else { continue }
            let name = reader.text(k)
            let arguments = reader.split((k + 4)..<close, on: ",").filter { !$0.isEmpty }
            switch reader.text(k + 2) {
            case "append":
                if let argument = arguments.first { elements[name, default: []].append(argument) }
            case "extend":
                if let argument = arguments.first { adds[name, default: []].append(argument) }
            case "update":
                for argument in arguments {
                    if let first = argument.first, argument.count >= 3, reader.tokens[first].kind == .name, reader.isOp(first + 1, "=") {
                        items[name, default: []].append((reader.text(first), (first + 2)..<argument.upperBound))
                    } else if !reader.isOp(argument.lowerBound, "**") {
                        updates[name, default: []].append(argument)
                    }
                }
            default: break
            }
        }
    }
}
