/// Which names a Python module binds, how often, and to what: enough to follow
/// `install_requires=REQUIRES` back to `REQUIRES = [...]` only when that is the whole story.
///
/// A name counts as usable only when it is bound exactly once, by a plain `NAME = value`
/// statement at module level (indentation 0), and is never changed in place (`+=`,
/// `.append(...)`, `del`, `NAME[i] = ...`). Every other binding form (`for`, `import`, `as`,
/// `def`, tuple targets, walrus, annotated assignments) is counted, so doubt means "not usable".
struct PythonBindings {
    /// What a name is bound to, as far as a scanner may rely on it.
    enum Lookup: Equatable {
        /// Token range of the value of the single module-level `NAME = value`.
        case value(Range<Int>)
        /// Not usable, with the reason (for a Skip).
        case unusable(String)
    }

    private var counts: [String: Int] = [:]
    private var values: [String: Range<Int>] = [:]
    private var mutated: Set<String> = []

    private static let mutators: Set<String> = ["append", "extend", "insert", "remove", "pop", "clear", "update",
                                                "setdefault", "sort", "reverse", "__setitem__", "__iadd__"]
    private static let augmented: Set<String> = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@="]
    private static let bindsNext: Set<String> = ["as", "def", "class", "global", "nonlocal", "del"]

    /// One linear pass over `tokens` (each token is looked at a bounded number of times).
    init(tokens: [PythonToken], bytes: [UInt8]) {
        func text(_ k: Int) -> String { String(decoding: bytes[tokens[k].range], as: UTF8.self) }
        func isName(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .name }
        var segmentStart = 0
        var bindingUntilIn = false
        var bindingUntilEnd = false
        for k in tokens.indices {
            let token = tokens[k]
            if token.startsStatement {
                segmentStart = k
                bindingUntilEnd = false
            }
            if token.kind == .newline { bindingUntilIn = false; bindingUntilEnd = false; continue }
            let t = token.kind == .name || token.kind == .op ? text(k) : ""
            if token.kind == .name {
                if bindingUntilIn, t == "in" { bindingUntilIn = false; continue }
                if bindingUntilIn || bindingUntilEnd { counts[t, default: 0] += 1 }
                if t == "for" { bindingUntilIn = true }
                if t == "import" { bindingUntilEnd = true }
                if k > 0, tokens[k - 1].kind == .name, Self.bindsNext.contains(text(k - 1)) {
                    counts[t, default: 0] += 1
                    if text(k - 1) == "del" { mutated.insert(t) }
                }
                // NAME.append(...) and friends change a list in place.
                if k + 3 < tokens.count, tokens[k + 1].kind == .op, text(k + 1) == ".", isName(k + 2),
                   Self.mutators.contains(text(k + 2)) {
                    mutated.insert(t)
                }
                continue
            }
            guard token.kind == .op else { continue }
            if t == ":=", isName(k - 1) { counts[text(k - 1), default: 0] += 1 }
            if token.depth == 0, Self.augmented.contains(t) {
                for j in segmentStart..<k where tokens[j].kind == .name { mutated.insert(text(j)) }
            }
            guard token.depth == 0, t == "=" else { continue }
            // Every name in the target before `=` is (re)bound or changed, except attributes (`a.b`).
            for j in segmentStart..<k where tokens[j].kind == .name && !(j > 0 && tokens[j - 1].kind == .op && text(j - 1) == ".") {
                counts[text(j), default: 0] += 1
            }
            if segmentStart == k - 1, tokens[k - 1].kind == .name, tokens[k - 1].startsStatement, tokens[k - 1].indent == 0 {
                var end = k + 1
                while end < tokens.count, tokens[end].kind != .newline,
                      !(tokens[end].depth == 0 && tokens[end].kind == .op && (text(end) == ";" || text(end) == "=")) {
                    end += 1
                }
                let isChained = end < tokens.count && tokens[end].kind == .op && text(end) == "="
                if !isChained { values[text(k - 1)] = (k + 1)..<end }
            }
            segmentStart = k + 1
        }
    }

    /// Whether the file binds `name` anywhere (so a builtin such as `dict` may be shadowed).
    func isBound(_ name: String) -> Bool { counts[name] != nil }

    /// What `name` is bound to.
    func lookup(_ name: String) -> Lookup {
        let count = counts[name] ?? 0
        if count == 0 { return .unusable("a name not bound in this file") }
        if count > 1 { return .unusable("a name bound more than once") }
        if mutated.contains(name) { return .unusable("a name changed after it is bound") }
        guard let value = values[name] else { return .unusable("a name not bound by a module-level assignment") }
        return .value(value)
    }
}
