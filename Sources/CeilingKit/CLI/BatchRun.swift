import SourceText
import FileIO
import ManifestScanners
import Locks
import Dispatch

/// One invocation over many files: collect, process in parallel, report in path order.
struct BatchRun {
    var options: Options
    var io: CommandIO

    /// Whether files are rewritten on disk (not with `--diff` or `--check`).
    var writes: Bool { !options.diff && !options.check }

    /// Whether new bytes leave the process (written, diffed or filtered), and so must be proven first.
    var verifies: Bool { !options.check || options.diff || options.stdin }

    func execute() -> ExitCode {
        let processor = FileProcessor(policy: options.policy ?? .major, ignoredNames: options.ignore, verifiesResult: verifies,
                                      fromLowerBound: options.fromLowerBound, mode: options.mode)
        let roots = RepositoryRoots()
        let locks = LockSources(explicit: options.locks, venvs: options.venvs, discover: options.discoverLocks, roots: roots,
                                virtualEnvironment: io.environment["VIRTUAL_ENV"])
        let configs = ConfigResolver(roots: roots)
        if let failure = locks.explicitFailure {
            // Every manifest would have used this lock: touch none of them.
            io.err(failure.message + "\n")
            if options.stdin { io.writeStdout(io.readStdin()) }
            return .failure
        }
        if options.stdin { return runStdin(processor: processor, locks: locks) }
        var problems: [String] = []
        let walked = collectTargets(problems: &problems, configs: configs)
        var planned = planTransitive(walked, processor: processor, locks: locks, configs: configs, roots: roots)
        let created = createConstraintsFiles(&planned, problems: &problems)
        let transitive = planned
        let targets = walked + transitive.extraTargets
        // Published versions (`--index`): one lookup per name for the whole run, before any file is processed.
        let published = PublishedVersions.prepare(targets.map { .init(path: $0.path, format: $0.format) }, options: options, io: io, locks: locks, configs: configs)
        let pass = ProjectPass(locks: locks, roots: roots, configs: configs, published: published)
        let currentDirectory = FileSystem.currentDirectory()
        let progress = io.stderrIsTerminal && !options.quiet ? ProgressLine(total: targets.count, write: io.writeStderr) : nil
        progress?.start()
        let reports = processProjects(targets, pass: pass) { i, project, prepared in
            let report = processFile(targets[i], processor: processor, locks: locks, configs: configs, project: project,
                                     transitive: transitive, published: published, prepared: prepared, currentDirectory: currentDirectory)
            progress?.record(report)
            return report
        }
        progress?.stop()
        var finished = reports.compactMap { $0 }
        finished += created
        if InterruptFlag.isRaised {
            io.err("ceiling: interrupted; \(finished.count) of \(targets.count) files processed, every file is either old or new\n")
            return .interrupted
        }
        var summary = RunSummary()
        for report in finished { summary.add(report) }
        let printer = ReportPrinter(options: options, io: io)
        printer.print(finished, summary: summary, problems: problems)
        if options.verbose, let published { io.err(published.summaryLine) }
        if !problems.isEmpty || summary.errors > 0 { return .failure }
        if options.check, finished.contains(where: \.failsCheck) { return .unbounded }
        return .success
    }

    /// A file to process, with the format it is read as.
    struct Target: Sendable {
        var path: String
        var format: ManifestFormat
        /// The folder named on the command line that this file was found under, if any.
        var walkedFrom: String? = nil
        /// A file outside the paths given that `--transitive` adds lines to: its own
        /// constraints are not capped, since the run was not asked to touch them.
        var isTransitiveOnly = false
    }

    /// The files named on the command line, read from `--files-from`, or found by walking folders.
    private func collectTargets(problems: inout [String], configs: ConfigResolver) -> [Target] {
        var paths = options.paths
        if let list = options.filesFrom {
            switch FileList.read(list, nulSeparated: options.nulSeparated, io: io) {
            case .success(let listed): paths += listed
            case .failure(let failure):
                problems.append("\(list): error: \(failure.message)")
            }
        } else if paths.isEmpty {
            paths = ["."]
        }
        let walker = ManifestWalker(excludes: options.exclude, respectsIgnoreFiles: options.respectsIgnoreFiles)
        var seen = Set<String>()
        var targets: [Target] = []
        for path in paths {
            switch FileSystem.kind(path) {
            case .directory, .symlinkToDirectory:
                let found = walker.walk(path) { folder, failure in problems.append("\(folder): error: \(failure.message)") }
                if options.useConfig { readConfigurations(of: found, configs: configs) }
                for item in found.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
                where !isExcludedByConfig(item.path, configs: configs) && seen.insert(item.path).inserted {
                    targets.append(Target(path: item.path, format: options.format ?? item.format, walkedFrom: path))
                }
            case .missing:
                problems.append("\(path): error: no such file or folder")
            default:
                if seen.insert(path).inserted {
                    targets.append(Target(path: path, format: options.format ?? ManifestFormat.forExplicitFile(path: path)))
                }
            }
        }
        return targets
    }

    /// Reads the configuration of every repository the walk found manifests in, in parallel:
    /// each is read once for the run and cached, and the checks that follow (one per manifest,
    /// in path order) would otherwise read them one after another.
    private func readConfigurations(of found: [ManifestWalker.Found], configs: ConfigResolver) {
        var folders = Set<Substring>()
        var samples: [String] = []
        for item in found {
            let folder = item.path.lastIndex(of: "/").map { item.path[..<$0] } ?? ""
            if folders.insert(folder).inserted { samples.append(item.path) }
        }
        let manifests = samples
        DispatchQueue.concurrentPerform(iterations: manifests.count) { i in
            _ = configs.resolve(forManifest: manifests[i])
        }
    }

    /// Whether the repository's own `exclude` globs (relative to its root) match a walked path.
    private func isExcludedByConfig(_ path: String, configs: ConfigResolver) -> Bool {
        guard options.useConfig, case .success(let resolved?) = configs.resolve(forManifest: path),
              !resolved.config.exclude.isEmpty else { return false }
        let absolute = configs.absolute(path)
        guard absolute.hasPrefix(resolved.root + "/") else { return false }
        let relative = String(absolute.dropFirst(resolved.root.count + 1))
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return ManifestWalker(excludes: resolved.config.exclude).isExcluded(relative, name: name)
    }

    /// The processor for one file: the command line's settings over its repository's configuration.
    func processor(for target: Target, base: FileProcessor, configs: ConfigResolver) -> Result<FileProcessor, RepositoryConfig.Failure> {
        guard options.useConfig else { return .success(base) }
        switch configs.resolve(forManifest: target.path) {
        case .failure(let failure): return .failure(failure)
        case .success(nil): return .success(base)
        case .success(let resolved?):
            let config = resolved.config
            if config.policy == nil, config.ignore.isEmpty, config.fromLowerBound == nil { return .success(base) }
            return .success(FileProcessor(policy: options.policy ?? config.policy ?? .major, ignoredNames: options.ignore + config.ignore,
                                          verifiesResult: verifies, fromLowerBound: options.fromLowerBound || config.fromLowerBound == true,
                                          mode: options.mode))
        }
    }

    private func processFile(_ target: Target, processor base: FileProcessor, locks: LockSources, configs: ConfigResolver,
                             project: ProjectReferences?, transitive: TransitivePlan, published: PublishedVersions?,
                             prepared: PreparedManifest?, currentDirectory: String) -> FileReport {
        var report = FileReport(path: DisplayPath.clean(target.path, currentDirectory: currentDirectory), format: target.format)
        var processor: FileProcessor
        let evidence = published?.evidence(for: target.path) ?? PublishedVersions.Evidence()
        switch self.processor(for: target, base: base, configs: configs) {
        case .success(let chosen):
            processor = chosen
            if !evidence.isEnabled { processor.policy.noEvidenceHint = PublishedVersions.offHint }
        case .failure(let failure):
            report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: failure.message))
            return report
        }
        let bytes: [UInt8]
        // A manifest the first pass read is not read again (nor its locks looked up, nor scanned).
        switch prepared?.read ?? FileSystem.readRegularFile(target.path) {
        case .success(let read): bytes = read
        case .failure(let failure):
            report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: failure.message))
            return report
        }
        var index: LockIndex
        switch prepared?.locks ?? locks.index(forManifest: target.path, format: target.format) {
        case .success(let found): index = found
        case .failure(let failure):
            report.before = bytes
            report.after = bytes
            report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: failure.message))
            return report
        }
        if let published {
            // A failed lookup leaves every manifest that needed it untouched.
            if !evidence.errors.isEmpty {
                report.before = bytes
                report.after = bytes
                report.errors += evidence.errors
                return report
            }
            index = published.filling(index, format: target.format, path: target.path)
        }
        if target.isTransitiveOnly {
            report.before = bytes
            report.after = bytes
        } else {
            report = processor.process(path: report.path, bytes: bytes, format: target.format, locks: index, project: project,
                                       scanned: prepared?.scanned)
            report.skips += evidence.notes
        }
        if !transitive.isEmpty, let amendment = transitive.amendments[configs.absolute(target.path)] {
            amendment.apply(to: &report, policy: processor.policy)
        }
        if writes, report.status == .changed {
            if case .failure(let failure) = AtomicWriter.replace(target.path, expecting: report.before, with: report.after) {
                report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: failure.message))
                report.edits = []
                report.after = report.before
            }
        }
        return finished(report)
    }

    /// Keeps what printing needs (the diff, when asked for) and drops the file's bytes:
    /// ten thousand files in flight must not hold ten thousand copies.
    private func finished(_ report: FileReport) -> FileReport {
        var report = report
        if options.diff, report.status == .changed {
            report.diff = UnifiedDiff.make(path: report.path, old: report.before, new: report.after)
        }
        report.before = []
        report.after = []
        if options.reportFormat != .sarif {
            // Only SARIF's fixes print the replaced spans.
            for i in report.edits.indices { report.edits[i].replacements = [] }
        }
        return report
    }

    /// `-`: one manifest from stdin to stdout. On error the input passes through unchanged.
    private func runStdin(processor: FileProcessor, locks: LockSources) -> ExitCode {
        let bytes = io.readStdin()
        let name = options.stdinFilename ?? "<stdin>"
        let format = options.format ?? options.stdinFilename.map { ManifestFormat.forExplicitFile(path: $0) } ?? .requirements
        var index: LockIndex
        let lockPath = options.stdinFilename ?? "./-"
        switch locks.index(forManifest: lockPath, format: format) {
        case .success(let found): index = found
        case .failure(let failure):
            io.err("\(failure.message)\n")
            io.writeStdout(bytes)
            return .failure
        }
        var processor = processor
        let published = PublishedVersions.prepare([.init(path: lockPath, format: format, bytes: bytes)], options: options, io: io,
                                                  locks: locks, configs: ConfigResolver(roots: RepositoryRoots()))
        let evidence = published?.evidence(for: lockPath) ?? PublishedVersions.Evidence()
        if !evidence.isEnabled { processor.policy.noEvidenceHint = PublishedVersions.offHint }
        if let published {
            if !evidence.errors.isEmpty {
                for error in evidence.errors { io.err("\(name):\(error.location): error: \(error.message)\n") }
                io.writeStdout(bytes)
                return .failure
            }
            index = published.filling(index, format: format, path: lockPath)
        }
        var report = processor.process(path: name, bytes: bytes, format: format, locks: index)
        report.skips += evidence.notes
        if options.diff, report.status == .changed {
            report.diff = UnifiedDiff.make(path: report.path, old: report.before, new: report.after)
        }
        var summary = RunSummary()
        summary.add(report)
        let printer = ReportPrinter(options: options, io: io)
        if options.diff || options.json || options.check {
            printer.print([report], summary: summary, problems: [])
        } else {
            printer.printMessages([report], summary: summary, problems: [])
            io.writeStdout(report.after)
        }
        if report.status == .error, options.format == nil, options.stdinFilename == nil, let hint = StdinFormatHint.line(for: bytes) {
            io.err(hint + "\n")
        }
        if report.status == .error { return .failure }
        if options.check, report.failsCheck { return .unbounded }
        return .success
    }
}
