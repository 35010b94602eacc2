import SourceText

/// Walks the tokens of a setup.py, finds `setup(...)` calls and follows their requirement
/// arguments into Dependencies and Skips (see `SetupPyScanner`, and `SetupPyReader+Flow`).
struct SetupPyReader {
    let bytes: [UInt8]
    let tokens: [PythonToken]
    let closing: [Int: Int]
    let comments: [Range<Int>]
    /// What module-level code does to each name.
    var scope = PythonModuleScope()
    var result = ScanResult()
    /// List names already followed (each once, as a binding may refer to itself: `A = A + [...]`).
    var followedNames: Set<String> = []
    /// Dict names being expanded (a dict built from itself stops the recursion).
    var openDicts: Set<String> = []
    /// String tokens already read, and skips already made: a value reached twice counts once.
    var readStrings: Set<Int> = []
    var madeSkips: Set<String> = []

    init(file: SourceFile, tokenizer: PythonTokenizer) {
        bytes = file.bytes
        tokens = tokenizer.tokens
        closing = tokenizer.closing
        comments = tokenizer.comments
        scope = PythonModuleScope(self)
    }

    func text(_ k: Int) -> String { String(decoding: bytes[tokens[k].range], as: UTF8.self) }

    func isOp(_ k: Int, _ op: String) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .op && bytes[tokens[k].range].elementsEqual(op.utf8)
    }

    func isName(_ k: Int, _ name: String) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .name && bytes[tokens[k].range].elementsEqual(name.utf8)
    }

    /// Splits `range` at `separator` tokens outside nested brackets.
    func split(_ range: Range<Int>, on separator: String) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            if let close = closing[k] {
                k = close + 1
                continue
            }
            if isOp(k, separator) {
                parts.append(start..<k)
                start = k + 1
            }
            k += 1
        }
        if start < range.upperBound { parts.append(start..<range.upperBound) }
        return parts
    }

    /// Whether `separator` occurs in `range` outside nested brackets.
    func hasSeparator(_ range: Range<Int>, _ separator: String) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound {
            if isOp(k, separator) { return true }
            k = closing[k].map { $0 + 1 } ?? k + 1
        }
        return false
    }

    /// `range` without redundant parentheses around a single expression: `(("a"))` -> `"a"`.
    func unparenthesized(_ range: Range<Int>) -> Range<Int> {
        var r = range
        while r.count >= 3, isOp(r.lowerBound, "("), closing[r.lowerBound] == r.upperBound - 1 {
            let inner = (r.lowerBound + 1)..<(r.upperBound - 1)
            // `("a",)` is a tuple: only a comma-free group is mere parentheses.
            if split(inner, on: ",").count != 1 || hasSeparator(inner, ",") { break }
            r = inner
        }
        return r
    }

    /// A decoded requirement string: a Dependency unless it is empty, several lines or nameless.
    mutating func readRequirement(_ text: ScannedText, token: PythonToken, label: String) {
        let (name, nameStart) = RequirementText.leadingName(text.value[...])
        let at = text.value.isEmpty ? text.rawRange.lowerBound : text.rawRange(of: min(nameStart, text.value.count - 1)..<min(nameStart + 1, text.value.count)).lowerBound
        let isIgnored = hasIgnorePragma(after: token.range.upperBound)
        if text.value.contains(0x0A) || text.value.contains(0x0D) {
            return skip(at: at, "an entry of \(label) spans several lines; not edited", name: name,
                        isUnbounded: !isIgnored && ConstraintBound.isUnbounded(requirement: text.value))
        }
        if name.isEmpty {
            let blank = text.value.allSatisfy(RequirementText.isBlank)
            return skip(at: at, blank ? "an entry of \(label) is empty; not edited" : "an entry of \(label) is not a PEP 508 requirement; not edited")
        }
        result.dependencies.append(Dependency(name: name, offset: at, constraint: .pep508(text), isIgnored: isIgnored))
    }

    /// A short account of what an expression is, for Skip reasons: "computed (a call)".
    func describe(_ range: Range<Int>) -> String {
        var k = range.lowerBound
        var hasCall = false
        while k < range.upperBound {
            if isOp(k, "+") { return "computed (+ of lists)" }
            if isName(k, "for") { return "computed (a comprehension)" }
            if isName(k, "if") { return "computed (a conditional expression)" }
            if isOp(k, "("), k > range.lowerBound, tokens[k - 1].kind == .name || isOp(k - 1, ")") || isOp(k - 1, "]") { hasCall = true }
            k = closing[k].map { $0 + 1 } ?? k + 1
        }
        if hasCall { return "computed (a call)" }
        if range.count > 1, range.allSatisfy({ tokens[$0].isString }) { return "implicitly concatenated strings" }
        if range.count == 1, tokens[range.lowerBound].kind == .name { return "computed (a name)" }
        if range.count == 1, case .string(let literal) = tokens[range.lowerBound].kind {
            return literal.isFormatted ? "computed (an f-string)" : "a single string"
        }
        if isOp(range.lowerBound, "{") { return "a dict or set, not a list" }
        return "computed (an expression)"
    }

    /// Whether a `# ceiling: ignore` (or renovate/pyup) comment follows on the same line.
    func hasIgnorePragma(after offset: Int) -> Bool {
        var lo = 0
        var hi = comments.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if comments[mid].lowerBound < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < comments.count else { return false }
        let comment = comments[lo]
        if bytes[offset..<comment.lowerBound].contains(where: { $0 == 0x0A || $0 == 0x0D }) { return false }
        return RequirementText.hasIgnorePragma(bytes[comment])
    }

    /// A Skip at the start of token `token`.
    mutating func skip(_ token: Int, _ reason: String, isUnbounded: Bool = false, isWarning: Bool = false) {
        skip(at: tokens[token].range.lowerBound, reason, name: nil, isUnbounded: isUnbounded, isWarning: isWarning)
    }

    /// A Skip, once per place and reason however often the flow reaches it.
    mutating func skip(at offset: Int, _ reason: String, name: String? = nil, isUnbounded: Bool = false, isWarning: Bool = false) {
        guard madeSkips.insert("\(offset) \(reason)").inserted else { return }
        result.skips.append(Skip(offset: offset, name: name.flatMap { $0.isEmpty ? nil : $0 }, reason: reason,
                                 isUnbounded: isUnbounded, isWarning: isWarning))
    }

    /// The decoded text of a key written as one plain string literal (`"dev"`); nil otherwise.
    func stringKey(_ raw: Range<Int>) -> String? {
        let range = unparenthesized(raw)
        guard range.count == 1, case .string(let literal) = tokens[range.lowerBound].kind, !literal.isFormatted, !literal.isBytes,
              case .success(let decoded) = PythonStringDecoder.decode(literal, in: bytes) else { return nil }
        return decoded.string
    }
}
