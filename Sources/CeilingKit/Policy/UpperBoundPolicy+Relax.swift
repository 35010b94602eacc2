import SourceText
import PythonVersions
import ManifestScanners

extension UpperBoundPolicy {
    /// `--relax`, for libraries that choose not to cap: removes upper bounds and keeps every
    /// lower bound and exclusion, so the result admits a superset of what the constraint did.
    /// Pins (`==`, `===`, a bare Poetry version, `==1.2.*`) and SwiftPM requirements (bounded
    /// by design) are left alone; so are names kept by `--ignore` or a pragma.
    ///
    ///     flask>=1.1,<2       ->  flask>=1.1
    ///     flask<2             ->  flask
    ///     flask (<2)          ->  flask
    ///     flask~=1.4          ->  flask>=1.4
    ///     flask<2,>=1.1       ->  flask>=1.1
    ///     Poetry "^1.2"       ->  ">=1.2"
    ///     Poetry "<2"         ->  "*"
    ///     Pipfile "<2"        ->  "*"
    func planRelax(_ dependency: Dependency) -> Result<Outcome, Diagnostic> {
        switch dependency.constraint {
        case .pep508(let text): return relaxRequirement(text, name: dependency.name)
        case .specifiers(let text): return relaxSpecifiers(text, name: dependency.name)
        case .poetry(let text): return relaxPoetry(text, name: dependency.name)
        case .swiftPackage: return .success(.skipped("SwiftPM requirements are not relaxed (every version requirement is bounded by design)", isUnbounded: false))
        }
    }

    private func nothingToRelax(_ name: String) -> Outcome {
        .skipped("\(name) has no upper bound to remove", isUnbounded: false)
    }

    private func pinned(_ name: String) -> Outcome {
        .skipped("\(name) is pinned; not relaxed", isUnbounded: false)
    }

    func relaxRequirement(_ text: ScannedText, name: String) -> Result<Outcome, Diagnostic> {
        let requirement: PEP508Requirement
        switch PEP508Requirement.parse(text.value) {
        case .success(let parsed): requirement = parsed
        case .failure(let error):
            return .failure(Diagnostic(offset: text.rawInsertionPoint(at: error.offset), message: error.message))
        }
        if requirement.url != nil { return .success(.skipped("a direct URL reference; not edited", isUnbounded: false)) }
        if !requirement.specifier.hasUpperBound { return .success(nothingToRelax(name)) }
        let clauses = requirement.clauses.map { (range: $0.range, specifier: $0.specifier) }
        guard let relaxed = relaxedClauses(clauses) else { return .success(pinned(name)) }
        var edits = relaxed.edits
        if relaxed.removesAll, let last = clauses.last {
            // `flask (<2)` -> `flask`: the parentheses and the space before the clauses go too.
            edits = [(requirement.afterNameAndExtras..<(requirement.parentheses?.upperBound ?? last.range.upperBound), "")]
        }
        let result = Self.applying(edits, to: text.value)
        guard case .success(let again) = PEP508Requirement.parse(result), !again.specifier.hasUpperBound else {
            return .success(pinned(name))
        }
        return .success(splice(text, edits, name: name, reference: "", show: withoutMarker))
    }

    func relaxSpecifiers(_ text: ScannedText, name: String) -> Result<Outcome, Diagnostic> {
        let trimmed = trimmedRange(text.value)
        guard let clauses = Self.specifierClauses(text.value, in: trimmed),
              PEP440SpecifierSet(clauses.map(\.specifier)).hasUpperBound else { return .success(nothingToRelax(name)) }
        guard let relaxed = relaxedClauses(clauses) else { return .success(pinned(name)) }
        let edits = relaxed.removesAll ? [(range: trimmed, text: "*")] : relaxed.edits
        return .success(splice(text, edits, name: name, reference: ""))
    }

    /// Relaxes each Poetry alternative that holds the union's cap and pins nothing. The upper
    /// bound of an earlier alternative is not a cap but a gap the author left, and stays:
    ///
    ///     "^1 || ^3"          ->  "^1 || >=3"
    ///     ">=1,<2 || >=3"     ->  unchanged (no upper bound)
    func relaxPoetry(_ text: ScannedText, name: String) -> Result<Outcome, Diagnostic> {
        let constraint: PoetryConstraint
        switch PoetryConstraint.parse(text.value) {
        case .success(let parsed): constraint = parsed
        case .failure(let error):
            return .failure(Diagnostic(offset: text.rawInsertionPoint(at: error.offset), message: error.message))
        }
        if !constraint.hasUpperBound { return .success(nothingToRelax(name)) }
        var edits: [(range: Range<Int>, text: String)] = []
        for index in constraint.cappingAlternatives {
            let alternative = constraint.alternatives[index]
            guard alternative.hasUpperBound, !alternative.clauses.contains(where: Self.isPoetryPin) else { continue }
            let clauses = alternative.clauses
            let removed = clauses.indices.filter { ["<", "<="].contains(clauses[$0].op) }
            guard let firstKept = clauses.indices.first(where: { !removed.contains($0) }) else {
                edits.append((alternative.range, "*"))
                continue
            }
            for clause in clauses where ["^", "~", "~="].contains(clause.op) {
                edits.append((clause.range, ">=" + clause.versionText))
            }
            edits += Self.removals(of: removed, in: clauses.map(\.range), firstKept: firstKept)
        }
        if edits.isEmpty { return .success(pinned(name)) }
        return .success(splice(text, edits, name: name, reference: ""))
    }

    /// The edits that remove every PEP 440 upper clause: `<` and `<=` go with their separator,
    /// `~=` becomes `>=`. nil when a clause pins (`==`, `===`); `removesAll` when no clause is left
    /// (the caller decides what an empty constraint is written as).
    func relaxedClauses(_ clauses: [(range: Range<Int>, specifier: PEP440Specifier)])
        -> (edits: [(range: Range<Int>, text: String)], removesAll: Bool)? {
        if clauses.contains(where: { $0.specifier.op == .equal || $0.specifier.op == .arbitrary }) { return nil }
        let removed = clauses.indices.filter { [.less, .lessEqual].contains(clauses[$0].specifier.op) }
        guard let firstKept = clauses.indices.first(where: { !removed.contains($0) }) else { return ([], true) }
        var edits: [(range: Range<Int>, text: String)] = []
        for (range, specifier) in clauses where specifier.op == .compatible {
            edits.append((range.lowerBound..<(range.lowerBound + 2), ">="))
        }
        edits += Self.removals(of: removed, in: clauses.map(\.range), firstKept: firstKept)
        return (edits, false)
    }

    /// Deletions of the clauses at `removed`, each with one separator: clauses before the first
    /// kept one lose the separator after them, the others the separator before them.
    ///
    ///     <2,>=1.1      ->  >=1.1      (from `<` up to `>`)
    ///     >=1.1, <2     ->  >=1.1      (from after `1.1` to after `2`)
    static func removals(of removed: [Int], in ranges: [Range<Int>], firstKept: Int) -> [(range: Range<Int>, text: String)] {
        var edits: [(range: Range<Int>, text: String)] = []
        if firstKept > 0 { edits.append((ranges[0].lowerBound..<ranges[firstKept].lowerBound, "")) }
        for i in removed where i > firstKept {
            edits.append((ranges[i - 1].upperBound..<ranges[i].upperBound, ""))
        }
        return edits
    }
}
