/// A JSON document to print, built as a value and rendered once (the SARIF and GitLab reports).
///
/// Keys keep the order they are given in, so output is byte-identical from run to run.
/// Strings are escaped as `JSONReport.quote` does.
indirect enum JSONOutput: Sendable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    case int(Int)
    case bool(Bool)

    /// The document with two-space indentation; a short object or array of scalars stays on one line.
    func rendered() -> String {
        var out = ""
        render(into: &out, indent: "")
        return out + "\n"
    }

    private var isScalar: Bool {
        switch self {
        case .object(let members): return members.isEmpty
        case .array(let elements): return elements.isEmpty
        default: return true
        }
    }

    private func render(into out: inout String, indent: String) {
        switch self {
        case .string(let text): out += JSONReport.quote(text)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            if elements.allSatisfy(\.isScalar) {
                out += "["
                for (i, element) in elements.enumerated() {
                    if i > 0 { out += ", " }
                    element.render(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            let inner = indent + "  "
            out += "[\n"
            for (i, element) in elements.enumerated() {
                out += inner
                element.render(into: &out, indent: inner)
                out += i + 1 < elements.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner + JSONReport.quote(key) + ": "
                value.render(into: &out, indent: inner)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }
}
