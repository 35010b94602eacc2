/// Decides the new text of one constraint: the single place where a cap is chosen.
///
/// The reference version R is the highest of the locked or installed version and
/// the highest lower bound already in the constraint. The cap is the first
/// version past R's policy range (`CapPolicy`), written as `<CAP` and joined to
/// the existing clauses in the style already on the line:
///
///     flask>=1.1.2        ->  flask>=1.1.2,<2
///     flask >= 1.1.2      ->  flask >= 1.1.2, <2
///     flask (>=1.0)       ->  flask (>=1.0,<2)
///     flask ; os_name=="nt"  (R 2.3 locked)  ->  flask<3 ; os_name=="nt"
///
/// A constraint that already has an upper bound is left alone.
public struct UpperBoundPolicy: Sendable {
    public var policy: CapPolicy

    public init(policy: CapPolicy) {
        self.policy = policy
    }

    /// What to do with one dependency.
    public enum Outcome: Sendable {
        /// Edits to apply, the constraint before and after, and the reference version used.
        case capped(edits: [Edit], old: String, new: String, reference: String)
        /// Already has an upper bound: left alone.
        case bounded
        /// Not edited, with the reason (no known version, a URL, an ignore pragma, ...);
        /// `isUnbounded` when the constraint still has no upper bound (what `--check` reports).
        case skipped(String, isUnbounded: Bool)
    }

    /// Plans the edit for `dependency`; a constraint that does not parse is a `Diagnostic`.
    public func plan(_ dependency: Dependency, locked: LockIndex.Entry?) -> Result<Outcome, Diagnostic> {
        if dependency.isIgnored { return .success(.skipped("ignored by a pragma", isUnbounded: false)) }
        if ConstraintBound.isInterpreter(dependency.name), !dependency.constraint.isSwiftPackage {
            return .success(.skipped("\(dependency.name) is the Python interpreter, not a package, and is never capped; use requires-python",
                                     isUnbounded: false))
        }
        switch dependency.constraint {
        case .pep508(let text): return planRequirement(text, name: dependency.name, locked: locked)
        case .specifiers(let text): return planSpecifiers(text, name: dependency.name, locked: locked)
        case .poetry(let text): return planPoetry(text, name: dependency.name, locked: locked)
        case .swiftPackage(let requirement):
            switch requirement.plan(resolved: locked, policy: policy) {
            case .edits(let edits, let old, let new, let reference):
                return .success(.capped(edits: edits, old: old, new: new, reference: reference))
            case .bounded: return .success(.bounded)
            case .skip(let reason):
                // Every SwiftPM version requirement has an upper bound; a branch floats.
                if case .branch = requirement.kind { return .success(.skipped(reason, isUnbounded: true)) }
                return .success(.skipped(reason, isUnbounded: false))
            }
        }
    }

    /// The version a lock gives, when it parses as PEP 440.
    func lockedVersion(_ locked: LockIndex.Entry?) -> PEP440Version? {
        locked.flatMap { PEP440Version($0.version) }
    }

    /// R: the highest of the locked version and the constraint's own lower bound.
    func reference(locked: PEP440Version?, lowerBound: PEP440Version?) -> PEP440Version? {
        switch (locked, lowerBound) {
        case let (l?, b?): return max(l, b)
        case let (l?, nil): return l
        case let (nil, b?): return b
        case (nil, nil): return nil
        }
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

    /// Why nothing can be done without a reference version.
    func noReference(_ name: String) -> Outcome {
        if policy == .exact { return .skipped("\(name) has no locked or installed version for --policy exact", isUnbounded: true) }
        return .skipped("\(name) has no upper bound and no known version", isUnbounded: true)
    }

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
        var newValue = text.value
        var raw: [Edit] = []
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            if !edit.range.isEmpty, !text.isVerbatim(edit.range) {
                return .skipped("\(name): the constraint is split by escapes or continuations; not edited", isUnbounded: true)
            }
            newValue.replaceSubrange(edit.range, with: Array(edit.text.utf8))
            raw.append(Edit(range: text.rawRange(of: edit.range), replacement: edit.text))
        }
        return .capped(edits: raw.reversed(), old: show(text.value), new: show(newValue), reference: reference.description)
    }
}
