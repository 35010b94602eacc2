import SourceText
import PythonVersions
import ManifestScanners
import Locks

extension UpperBoundPolicy {
    /// `--raise`: moves a cap that excludes the locked or installed version V up to V's policy
    /// boundary, keeping every other clause and the old bound's precision. The result admits
    /// everything the old constraint did (it only widens, and only upward), admits V, and is
    /// still bounded. Pins (`==`, `===`, a bare Poetry version, `==1.2.*`) are never raised.
    ///
    ///     flask>=1.1,<2       (2.3.2 locked)  ->  flask>=1.1,<3
    ///     flask>=1.1,<2.0.0   (2.3.2 locked)  ->  flask>=1.1,<3.0.0
    ///     flask>=1.1,<=1.9    (2.3.2 locked)  ->  flask>=1.1,<3.0
    ///     flask~=1.4          (2.1 locked)    ->  flask>=1.4,<3
    ///     Poetry "^1.2"       (2.1 locked)    ->  ">=1.2,<3"
    func planRaise(_ dependency: Dependency, locked: LockIndex.Entry?) -> Result<Outcome, Diagnostic> {
        let entry = evidence(locked)
        if case .swiftPackage(let requirement) = dependency.constraint {
            switch requirement.raisePlan(resolved: entry, policy: policy) {
            case .edits(let edits, let old, let new, let reference):
                return .success(.capped(edits: edits, old: old, new: new, reference: reference))
            case .bounded: return .success(.bounded)
            case .skip(let reason): return .success(.skipped(reason, isUnbounded: false))
            case .unreadable(let reason): return .success(.warned(reason))
            }
        }
        var version = entry.flatMap { PEP440Version($0.version) }
        // A lock that forks by marker may hold another version this constraint admits: not stale.
        let others = (entry?.forks ?? []).compactMap { PEP440Version($0) }
        if !others.isEmpty, admitsAny(dependency.constraint, others) { version = nil }
        switch dependency.constraint {
        case .pep508(let text): return raiseRequirement(text, name: dependency.name, version: version)
        case .specifiers(let text): return raiseSpecifiers(text, name: dependency.name, version: version)
        case .poetry(let text): return raisePoetry(text, name: dependency.name, version: version)
        case .swiftPackage: return .success(.bounded)
        }
    }

    /// Whether the constraint admits one of `versions` (pre-releases included).
    private func admitsAny(_ constraint: Constraint, _ versions: [PEP440Version]) -> Bool {
        switch constraint {
        case .pep508(let text):
            guard case .success(let requirement) = PEP508Requirement.parse(text.value) else { return false }
            return versions.contains { requirement.specifier.contains($0, prereleases: true) }
        case .specifiers(let text):
            guard let set = PEP440SpecifierSet(text.string) else { return false }
            return versions.contains { set.contains($0, prereleases: true) }
        case .poetry(let text):
            guard case .success(let parsed) = PoetryConstraint.parse(text.value) else { return false }
            return versions.contains { parsed.allows($0) }
        case .swiftPackage:
            return false
        }
    }

    private func noBoundToRaise(_ name: String) -> Outcome {
        .skipped("\(name) has no upper bound to raise", isUnbounded: false)
    }

    func raiseRequirement(_ text: ScannedText, name: String, version: PEP440Version?) -> Result<Outcome, Diagnostic> {
        let requirement: PEP508Requirement
        switch PEP508Requirement.parse(text.value) {
        case .success(let parsed): requirement = parsed
        case .failure(let error):
            return .failure(Diagnostic(offset: text.rawInsertionPoint(at: error.offset), message: error.message))
        }
        if requirement.url != nil { return .success(.skipped("a direct URL reference; not edited", isUnbounded: false)) }
        if !requirement.specifier.hasUpperBound { return .success(noBoundToRaise(name)) }
        guard let version, !requirement.specifier.contains(version, prereleases: true) else { return .success(.bounded) }
        let clauses = requirement.clauses.map { (range: $0.range, specifier: $0.specifier) }
        guard let edits = raisedClauses(clauses, to: version, separator: separator(requirement, text)) else {
            return .success(.bounded)
        }
        let raised = Self.applying(edits, to: text.value)
        guard case .success(let again) = PEP508Requirement.parse(raised),
              again.specifier.hasUpperBound, again.specifier.contains(version, prereleases: true) else {
            // Something other than the cap excludes V (a lower bound above it, an exclusion).
            return .success(.bounded)
        }
        return .success(splice(text, edits, name: name, reference: version, show: withoutMarker))
    }

    func raiseSpecifiers(_ text: ScannedText, name: String, version: PEP440Version?) -> Result<Outcome, Diagnostic> {
        let trimmed = trimmedRange(text.value)
        guard let clauses = Self.specifierClauses(text.value, in: trimmed) else { return .success(.bounded) }
        let set = PEP440SpecifierSet(clauses.map(\.specifier))
        if !set.hasUpperBound { return .success(noBoundToRaise(name)) }
        guard let version, !set.contains(version, prereleases: true) else { return .success(.bounded) }
        let spaced = text.value[trimmed].contains(0x20)
        guard let edits = raisedClauses(clauses, to: version, separator: spaced ? ", " : ",") else { return .success(.bounded) }
        let raised = String(decoding: Self.applying(edits, to: text.value), as: UTF8.self)
        guard let again = PEP440SpecifierSet(raised), again.hasUpperBound, again.contains(version, prereleases: true) else {
            return .success(.bounded)
        }
        return .success(splice(text, edits, name: name, reference: version))
    }

    /// Raises the cap of a Poetry constraint: in a union, only the alternatives holding the
    /// union's cap are raised, so the gaps the author left stay. A version in such a gap
    /// (`^1 || ^3` with 2.1 locked) is not raised to: which alternative it belongs to is the
    /// author's call.
    ///
    ///     "^1 || ^3"            (4.2 locked)  ->  "^1 || >=3,<5"
    ///     ">=1,<2 || >=3,<4"    (4.2 locked)  ->  ">=1,<2 || >=3,<5"
    func raisePoetry(_ text: ScannedText, name: String, version: PEP440Version?) -> Result<Outcome, Diagnostic> {
        let constraint: PoetryConstraint
        switch PoetryConstraint.parse(text.value) {
        case .success(let parsed): constraint = parsed
        case .failure(let error):
            return .failure(Diagnostic(offset: text.rawInsertionPoint(at: error.offset), message: error.message))
        }
        if !constraint.hasUpperBound { return .success(noBoundToRaise(name)) }
        guard let version, !constraint.allows(version) else { return .success(.bounded) }
        let capping = constraint.cappingAlternatives.map { constraint.alternatives[$0] }
        guard !capping.isEmpty, !capping.contains(where: { $0.clauses.contains(where: Self.isPoetryPin) }) else {
            return .success(.bounded)
        }
        var edits: [(range: Range<Int>, text: String)] = []
        for alternative in capping {
            edits += raisedPoetryClauses(alternative.clauses, in: text.value, to: version)
        }
        guard !edits.isEmpty, case .success(let again) = PoetryConstraint.parse(Self.applying(edits, to: text.value)),
              again.hasUpperBound, again.allows(version) else { return .success(.bounded) }
        return .success(splice(text, edits, name: name, reference: version))
    }

    /// The edits that raise the upper clauses of one Poetry alternative that exclude `version`,
    /// keeping the separator written between its clauses.
    private func raisedPoetryClauses(_ clauses: [PoetryConstraint.Clause], in value: [UInt8],
                                     to version: PEP440Version) -> [(range: Range<Int>, text: String)] {
        var separator = ","
        if clauses.count >= 2 {
            separator = String(decoding: value[clauses[0].range.upperBound..<clauses[1].range.lowerBound], as: UTF8.self)
        }
        var edits: [(range: Range<Int>, text: String)] = []
        for clause in clauses where ["^", "~", "~=", "<", "<="].contains(clause.op) {
            guard let bound = clause.version else { continue }
            if case .success(let alone) = PoetryConstraint.parse(Array(value[clause.range])), alone.allows(version) { continue }
            if clause.op == "<" || clause.op == "<=" {
                edits.append((clause.range, "<" + boundaryText(for: version, precision: bound.release.count)))
            } else {
                edits.append((clause.range, ">=" + clause.versionText + separator + "<" + boundaryText(for: version, precision: 0)))
            }
        }
        return edits
    }

    /// A Poetry clause that pins one version or series: `1.2.3`, `==1.2.3`, `=1.2`, `1.2.*`.
    static func isPoetryPin(_ clause: PoetryConstraint.Clause) -> Bool {
        ["==", "=", ""].contains(clause.op) && clause.version != nil
    }

    /// The edits that raise every PEP 440 upper clause excluding `version` to its boundary;
    /// nil when the clauses pin (`==`, `===`) or no upper clause excludes it.
    ///
    ///     <2      ->  <3          (the version text only: `< 2` stays spaced)
    ///     <2.0.0  ->  <3.0.0
    ///     <=1.9   ->  <3.0        (`<= 1.9` -> `< 3.0`)
    ///     ~=1.4   ->  >=1.4,<3    (the separator copied from the line)
    func raisedClauses(_ clauses: [(range: Range<Int>, specifier: PEP440Specifier)], to version: PEP440Version,
                       separator: String) -> [(range: Range<Int>, text: String)]? {
        if clauses.contains(where: { $0.specifier.op == .equal || $0.specifier.op == .arbitrary }) { return nil }
        var edits: [(range: Range<Int>, text: String)] = []
        for (range, specifier) in clauses where [.less, .lessEqual, .compatible].contains(specifier.op) {
            guard let bound = specifier.version else { return nil }
            if PEP440SpecifierSet([specifier]).contains(version, prereleases: true) { continue }
            let versionStart = range.upperBound - specifier.versionText.utf8.count
            switch specifier.op {
            case .less:
                edits.append((versionStart..<range.upperBound, boundaryText(for: version, precision: bound.release.count)))
            case .lessEqual:
                edits.append((range.lowerBound..<(range.lowerBound + 2), "<"))
                edits.append((versionStart..<range.upperBound, boundaryText(for: version, precision: bound.release.count)))
            default:
                edits.append((range.lowerBound..<(range.lowerBound + 2), ">="))
                edits.append((range.upperBound..<range.upperBound, separator + "<" + boundaryText(for: version, precision: 0)))
            }
        }
        return edits.isEmpty ? nil : edits
    }

    /// The clauses of a bare specifier set (a Pipfile `version`) with their ranges in `value`;
    /// nil for `*`, an empty value, or anything that is not a PEP 440 specifier list.
    static func specifierClauses(_ value: [UInt8], in trimmed: Range<Int>) -> [(range: Range<Int>, specifier: PEP440Specifier)]? {
        var clauses: [(range: Range<Int>, specifier: PEP440Specifier)] = []
        var start = trimmed.lowerBound
        for i in trimmed.lowerBound...trimmed.upperBound where i == trimmed.upperBound || value[i] == UInt8(ascii: ",") {
            let piece = PythonWhitespace.trim(value, in: start..<i)
            start = i + 1
            if piece.isEmpty { continue }
            guard let specifier = PEP440Specifier(String(decoding: value[piece], as: UTF8.self)) else { return nil }
            clauses.append((piece, specifier))
        }
        return clauses.isEmpty ? nil : clauses
    }

    /// `value` with non-overlapping decoded edits applied (to check a result before splicing it).
    static func applying(_ edits: [(range: Range<Int>, text: String)], to value: [UInt8]) -> [UInt8] {
        var out = value
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return out
    }
}
