import SourceText
import FileIO
import Locks

extension BatchRun {
    /// `--transitive` (or `transitive = true`): the caps for undeclared installed packages, planned
    /// once for the run before any file is processed. Empty when no project asks for it.
    func planTransitive(_ targets: [Target], processor base: FileProcessor, locks: LockSources,
                        configs: ConfigResolver, roots: RepositoryRoots) -> TransitivePlan {
        guard options.transitive || options.useConfig else { return TransitivePlan() }
        let planner = TransitivePlanner(options: options, locks: locks, configs: configs, roots: roots) { path in
            try? processor(for: Target(path: path, format: .requirements), base: base, configs: configs).get()
        }
        return planner.plan(targets)
    }

    /// Creates the constraints files the plan adds (or, with `--diff` and `--check`, only
    /// reports them: a new file diffs from /dev/null). Runs before any other file is written:
    /// a file that cannot be created is not named by a new `-c` line either.
    func createConstraintsFiles(_ plan: inout TransitivePlan) -> [FileReport] {
        var failed: Set<String> = []
        let reports = plan.newFiles.map { path, caps in
            let display = DisplayPath.clean(path)
            var report = TransitivePlan.newFileReport(path: path, display: display, caps: caps)
            if writes, report.status == .changed, case .failure(let failure) = AtomicWriter.create(path, with: report.after) {
                report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: failure.message))
                report.additions = []
                failed.insert(path)
            }
            if options.diff, report.status == .changed {
                report.diff = UnifiedDiff.newFile(path: display, bytes: report.after)
            }
            report.after = []
            return report
        }
        for (path, amendment) in plan.amendments {
            if let included = amendment.includedPath, failed.contains(included) { plan.amendments[path]?.includeLine = nil }
        }
        return reports
    }
}
