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
    /// a file that cannot be created is not named by a new `-c` line either. A file whose
    /// folder is missing is a problem in every mode (ceiling makes no folders), reported as
    /// `nodir/constraints.txt: error: no such folder nodir`.
    func createConstraintsFiles(_ plan: inout TransitivePlan, problems: inout [String]) -> [FileReport] {
        var failed: Set<String> = []
        var reports: [FileReport] = []
        for (path, caps) in plan.newFiles {
            let display = DisplayPath.clean(path)
            if let problem = Self.missingFolder(of: path) {
                problems.append("\(display): error: \(problem)")
                failed.insert(path)
                continue
            }
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
            reports.append(report)
        }
        for (path, amendment) in plan.amendments {
            if let included = amendment.includedPath, failed.contains(included) { plan.amendments[path]?.includeLine = nil }
        }
        return reports
    }

    /// Why a new file at `path` cannot be made for want of its folder: `no such folder pins`,
    /// `pins is not a folder`; nil when the folder is there.
    static func missingFolder(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        switch FileSystem.kind(folder) {
        case .directory, .symlinkToDirectory: return nil
        case .missing: return "no such folder \(DisplayPath.clean(folder))"
        default: return "\(DisplayPath.clean(folder)) is not a folder"
        }
    }
}
