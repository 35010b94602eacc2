/// Walks the tokens of a setup.py, finds `setup(...)` calls and reads their requirement
/// arguments into Dependencies and Skips (see `SetupPyScanner`).
struct SetupPyReader {
    let bytes: [UInt8]
    let tokens: [PythonToken]
    let closing: [Int: Int]
    let comments: [Range<Int>]
    let bindings: PythonBindings
    var result = ScanResult()

    init(file: SourceFile, tokenizer: PythonTokenizer) {
        bytes = file.bytes
        tokens = tokenizer.tokens
        closing = tokenizer.closing
        comments = tokenizer.comments
        bindings = PythonBindings(tokens: tokens, bytes: bytes)
    }

    func text(_ k: Int) -> String { String(decoding: bytes[tokens[k].range], as: UTF8.self) }

    func isOp(_ k: Int, _ op: String) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .op && bytes[tokens[k].range].elementsEqual(op.utf8)
    }

    func isName(_ k: Int, _ name: String) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .name && bytes[tokens[k].range].elementsEqual(name.utf8)
    }

    /// Every `setup(` that is a call (not `def setup(`), and its keyword arguments.
    mutating func readSetupCalls() {
        for k in tokens.indices where isName(k, "setup") && isOp(k + 1, "(") && !isName(k - 1, "def") {
            guard let close = closing[k + 1] else { continue }
            for argument in split(k + 2..<close, on: ",") where argument.count >= 2 {
                let first = argument.lowerBound
                if isOp(first, "**") {
                    readUnpackedArguments((first + 1)..<argument.upperBound)
                    continue
                }
                guard tokens[first].kind == .name, isOp(first + 1, "="), SetupPyScanner.keys.contains(text(first)) else { continue }
                let key = text(first)
                readValue((first + 2)..<argument.upperBound, label: key, allowsDict: key == "extras_require", followsNames: true)
            }
        }
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

    /// Reads the value of a requirement argument (or of a dict entry, when `label` names one).
    mutating func readValue(_ raw: Range<Int>, label: String, allowsDict: Bool, followsNames: Bool, allowsString: Bool = false) {
        let range = unparenthesized(raw)
        guard let first = range.first else { return }
        let whole = closing[first] == range.upperBound - 1
        if range.count == 1, tokens[first].kind == .name {
            guard followsNames else { return skip(first, "\(label) is \(describe(range)); not edited") }
            switch bindings.lookup(text(first)) {
            case .value(let value):
                return readValue(value, label: label, allowsDict: allowsDict, followsNames: false, allowsString: allowsString)
            case .unusable(let why):
                return skip(first, "\(label) is \(why) (\(text(first))); not edited")
            }
        }
        if whole, isOp(first, "[") || isOp(first, "(") {
            let inner = (first + 1)..<(range.upperBound - 1)
            if inner.contains(where: { isName($0, "for") && tokens[$0].depth == tokens[first].depth + 1 }) {
                return skip(first, "\(label) is computed (a comprehension); not edited")
            }
            for element in split(inner, on: ",") { readElement(element, label: label) }
            return
        }
        if allowsDict, let dict = DictForm(range, in: self) {
            return readDict(dict, label: label)
        }
        if allowsString, range.allSatisfy({ tokens[$0].isString }) {
            return readElement(range, label: label)
        }
        skip(first, "\(label) is \(describe(range)); not edited")
    }

    /// One entry of a requirement list: a single string literal, or a Skip.
    mutating func readElement(_ raw: Range<Int>, label: String) {
        let range = unparenthesized(raw)
        guard let first = range.first else { return }
        guard range.count == 1, case .string(let literal) = tokens[first].kind else {
            if range.allSatisfy({ tokens[$0].isString }) {
                return skip(first, "an entry of \(label) is implicitly concatenated strings; not edited")
            }
            if isOp(first, "*") { return skip(first, "an entry of \(label) unpacks another list; not edited") }
            return skip(first, "an entry of \(label) is \(describe(range)); not edited")
        }
        if literal.isFormatted { return skip(first, "an entry of \(label) is an f-string; not edited") }
        if literal.isBytes { return skip(first, "an entry of \(label) is a bytes literal; not edited") }
        switch PythonStringDecoder.decode(literal, in: bytes) {
        case .failure(let failure):
            skip(at: failure.offset, "an entry of \(label) has \(failure.message); not edited")
        case .success(let text):
            readRequirement(text, token: tokens[first], label: label)
        }
    }

    /// A decoded requirement string: a Dependency unless it is empty, several lines or nameless.
    mutating func readRequirement(_ text: ScannedText, token: PythonToken, label: String) {
        let (name, nameStart) = RequirementText.leadingName(text.value[...])
        let at = text.value.isEmpty ? text.rawRange.lowerBound : text.rawRange(of: min(nameStart, text.value.count - 1)..<min(nameStart + 1, text.value.count)).lowerBound
        if text.value.contains(0x0A) || text.value.contains(0x0D) {
            return skip(at: at, "an entry of \(label) spans several lines; not edited", name: name)
        }
        if name.isEmpty {
            let blank = text.value.allSatisfy(RequirementText.isBlank)
            return skip(at: at, blank ? "an entry of \(label) is empty; not edited" : "an entry of \(label) is not a PEP 508 requirement; not edited")
        }
        result.dependencies.append(Dependency(name: name, offset: at, constraint: .pep508(text),
                                              isIgnored: hasIgnorePragma(after: token.range.upperBound)))
    }

    /// `{"key": [...], **more}` or `dict(key=[...])`: every value read as a requirement list (or a single string).
    mutating func readDict(_ dict: DictForm, label: String) {
        if dict.inner.contains(where: { isName($0, "for") && tokens[$0].depth == tokens[dict.open].depth + 1 }) {
            return skip(dict.open, "\(label) is computed (a comprehension); not edited")
        }
        for entry in dict.entries(in: self) {
            switch entry {
            case .pair(let key, let value):
                readValue(value, label: "\(label)[\((key ?? "…").debugDescription)]", allowsDict: false, followsNames: true, allowsString: true)
            case .unpacked(let at):
                skip(at, "an entry of \(label) unpacks another dict; not edited")
            case .other(let at):
                skip(at, "an entry of \(label) is not `key: value`; not edited")
            }
        }
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
    mutating func skip(_ token: Int, _ reason: String) {
        skip(at: tokens[token].range.lowerBound, reason, name: nil)
    }

    mutating func skip(at offset: Int, _ reason: String, name: String? = nil) {
        result.skips.append(Skip(offset: offset, name: name.flatMap { $0.isEmpty ? nil : $0 }, reason: reason))
    }
}
