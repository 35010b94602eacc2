extension ReportPrinter {
    /// `--check`: one line per installed package that has no cap anywhere in its project.
    ///
    ///     constraints.txt:3:1: Werkzeug 1.0.1 is installed with no cap (would add Werkzeug<2)
    func checkLines(for report: FileReport) -> String {
        var out = ""
        for addition in report.additions {
            guard let name = addition.name else { continue }
            let version = addition.version.map { " " + $0 } ?? ""
            out += "\(report.path):\(addition.location): \(name)\(version) is installed with no cap (would add \(addition.line))\n"
        }
        return out
    }

    /// `-v`: each added line, with the version that chose the cap.
    ///
    ///     constraints.txt:3:1: + Werkzeug<2 (installed 1.0.1 from requirements.lock)
    func verboseLines(for report: FileReport) -> String {
        var out = ""
        for addition in report.additions {
            var why = ""
            if let version = addition.version {
                why = " (installed \(version)" + (addition.versionSource.map { " from \($0)" } ?? "") + ")"
            }
            out += "\(report.path):\(addition.location): + \(addition.line)\(why)\n"
        }
        return out
    }

    /// What a changed file got: `capped 2 constraints, added 5 transitive caps, added -c constraints.txt`.
    func changeSummary(for report: FileReport) -> String {
        var parts: [String] = []
        let n = report.edits.count
        if n > 0 || report.additions.isEmpty { parts.append("capped \(n) constraint\(n == 1 ? "" : "s")") }
        let caps = report.transitiveCapCount
        if caps > 0 { parts.append("added \(caps) transitive cap\(caps == 1 ? "" : "s")") }
        for addition in report.additions where addition.name == nil { parts.append("added \(addition.line)") }
        return parts.joined(separator: ", ")
    }
}
