/// ANSI colours for the diff and messages, or none.
///
/// `--color auto` colours a stream only when it is a terminal and `NO_COLOR`
/// is not set; `always` and `never` do what they say.
struct Palette: Sendable {
    var isEnabled: Bool

    static let plain = Palette(isEnabled: false)

    init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    init(choice: Options.Color, isTerminal: Bool, environment: [String: String]) {
        switch choice {
        case .always: isEnabled = true
        case .never: isEnabled = false
        case .auto: isEnabled = isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }

    private func wrap(_ code: String, _ text: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func error(_ text: String) -> String { wrap("1;31", text) }
    func warning(_ text: String) -> String { wrap("1;33", text) }
    func note(_ text: String) -> String { wrap("36", text) }
    func bold(_ text: String) -> String { wrap("1", text) }

    /// Colours a unified diff line by line; the bytes of each line are kept.
    func diff(_ bytes: [UInt8]) -> [UInt8] {
        guard isEnabled else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for line in UnifiedDiff.lines(bytes) {
            let code: String?
            switch line.first {
            case UInt8(ascii: "+"): code = line.starts(with: Array("+++ ".utf8)) ? "1" : "32"
            case UInt8(ascii: "-"): code = line.starts(with: Array("--- ".utf8)) ? "1" : "31"
            case UInt8(ascii: "@"): code = "36"
            default: code = nil
            }
            guard let code else {
                out += line
                continue
            }
            // Colour the text, not the newline, so the terminal's line stays clean.
            let body = line.last == 0x0A ? line.dropLast() : line
            out += Array("\u{1B}[\(code)m".utf8) + body + Array("\u{1B}[0m".utf8)
            if line.last == 0x0A { out.append(0x0A) }
        }
        return out
    }
}
