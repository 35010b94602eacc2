/// `--output-format` against `--json`, `--diff` and `--check`.
extension Options {
    /// The CI report to print instead of the text listing, if one was chosen.
    var reportFormat: OutputFormat? {
        switch outputFormat {
        case .github, .gitlab, .sarif: return outputFormat
        default: return nil
        }
    }

    /// Applies the chosen `--output-format` once every argument is read.
    ///
    /// `json` is `--json`; `text` is the default. `github`, `gitlab` and `sarif` report what
    /// `--check` reports, so they imply it (write nothing, exit 1 while anything is unbounded);
    /// a diff has no place in them. `--json` with another format is a contradiction.
    mutating func settleOutputFormat() -> UsageError? {
        guard let chosen = outputFormat else { return nil }
        switch chosen {
        case .text:
            if json { return UsageError(message: "--json and --output-format text contradict each other") }
        case .json:
            json = true
        case .github, .gitlab, .sarif:
            if json { return UsageError(message: "--json and --output-format \(chosen.rawValue) contradict each other") }
            if diff { return UsageError(message: "--diff cannot be combined with --output-format \(chosen.rawValue) (its report carries the fixes)") }
            check = true
        }
        return nil
    }
}
