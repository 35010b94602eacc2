/// Totals over a run, for the closing summary line and `--json`.
struct RunSummary: Sendable, Equatable {
    var files = 0
    var changed = 0
    var capped = 0
    var bounded = 0
    var skipped = 0
    var errors = 0
    /// Caps `--transitive` adds for installed packages no manifest declares.
    var transitive = 0
    /// Skips counted by reason (the reason text without the dependency's name).
    var skipReasons: [String: Int] = [:]

    init() {}

    mutating func add(_ report: FileReport) {
        files += 1
        if report.status == .changed { changed += 1 }
        if report.status == .error { errors += 1 }
        capped += report.edits.count
        bounded += report.boundedCount
        skipped += report.skips.count
        transitive += report.transitiveCapCount
        for skip in report.skips { skipReasons[Self.category(skip), default: 0] += 1 }
    }

    /// A reason without the name in it, so equal reasons count together.
    static func category(_ skip: FileReport.SkipRecord) -> String {
        var reason = skip.reason
        if let name = skip.name, !name.isEmpty, reason.hasPrefix(name) {
            reason = "NAME" + reason.dropFirst(name.count)
        }
        return reason
    }

    /// `12 files scanned, 3 changed, 7 constraints capped, ...`; for a run that writes nothing
    /// (`--diff`, `--check`): `3 would change, 7 constraints to cap`.
    func line(writes: Bool, mode: CapMode = .cap) -> String {
        let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
        var text = plural(files, "file") + " scanned, "
        text += writes ? "\(changed) changed, \(plural(capped, "constraint")) \(mode.pastTense)"
            : "\(changed) would change, \(plural(capped, "constraint")) to \(mode.rawValue)"
        if transitive > 0 { text += writes ? ", \(plural(transitive, "transitive cap")) added" : ", \(plural(transitive, "transitive cap")) to add" }
        text += ", \(bounded) already bounded, \(skipped) skipped"
        if !skipReasons.isEmpty {
            let parts = skipReasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.value) \($0.key)" }
            text += " (" + parts.joined(separator: "; ") + ")"
        }
        return text + ", " + plural(errors, "error")
    }

    var json: String {
        let reasons = skipReasons.keys.sorted().map { "\(JSONReport.quote($0)):\(skipReasons[$0] ?? 0)" }.joined(separator: ",")
        return "{\"files\":\(files),\"changed\":\(changed),\"capped\":\(capped),\"bounded\":\(bounded),\"skipped\":\(skipped),\"errors\":\(errors),\"transitive\":\(transitive),\"skip_reasons\":{\(reasons)}}"
    }
}
