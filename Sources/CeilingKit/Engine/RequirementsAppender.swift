import SourceText
import PythonVersions
import ManifestScanners

/// Adds whole lines at the end of a requirements or constraints file, in the file's own
/// newline kind and final-newline habit, as one insertion the splicer applies:
///
///     "Flask==1.1.2\n"           + ["-c constraints.txt"]  ->  "Flask==1.1.2\n-c constraints.txt\n"
///     "Flask==1.1.2\r\n"         + ["-c constraints.txt"]  ->  "Flask==1.1.2\r\n-c constraints.txt\r\n"
///     "a<2\nb<3"   (no final \n) + ["c<4"]                 ->  "a<2\nb<3\nc<4"
///     "a<2 \\\n"  (ends continued) + ["c<4"]                ->  "a<2 \\\n\nc<4\n"
///
/// A last line that ends with a continuation backslash would join the first new line onto it,
/// so an empty line ends it first (pip joins `a<2 \` with that empty line, as before).
/// Nothing before the end of the file changes.
enum RequirementsAppender {
    /// The file's newline: that of its first line break, `\n` when it has none.
    static func newline(of bytes: [UInt8]) -> String {
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { return i > 0 && bytes[i - 1] == 0x0D ? "\r\n" : "\n" }
            if b == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { return "\r" }
        }
        return "\n"
    }

    /// The insertion that puts `lines` at the end of `bytes`, and the 1-based line number
    /// the first of them gets.
    static func edit(appending lines: [String], to bytes: [UInt8]) -> (edit: Edit, firstLine: Int) {
        let nl = newline(of: bytes)
        let breaks = lineBreakCount(bytes)
        let endsWithBreak = bytes.last == 0x0A || bytes.last == 0x0D
        // The empty line that ends a continued last line.
        let endContinuation = endsWithContinuation(bytes) ? nl : ""
        let text: String
        let firstLine: Int
        if bytes.isEmpty {
            text = lines.joined(separator: nl) + nl
            firstLine = 1
        } else if endsWithBreak {
            text = endContinuation + lines.joined(separator: nl) + nl
            firstLine = breaks + 1 + (endContinuation.isEmpty ? 0 : 1)
        } else {
            // A file without a final newline keeps that habit: the break goes before the new lines.
            text = nl + endContinuation + lines.joined(separator: nl)
            firstLine = breaks + 2 + (endContinuation.isEmpty ? 0 : 1)
        }
        return (Edit.insert(text, at: bytes.count), firstLine)
    }

    /// Whether the file's last line ends with a backslash that pip's `join_lines` reads as a
    /// continuation: the line's last byte, on a line that is not a comment (`(^|\s+)#`).
    static func endsWithContinuation(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: "\\") else { return false }
        var start = end - 1
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        for i in start..<end where bytes[i] == UInt8(ascii: "#") {
            if i == start || RequirementText.isBlank(bytes[i - 1]) { return false }
        }
        return true
    }

    private static func lineBreakCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
            count += 1
        }
        return count
    }

    /// The spacing around an operator, copied from the file's first requirement with a clause
    /// on one line: a file that writes `flask >= 1.0` gets `Werkzeug < 2`, any other `Werkzeug<2`.
    /// A requirement continued before its clause (`flask \` then `    >=1.0`) shows the
    /// continuation's layout, not the spacing, and is passed over.
    struct Spacing: Equatable {
        var beforeOperator = false
        var afterOperator = false

        init(beforeOperator: Bool = false, afterOperator: Bool = false) {
            self.beforeOperator = beforeOperator
            self.afterOperator = afterOperator
        }

        init(of file: SourceFile) {
            for dependency in RequirementsScanner.scan(file).dependencies {
                guard case .pep508(let text) = dependency.constraint,
                      case .success(let parsed) = PEP508Requirement.parse(text.value),
                      let clause = parsed.clauses.first,
                      text.isVerbatim(0..<clause.range.upperBound) else { continue }
                beforeOperator = clause.range.lowerBound > 0 && RequirementText.isBlank(text.value[clause.range.lowerBound - 1])
                let value = text.value[clause.range]
                let operatorEnd = value.firstIndex { !"<>=!~".utf8.contains($0) } ?? value.endIndex
                afterOperator = operatorEnd < value.endIndex && RequirementText.isBlank(value[operatorEnd])
                return
            }
        }

        /// `cap` written with this spacing.
        func entry(_ cap: TransitiveCap, policy: UpperBoundPolicy) -> String {
            guard beforeOperator || afterOperator, let version = PEP440Version(cap.version) else { return cap.requirement }
            let clause = policy.capClause(for: version)
            let operatorEnd = clause.firstIndex { !"<>=!~".contains($0) } ?? clause.endIndex
            return cap.name + (beforeOperator ? " " : "") + clause[..<operatorEnd] + (afterOperator ? " " : "") + clause[operatorEnd...]
        }
    }
}
