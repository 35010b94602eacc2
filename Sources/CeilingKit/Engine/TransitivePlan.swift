import SourceText
import Locks

/// What `--transitive` does in one run, worked out before any file is processed
/// (`TransitivePlanner`), then applied to each file after its own caps.
///
/// For a pip project the caps go to a constraints file (created, or extended at its end)
/// and the root requirements file gains a `-c` line; for a uv project to
/// `[tool.uv] constraint-dependencies`; for a tool without a constraints mechanism they
/// are listed on its manifest, as unbounded skips, and nothing is written.
struct TransitivePlan: Sendable {
    /// Changes to files that exist, by absolute path.
    var amendments: [String: TransitiveAmendment] = [:]
    /// Constraints files to create, by absolute path, with their caps.
    var newFiles: [(path: String, caps: [TransitiveCap])] = []
    /// Files the run must process that it was not given (a constraints file, a root manifest).
    var extraTargets: [BatchRun.Target] = []

    var isEmpty: Bool { amendments.isEmpty && newFiles.isEmpty }

    /// The report of a constraints file that does not exist yet: every cap one line, sorted,
    /// `\n` newlines. The bytes are checked like any rewrite: they must scan as a requirements
    /// file holding exactly these caps, each bounded and admitting its version.
    static func newFileReport(path: String, display: String, caps: [TransitiveCap]) -> FileReport {
        var report = FileReport(path: display, format: .requirements)
        let text = caps.map(\.requirement).joined(separator: "\n") + "\n"
        report.after = Array(text.utf8)
        report.additions = caps.enumerated().map { i, cap in
            .init(location: SourceLocation(line: i + 1, column: 1), name: cap.name, line: cap.requirement,
                  version: cap.version, versionSource: cap.source)
        }
        if let problem = TransitiveAmendment.verifyRequirements(report.after, path: display, existing: 0, caps: caps) {
            report.additions = []
            report.after = []
            report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: "internal error: " + problem))
        }
        return report
    }
}

/// The lines `--transitive` adds to one existing file.
struct TransitiveAmendment: Sendable {
    enum Kind: Sendable { case requirements, uv }
    var kind: Kind
    /// Caps to add, sorted by normalized name.
    var caps: [TransitiveCap] = []
    /// `-c constraints.txt`, for the root requirements file that does not name the constraints file yet.
    var includeLine: String?
    /// The constraints file (absolute) that `includeLine` names.
    var includedPath: String?
    /// uv: the evidence for entries `constraint-dependencies` already has, which are capped
    /// like any constraint (a requirements constraints file is processed as a manifest instead).
    var locks = LockIndex()
    /// Set when the project's tool has no constraints mechanism: the caps are listed, not written.
    var listedReason: String?
}
