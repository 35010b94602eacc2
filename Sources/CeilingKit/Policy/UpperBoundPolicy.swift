import SourceText
import PythonVersions
import ManifestScanners
import Locks

/// Decides the new text of one constraint: the single place where a cap is chosen.
///
/// The reference version R comes from evidence of the version in use: the version locked,
/// installed or published for the name (the highest across the project), raised to the
/// highest lower bound written for the name anywhere in the project and in the constraint.
/// Without evidence there is no R and no cap, unless `fromLowerBound` (`--from-lower-bound`)
/// makes the lower bounds enough. A lower bound that is all zeros (`>=0`, `>=0.0.0`) is
/// never a reference. The cap is the first version past R's policy range (`CapPolicy`),
/// written as `<CAP` and joined to the existing clauses in the style already on the line:
///
///     flask>=1.1.2        ->  flask>=1.1.2,<2
///     flask >= 1.1.2      ->  flask >= 1.1.2, <2
///     flask (>=1.0)       ->  flask (>=1.0,<2)
///     flask ; os_name=="nt"  (R 2.3 locked)  ->  flask<3 ; os_name=="nt"
///
/// A constraint that already has an upper bound is left alone.
struct UpperBoundPolicy: Sendable {
    var policy: CapPolicy
    /// Whether a lower bound alone is a reference (`--from-lower-bound`): the old, guessing
    /// behaviour, only on request.
    var fromLowerBound: Bool
    /// Cap (the default), raise stale caps, or relax caps away (`CapMode`).
    var mode: CapMode
    /// Appended to the warning for a name without evidence: how it could get some
    /// (`--index would look up its published releases` while lookups are off).
    var noEvidenceHint: String?

    init(policy: CapPolicy, fromLowerBound: Bool = false, mode: CapMode = .cap) {
        self.policy = policy
        self.fromLowerBound = fromLowerBound
        self.mode = mode
    }

    /// What to do with one dependency.
    enum Outcome: Sendable {
        /// Edits to apply, the constraint before and after, and the reference version used.
        case capped(edits: [Edit], old: String, new: String, reference: String)
        /// Already has an upper bound: left alone.
        case bounded
        /// Not edited, with the reason (no known version, a URL, an ignore pragma, ...);
        /// `isUnbounded` when the constraint still has no upper bound (what `--check` reports).
        case skipped(String, isUnbounded: Bool)
        /// Bounded, but the bound excludes the locked or installed `version` (cap mode only):
        /// `old` is the constraint, `new` what `--raise` would make it.
        case stale(old: String, new: String, version: String)
        /// Not edited although it is within bounds, for a reason the user must see (a lock
        /// pin that cannot be read): printed as a warning.
        case warned(String)
    }

    /// Plans the edit for `dependency`; a constraint that does not parse is a `Diagnostic`.
    ///
    /// `locked` is the evidence for the name (lock, environment or index; for Python names the
    /// highest across the project), `floor` the highest lower bound written for the name in any
    /// manifest of the project (PEP 503-normalized names; nil for SwiftPM).
    func plan(_ dependency: Dependency, locked: LockIndex.Entry?, floor: PEP440Version? = nil,
                     bounded: [Constraint] = []) -> Result<Outcome, Diagnostic> {
        if dependency.isIgnored { return .success(.skipped("ignored by a pragma", isUnbounded: false)) }
        if ConstraintBound.isInterpreter(dependency.name), !dependency.constraint.isSwiftPackage {
            return .success(.skipped("\(dependency.name) is the Python interpreter, not a package, and is never capped; use requires-python",
                                     isUnbounded: false))
        }
        switch mode {
        case .cap: return planCapOrStale(dependency, locked: locked, floor: floor, bounded: bounded)
        case .raise: return planRaise(dependency, locked: locked)
        case .relax: return planRelax(dependency)
        }
    }

    /// The cap for one dependency (the default mode), before staleness is looked at.
    func planCap(_ dependency: Dependency, locked: LockIndex.Entry?, floor: PEP440Version?, bounded: [Constraint] = []) -> Result<Outcome, Diagnostic> {
        let facts = Facts(name: dependency.name, locked: locked, floor: floor, bounded: bounded)
        switch dependency.constraint {
        case .pep508(let text): return planRequirement(text, facts)
        case .specifiers(let text): return planSpecifiers(text, facts)
        case .poetry(let text): return planPoetry(text, facts)
        case .swiftPackage(let requirement):
            switch requirement.plan(resolved: locked, policy: policy) {
            case .edits(let edits, let old, let new, let reference):
                // Every SwiftPM version requirement is bounded already: narrowing it further needs
                // a resolved version, or the lower bound on request (never an all-zero one).
                if locked == nil, !fromLowerBound || requirement.lowerBoundIsAllZero {
                    return .success(.skipped("\(dependency.name): no resolved version; \(requirement.text) keeps its own bound", isUnbounded: false))
                }
                return .success(.capped(edits: edits, old: old, new: new, reference: reference))
            case .bounded: return .success(.bounded)
            case .unreadable(let reason): return .success(.warned("\(dependency.name): \(reason)"))
            case .skip(let reason):
                // Every SwiftPM version requirement has an upper bound; a branch floats.
                if case .branch = requirement.kind { return .success(.skipped(reason, isUnbounded: true)) }
                return .success(.skipped(reason, isUnbounded: false))
            }
        }
    }

    /// What the policy knows of one name besides its constraint.
    struct Facts {
        var name: String
        /// The evidence: a locked, installed or published version.
        var locked: LockIndex.Entry?
        /// The highest lower bound on the name across the project.
        var floor: PEP440Version?
        /// The project's constraints on the name that already have an upper bound.
        var bounded: [Constraint] = []

        /// The evidence's version, when it parses as PEP 440.
        var lockedVersion: PEP440Version? { locked.flatMap { PEP440Version($0.version) } }
    }

    /// R: the highest of the evidence, the project's lower bounds on the name and the
    /// constraint's own; nil without evidence (unless `fromLowerBound`). All-zero bounds never count.
    func reference(_ facts: Facts, lowerBound: PEP440Version?) -> PEP440Version? {
        let evidence = facts.lockedVersion
        guard evidence != nil || fromLowerBound else { return nil }
        var best = evidence
        for bound in [lowerBound, facts.floor] {
            guard let bound, !bound.isAllZero else { continue }
            if best.map({ bound > $0 }) ?? true { best = bound }
        }
        return best
    }

    /// Why `--policy exact` will not pin a name: no evidence, or several versions of it locked
    /// (uv.lock forks by marker), where one pin would break the other forks.
    func exactRefusal(_ facts: Facts) -> Outcome? {
        guard policy == .exact else { return nil }
        guard let locked = facts.locked, facts.lockedVersion != nil else { return noReference(facts.name) }
        if !locked.forks.isEmpty {
            let versions = ([locked.version] + locked.forks).joined(separator: ", ")
            return .skipped("\(facts.name) is locked at several versions (\(versions) in \(locked.source)); --policy exact does not pin it", isUnbounded: true)
        }
        return nil
    }

    /// A lower bound of six digits or more (`>=20251230`, `>=202405`) is a date stamp, not a
    /// semantic version: the next "major" is tomorrow's snapshot, so a cap would only pin.
    func isDateStamp(_ lowerBound: PEP440Version?) -> Bool {
        (lowerBound?.release.first ?? 0) >= 100_000
    }

    /// The clause that caps R under this policy: `<2`, `<0.4`, `<1!3`, or `==R` for exact.
    func capClause(for reference: PEP440Version) -> String {
        if policy == .exact { return "==" + reference.description }
        let boundary = policy.boundary(for: reference.release)
        let epoch = reference.epoch != 0 ? "\(reference.epoch)!" : ""
        return "<" + epoch + boundary.map(String.init).joined(separator: ".")
    }

    /// Under `--policy exact`, why `==R` would contradict a bounded constraint on the name
    /// elsewhere in the project (`aiohttp==3.12.15` in requirements.txt, R 3.13.1): one pin per
    /// name, or none.
    func exactConflict(_ facts: Facts, reference: PEP440Version) -> Outcome? {
        guard policy == .exact, let other = facts.bounded.first(where: { !$0.admits(reference) }) else { return nil }
        let text: String
        switch other {
        case .pep508(let t), .specifiers(let t), .poetry(let t): text = t.string
        case .swiftPackage(let requirement): text = requirement.text
        }
        return .skipped("\(facts.name): \(reference) is outside \(text) elsewhere in the project; --policy exact does not pin it", isUnbounded: true)
    }

    /// Why nothing can be done without a reference version.
    func noReference(_ name: String) -> Outcome {
        if policy == .exact { return .skipped("\(name) has no locked or installed version for --policy exact", isUnbounded: true) }
        return .skipped("\(name) has no upper bound and no known version; not capped (\(Self.evidenceHint)\(noEvidenceHint.map { "; " + $0 } ?? ""))", isUnbounded: true)
    }

    /// The ways to give a reference version, for messages.
    static let evidenceHint = "give one with --lock or --venv, or use --from-lower-bound"

    /// The range of `value` without surrounding whitespace.
    func trimmedRange(_ value: [UInt8]) -> Range<Int> {
        var start = 0
        var end = value.count
        while start < end, value[start] == 0x20 || value[start] == 0x09 { start += 1 }
        while end > start, value[end - 1] == 0x20 || value[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    func splice(_ text: ScannedText, _ edit: (range: Range<Int>, text: String), name: String, reference: PEP440Version,
                show: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) }) -> Outcome {
        splice(text, [edit], name: name, reference: reference, show: show)
    }

    /// Turns edits planned on decoded text into raw edits, refusing to cut through an escape
    /// or a continuation; `show` gives the constraint's text before and after, for messages.
    func splice(_ text: ScannedText, _ edits: [(range: Range<Int>, text: String)], name: String, reference: PEP440Version,
                show: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) }) -> Outcome {
        splice(text, edits, name: name, reference: reference.description, show: show)
    }

    /// Like `splice(_:_:name:reference:show:)` with the reference as text (empty for `--relax`, which has none).
    func splice(_ text: ScannedText, _ edits: [(range: Range<Int>, text: String)], name: String, reference: String,
                show: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) }) -> Outcome {
        var newValue = text.value
        var raw: [Edit] = []
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            if !edit.range.isEmpty, !text.isVerbatim(edit.range) {
                return .skipped("\(name): the constraint is split by escapes or continuations; not edited", isUnbounded: mode == .cap)
            }
            newValue.replaceSubrange(edit.range, with: Array(edit.text.utf8))
            raw.append(Edit(range: text.rawRange(of: edit.range), replacement: edit.text))
        }
        return .capped(edits: raw.reversed(), old: show(text.value), new: show(newValue), reference: reference)
    }
}
