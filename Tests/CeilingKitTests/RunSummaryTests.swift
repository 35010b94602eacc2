import Testing
@testable import SourceText
@testable import ManifestScanners
@testable import CeilingKit

/// The closing summary line (`-v`, `--diff`, `--check`) and its JSON twin.
@Suite struct RunSummaryTests {
    private func report(skipping names: [String?], reason: (String?) -> String) -> FileReport {
        var report = FileReport(path: "requirements.txt", format: .requirements)
        for (i, name) in names.enumerated() {
            report.skips.append(.init(location: SourceText.SourceLocation(line: i + 1, column: 1), name: name, reason: reason(name), isUnbounded: true))
        }
        return report
    }

    @Test func summaryLineNamesTheSkippedDependenciesInsteadOfAPlaceholder() {
        var summary = RunSummary()
        summary.add(report(skipping: ["flask", "click", "flask"]) { "\($0 ?? "") has no upper bound and no known version; not capped" })
        summary.add(report(skipping: [nil]) { _ in "a direct URL reference; not edited" })
        let line = summary.line(writes: false)
        #expect(line == "2 files scanned, 0 would change, 0 constraints to cap, 0 already bounded, 4 skipped "
            + "(flask, click: has no upper bound and no known version; not capped; 1 a direct URL reference; not edited), 0 errors")
        #expect(!line.contains("NAME"))
        // The JSON keeps counting by reason, with the documented placeholder.
        #expect(summary.json.contains("\"NAME has no upper bound and no known version; not capped\":3"))
    }

    @Test func summaryLineShortensALongListOfNames() {
        var summary = RunSummary()
        summary.add(report(skipping: ["a", "b", "c", "d", "e"]) { "\($0 ?? "") is pinned; not relaxed" })
        #expect(summary.line(writes: true).contains("5 skipped (a, b, c and 2 more: is pinned; not relaxed)"))
    }

    @Test func aReasonThatOnlyStartsWithTheNameKeepsItsText() {
        var summary = RunSummary()
        summary.add(report(skipping: ["django"]) { _ in "django==${V} uses the environment variable V; not edited" })
        #expect(summary.skipReasons == ["django==${V} uses the environment variable V; not edited": 1])
        #expect(summary.line(writes: true).contains("(1 django==${V} uses the environment variable V; not edited)"))
    }
}
