/// `--output-format github`: GitHub Actions workflow commands, one line per finding, which the
/// runner turns into annotations on the named line of the pull request's files:
///
///     ::warning file=requirements.txt,line=2,col=1,title=Unbounded dependency constraint::flask>=1.1.2 has no upper bound (would become flask>=1.1.2,<2)
///     ::error file=pyproject.toml,line=3,col=9,title=Manifest not processed::unterminated string
///
/// Escaping follows @actions/core: `%`, CR and LF in the message; also `:` and `,` in properties.
/// A problem with no file (a missing path) becomes `::error::path: error: ...`.
enum GitHubAnnotations {
    static func make(_ findings: [Finding], problems: [String]) -> [UInt8] {
        var out = ""
        for problem in problems { out += "::error::" + escapeData(problem) + "\n" }
        for finding in findings {
            let properties = [
                "file=" + escapeProperty(finding.path),
                "line=\(finding.location.line)",
                "col=\(finding.location.column)",
                "title=" + escapeProperty(finding.rule.title),
            ]
            out += "::\(finding.rule.level.rawValue) \(properties.joined(separator: ","))::\(escapeData(finding.message))\n"
        }
        return Array(out.utf8)
    }

    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
