import SourceText
import PythonVersions
import TOMLSpans
import ManifestScanners
import Locks

extension TransitiveAmendment {
    /// Adds this amendment's lines to a processed file's result (`report.after`, which holds
    /// its own caps already). A file with errors is left as it is; a result that does not
    /// check out is an internal error and nothing of the file is written.
    func apply(to report: inout FileReport, policy: UpperBoundPolicy) {
        guard report.errors.isEmpty else { return }
        if let reason = listedReason {
            for cap in caps {
                let why = "\(cap.name) \(cap.version) is installed (\(cap.source)) with no cap; \(reason), so it is listed, not written: \(cap.requirement)"
                report.skips.append(.init(location: SourceLocation(line: 1, column: 1), name: cap.name, reason: why, isUnbounded: true))
            }
            return
        }
        let bytes = report.after
        let file = SourceFile(path: report.path, bytes: bytes)
        var result: [UInt8]
        var additions: [FileReport.AdditionRecord] = []
        switch kind {
        case .requirements:
            let spacing = RequirementsAppender.Spacing(of: file)
            var lines = caps.map { spacing.entry($0, policy: policy) }
            if let includeLine { lines.append(includeLine) }
            guard !lines.isEmpty else { return }
            let (edit, firstLine) = RequirementsAppender.edit(appending: lines, to: bytes)
            result = (try? Splicer.apply([edit], to: bytes)) ?? bytes
            for (i, line) in lines.enumerated() {
                let cap = i < caps.count ? caps[i] : nil
                additions.append(.init(location: SourceLocation(line: firstLine + i, column: 1), name: cap?.name, line: line,
                                       version: cap?.version, versionSource: cap?.source))
            }
            let existing = RequirementsScanner.scan(file).dependencies.count
            if let problem = Self.verifyRequirements(result, path: report.path, existing: existing, caps: caps) {
                return fail(&report, problem)
            }
        case .uv:
            let existing = capExisting(file, policy: policy, into: &report)
            guard !caps.isEmpty || !existing.isEmpty else { return }
            var edits = existing
            if !caps.isEmpty {
                switch UVConstraintEditor.edits(adding: caps.map(\.requirement), to: file) {
                case .failure(let diagnostic):
                    report.edits = []
                    report.after = report.before
                    report.errors.append(.init(location: file.location(of: diagnostic.offset), message: "transitive caps not written: " + diagnostic.message))
                    return
                case .success(let added): edits += added
                }
            }
            guard let spliced = try? Splicer.apply(edits, to: bytes) else { return fail(&report, "edits overlap") }
            result = spliced
            switch Self.verifyUV(result, path: report.path, before: bytes, caps: caps) {
            case .failure(let problem): return fail(&report, problem.message)
            case .success(let offsets):
                let written = SourceFile(path: report.path, bytes: result)
                for (cap, offset) in zip(caps, offsets) {
                    additions.append(.init(location: written.location(of: offset), name: cap.name, line: cap.requirement,
                                           version: cap.version, versionSource: cap.source))
                }
            }
        }
        report.after = result
        report.additions = additions
    }

    /// Caps the entries `tool.uv.constraint-dependencies` already has, like any constraint:
    /// `"werkzeug>=1"` with Werkzeug 1.0.1 locked becomes `"werkzeug>=1,<2"`.
    private func capExisting(_ file: SourceFile, policy: UpperBoundPolicy, into report: inout FileReport) -> [Edit] {
        guard !locks.isEmpty, case .success(let document) = TOMLDocument.parse(file),
              let array = document.root[path: ["tool", "uv", "constraint-dependencies"]]?.arrayValue else { return [] }
        var collector = TOMLDependencyCollector(bytes: file.bytes)
        collector.addPEP508Array(.array(array), where: "tool.uv.constraint-dependencies")
        var edits: [Edit] = []
        for dependency in collector.result.dependencies {
            let locked = dependency.lockEntry(in: locks)
            guard case .success(.capped(let planned, let old, let new, let reference)) = policy.plan(dependency, locked: locked) else { continue }
            edits += planned
            report.edits.append(.init(location: file.location(of: dependency.offset), name: dependency.name, old: old, new: new,
                                      reference: reference, referenceSource: locked?.source))
        }
        return edits
    }

    private func fail(_ report: inout FileReport, _ problem: String) {
        report.edits = []
        report.after = report.before
        report.errors.append(.init(location: SourceLocation(line: 1, column: 1), message: "internal error: \(problem); nothing written"))
    }

    /// A requirements file with caps appended must scan cleanly, hold `existing` requirements
    /// plus one per cap, and each cap must be bounded and admit its version.
    static func verifyRequirements(_ bytes: [UInt8], path: String, existing: Int, caps: [TransitiveCap]) -> String? {
        let scanned = RequirementsScanner.scan(SourceFile(path: path, bytes: bytes))
        if let error = scanned.errors.first { return "the constraints do not parse (\(error.message))" }
        if scanned.dependencies.count != existing + caps.count {
            return "the file has \(scanned.dependencies.count) requirements, not \(existing + caps.count)"
        }
        for (dependency, cap) in zip(scanned.dependencies.suffix(caps.count), caps) {
            guard case .pep508(let text) = dependency.constraint, LockIndex.normalize(dependency.name) == cap.key,
                  case .success(let parsed) = PEP508Requirement.parse(text.value),
                  parsed.specifier.hasUpperBound,
                  let version = PEP440Version(cap.version), parsed.specifier.contains(version, prereleases: true) else {
                return "the cap on \(cap.name) does not admit \(cap.version)"
            }
        }
        return nil
    }

    /// A pyproject.toml with caps added must parse, keep its dependencies, and list every cap in
    /// `tool.uv.constraint-dependencies`; returns where each cap's string is.
    static func verifyUV(_ bytes: [UInt8], path: String, before: [UInt8], caps: [TransitiveCap]) -> Result<[Int], TransitiveAmendment.Problem> {
        let file = SourceFile(path: path, bytes: bytes)
        let again = PyprojectScanner.scan(file)
        if let error = again.errors.first { return .failure(Problem("the rewritten file does not parse (\(error.message))")) }
        let old = PyprojectScanner.scan(SourceFile(path: path, bytes: before)).dependencies.count
        if again.dependencies.count != old { return .failure(Problem("the rewritten file has \(again.dependencies.count) constraints, not \(old)")) }
        guard case .success(let document) = TOMLDocument.parse(file),
              let array = document.root[path: ["tool", "uv", "constraint-dependencies"]]?.arrayValue else {
            return .failure(Problem("tool.uv.constraint-dependencies is missing after the edit"))
        }
        var offsets: [Int] = []
        for cap in caps {
            guard let written = array.elements.lazy.compactMap(\.stringValue).first(where: { $0.value == cap.requirement }) else {
                return .failure(Problem("\(cap.requirement) is missing from tool.uv.constraint-dependencies"))
            }
            guard cap.admitsVersion else { return .failure(Problem("the cap on \(cap.name) does not admit \(cap.version)")) }
            offsets.append(written.offset)
        }
        return .success(offsets)
    }

    /// Why a rewritten file was refused.
    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
