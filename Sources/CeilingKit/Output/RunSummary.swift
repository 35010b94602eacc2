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
    /// The names taken out of each reason of `skipReasons`, in the order first met, each once:
    /// the summary line shows them where the reason had the name.
    var skipNames: [String: [String]] = [:]

    init() {}

    mutating func add(_ report: FileReport) {
        files += 1
        if report.status == .changed { changed += 1 }
        if report.status == .error { errors += 1 }
        capped += report.edits.count
        bounded += report.boundedCount
        skipped += report.skips.count
        transitive += report.transitiveCapCount
        for skip in report.skips {
            let category = Self.category(skip)
            skipReasons[category, default: 0] += 1
            if category.hasPrefix(Self.namePlaceholder), let name = skip.name, !skipNames[category, default: []].contains(name) {
                skipNames[category, default: []].append(name)
            }
        }
    }

    static let namePlaceholder = "NAME"

    /// A reason without the name in it, so equal reasons count together: `flask has no upper
    /// bound` -> `NAME has no upper bound`. Only a name that is a word of its own is taken out
    /// (`django==${V} uses ...` keeps its text).
    static func category(_ skip: FileReport.SkipRecord) -> String {
        var reason = skip.reason
        if let name = skip.name, !name.isEmpty, reason.hasPrefix(name),
           reason.dropFirst(name.count).first.map({ $0 == " " || $0 == ":" }) ?? false {
            reason = namePlaceholder + reason.dropFirst(name.count)
        }
        return reason
    }

    /// One reason as the summary line shows it: the names where the reason had `NAME`, else
    /// the count; a long list of names ends with how many more there are.
    ///
    ///     NAME has no upper bound ...  (flask, click)   ->  flask, click: has no upper bound ...
    ///     a direct URL reference; not edited  (2)       ->  2 a direct URL reference; not edited
    func shownReason(_ category: String, count: Int) -> String {
        guard category.hasPrefix(Self.namePlaceholder), let names = skipNames[category], !names.isEmpty else {
            return "\(count) \(category)"
        }
        var rest = category.dropFirst(Self.namePlaceholder.count)
        if rest.first == ":" { rest = rest.dropFirst() }
        let shown = names.count > 4 ? names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
            : names.joined(separator: ", ")
        return shown + ": " + rest.drop(while: { $0 == " " })
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
            let parts = skipReasons.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { shownReason($0.key, count: $0.value) }
            text += " (" + parts.joined(separator: "; ") + ")"
        }
        return text + ", " + plural(errors, "error")
    }

    var json: String {
        let reasons = skipReasons.keys.sorted().map { "\(JSONReport.quote($0)):\(skipReasons[$0] ?? 0)" }.joined(separator: ",")
        return "{\"files\":\(files),\"changed\":\(changed),\"capped\":\(capped),\"bounded\":\(bounded),\"skipped\":\(skipped),\"errors\":\(errors),\"transitive\":\(transitive),\"skip_reasons\":{\(reasons)}}"
    }
}
