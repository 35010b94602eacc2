/// The reports of `--output-format github|gitlab|sarif`, from a run's file reports.
enum CIReport {
    /// The whole document for stdout. `problems` are failures without a file (`path: error: ...`).
    static func make(_ format: Options.OutputFormat, reports: [FileReport], problems: [String]) -> [UInt8] {
        let findings = Finding.collect(reports)
        switch format {
        case .github: return GitHubAnnotations.make(findings, problems: problems)
        case .gitlab: return GitLabCodeQuality.make(findings)
        case .sarif: return SARIFReport.make(findings, problems: problems)
        case .text, .json: return []
        }
    }
}
