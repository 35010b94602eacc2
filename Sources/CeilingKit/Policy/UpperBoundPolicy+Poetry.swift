import SourceText
import PythonVersions

extension UpperBoundPolicy {
    /// Caps each Poetry alternative that has no upper bound.
    ///
    ///     ">=1.2"            ->  ">=1.2,<2"
    ///     ">= 6"             ->  ">= 6, <7"
    ///     "*"                ->  "<2"          (R 1.4.0 locked)
    ///     ">=1.0,<2 || >=3"  ->  ">=1.0,<2 || >=3,<4"
    ///     "^1.2", "~1.2", "1.2.3", "1.2.*"  already bounded
    func planPoetry(_ text: ScannedText, _ facts: Facts) -> Result<Outcome, Diagnostic> {
        let name = facts.name
        let constraint: PoetryConstraint
        switch PoetryConstraint.parse(text.value) {
        case .success(let parsed): constraint = parsed
        case .failure(let error):
            return .failure(Diagnostic(offset: text.rawInsertionPoint(at: error.offset), message: error.message))
        }
        if constraint.hasUpperBound { return .success(.bounded) }
        if isDateStamp(constraint.highestLowerBound) {
            return .success(.skipped("\(name): a date-stamped version; not capped", isUnbounded: true))
        }
        if let refusal = exactRefusal(facts) { return .success(refusal) }
        guard let r = reference(facts, lowerBound: constraint.highestLowerBound) else {
            return .success(noReference(name))
        }
        if let conflict = exactConflict(facts, reference: r) { return .success(conflict) }
        if policy == .exact {
            guard constraint.allows(r) else {
                return .success(.skipped("\(name): locked version \(r) is outside \(text.string); not pinned", isUnbounded: true))
            }
            // A bare version is Poetry's exact pin.
            return .success(splice(text, (trimmedRange(text.value), r.description), name: name, reference: r))
        }
        let cap = capClause(for: r)
        var decodedEdits: [(range: Range<Int>, text: String)] = []
        for alternative in constraint.alternatives where !alternative.hasUpperBound {
            if alternative.isWildcard || alternative.clauses.isEmpty {
                decodedEdits.append((alternative.range, cap))
            } else if let last = alternative.clauses.last {
                // The style on the line: the separator between the last two clauses, else `, `
                // when the clause is spaced (`>= 6` -> `>= 6, <7`), as for PEP 508.
                let clauses = alternative.clauses
                var separator = text.value[last.range].contains { $0 == 0x20 || $0 == 0x09 } ? ", " : ","
                if clauses.count >= 2 {
                    let between = text.value[clauses[clauses.count - 2].range.upperBound..<clauses[clauses.count - 1].range.lowerBound]
                    separator = String(decoding: between, as: UTF8.self)
                }
                decodedEdits.append((last.range.upperBound..<last.range.upperBound, separator + cap))
            }
        }
        return .success(splice(text, decodedEdits, name: name, reference: r))
    }
}
