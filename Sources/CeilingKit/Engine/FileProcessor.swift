import SourceText
import PythonVersions
import ManifestScanners
import Locks

/// Runs one manifest through the pipeline: scan, plan each constraint, splice,
/// then scan the result again to prove it.
///
/// It never touches the disk; the caller decides whether to write, diff or check.
struct FileProcessor: Sendable {
    var policy: UpperBoundPolicy
    /// PEP 503-normalized names never to cap (`--ignore`, `[tool.ceiling] ignore`).
    var ignoredNames: Set<String>
    /// Whether the result is scanned again before it is returned. Off only for `--check`,
    /// which neither writes nor prints the new bytes.
    var verifiesResult: Bool

    init(policy: CapPolicy, ignoredNames: [String] = [], verifiesResult: Bool = true, fromLowerBound: Bool = false,
                mode: CapMode = .cap) {
        self.policy = UpperBoundPolicy(policy: policy, fromLowerBound: fromLowerBound, mode: mode)
        self.ignoredNames = Set(ignoredNames.map(LockIndex.normalize))
        self.verifiesResult = verifiesResult
    }

    /// Processes `bytes` read from `path` as `format`, with versions from `locks`.
    ///
    /// `project` holds what the whole project (this file included) says of each name: the
    /// highest lower bound and evidence, so every cap on a name shares one reference. Without
    /// it, the file is its own project. `scanned` is what scanning these very bytes as `format`
    /// gave, when the caller already has it (a batch run's first pass): it is not scanned again.
    func process(path: String, bytes: [UInt8], format: ManifestFormat, locks: LockIndex,
                        project: ProjectReferences? = nil, scanned: ScanResult? = nil) -> FileReport {
        var report = FileReport(path: path, format: format)
        report.before = bytes
        report.after = bytes
        let file = SourceFile(path: path, bytes: bytes)
        if let problem = EncodingCheck.problem(in: bytes) {
            report.errors.append(.init(location: file.location(of: problem.offset), message: problem.message))
            return report
        }
        let scan = format.scan
        // Planning holds every scanned constraint; it ends before the result is scanned again,
        // so a huge file keeps one set of them at a time, not two.
        let (spliced, constraints) = plan(file, scanned: scanned ?? scan(file), locks: locks, project: project, into: &report)
        if !report.errors.isEmpty {
            report.edits = []
            return report
        }
        guard let spliced else { return report }
        report.after = spliced
        if verifiesResult, let problem = verify(report.after, path: path, format: format, scan: scan, locks: locks, project: project, expected: constraints) {
            return internalError(report, problem)
        }
        return report
    }

    /// Plans every constraint `file` scanned to into `report`, and returns the spliced bytes
    /// (nil when nothing is capped or there are errors) and the number of constraints.
    private func plan(_ file: SourceFile, scanned: ScanResult, locks: LockIndex, project: ProjectReferences?,
                      into report: inout FileReport) -> (spliced: [UInt8]?, constraints: Int) {
        let project = project ?? ProjectReferences.of(scanned.dependencies, locks: locks)
        // Thousands of constraints can share one line: locate them incrementally, not each from the line start.
        var locator = SourceLocator(file)
        for error in scanned.errors {
            report.errors.append(.init(location: locator.location(of: error.offset), message: error.message))
        }
        if !report.errors.isEmpty { return (nil, 0) }
        for skip in scanned.skips {
            // A name `--ignore` names is never reported as unbounded, whatever stopped the scanner.
            let isIgnored = !ignoredNames.isEmpty && skip.name.map { ignoredNames.contains(LockIndex.normalize($0)) } == true
            report.skips.append(.init(location: locator.location(of: skip.offset), name: skip.name, reason: skip.reason,
                                      isUnbounded: skip.isUnbounded && !isIgnored, isWarning: skip.isWarning && !isIgnored))
        }
        var edits: [Edit] = []
        for dependency in scanned.dependencies {
            let location = locator.location(of: dependency.offset)
            if !ignoredNames.isEmpty, ignoredNames.contains(LockIndex.normalize(dependency.name)) {
                report.skips.append(.init(location: location, name: dependency.name, reason: "ignored by --ignore", isUnbounded: false))
                continue
            }
            let (locked, floor, bounded) = evidence(for: dependency, locks: locks, project: project)
            switch policy.plan(dependency, locked: locked, floor: floor, bounded: bounded) {
            case .failure(let diagnostic):
                report.errors.append(.init(location: locator.location(of: diagnostic.offset), message: diagnostic.message))
            case .success(.bounded):
                report.boundedCount += 1
            case .success(.skipped(let reason, let isUnbounded)):
                report.skips.append(.init(location: location, name: dependency.name, reason: reason, isUnbounded: isUnbounded))
            case .success(.warned(let reason)):
                report.skips.append(.init(location: location, name: dependency.name, reason: reason, isUnbounded: false, isWarning: true))
            case .success(.capped(let planned, let old, let new, let reference)):
                edits.append(contentsOf: planned)
                let source = locked.flatMap { entry in entry.version == reference || PEP440Version(entry.version)?.description == reference ? entry.source : nil }
                let replacements = planned.map { edit in
                    FileReport.Replacement(range: edit.range, start: locator.location(of: edit.range.lowerBound),
                                           end: locator.location(of: edit.range.upperBound), text: String(decoding: edit.replacement, as: UTF8.self))
                }
                report.edits.append(.init(location: location, name: dependency.name, old: old, new: new, reference: reference,
                                          referenceSource: source, replacements: replacements, mode: policy.mode))
            case .success(.stale(let old, let new, let version)):
                report.boundedCount += 1
                report.stale.append(.init(location: location, name: dependency.name, constraint: old, raised: new, version: version,
                                          source: locked?.source ?? "", isInstalled: locked?.origin == .environment))
            }
        }
        if !report.errors.isEmpty || edits.isEmpty { return (nil, scanned.dependencies.count) }
        do {
            return (try Splicer.apply(edits, to: file.bytes), scanned.dependencies.count)
        } catch {
            report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: "internal error: edits overlap; nothing written"))
            return (nil, scanned.dependencies.count)
        }
    }

    /// The evidence and the project's highest lower bound for one dependency: Python names
    /// take the project's facts (which include this file's own lookup); SwiftPM packages their own lock entry.
    func evidence(for dependency: Dependency, locks: LockIndex, project: ProjectReferences) -> (LockIndex.Entry?, PEP440Version?, [Constraint]) {
        let own = dependency.lockEntry(in: locks)
        if case .swiftPackage = dependency.constraint { return (own, nil, []) }
        guard let facts = project.facts(for: dependency.name) else { return (own, nil, []) }
        return (facts.evidence ?? own, facts.floor, facts.bounded)
    }

    /// The result must scan cleanly, hold the same constraints, and need no further edit in the
    /// same mode (relaxed output is not a plain run's business).
    private func verify(_ bytes: [UInt8], path: String, format: ManifestFormat, scan: (SourceFile) -> ScanResult, locks: LockIndex,
                        project: ProjectReferences?, expected: Int) -> String? {
        let again = scan(SourceFile(path: path, bytes: bytes))
        let project = project ?? ProjectReferences.of(again.dependencies, locks: locks)
        if let error = again.errors.first { return "the rewritten file does not parse (\(error.message)); nothing written" }
        if again.dependencies.count != expected { return "the rewritten file has \(again.dependencies.count) constraints, not \(expected); nothing written" }
        for dependency in again.dependencies where ignoredNames.isEmpty || !ignoredNames.contains(LockIndex.normalize(dependency.name)) {
            let (locked, floor, bounded) = evidence(for: dependency, locks: locks, project: project)
            switch policy.plan(dependency, locked: locked, floor: floor, bounded: bounded) {
            case .failure(let diagnostic): return "the rewritten constraint does not parse (\(diagnostic.message)); nothing written"
            case .success(.capped(_, let old, _, _)): return "\(old) would be \(policy.mode.pastTense) again; nothing written"
            case .success: continue
            }
        }
        return nil
    }

    private func internalError(_ report: FileReport, _ message: String) -> FileReport {
        var report = report
        report.edits = []
        report.after = report.before
        report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: "internal error: " + message))
        return report
    }
}
