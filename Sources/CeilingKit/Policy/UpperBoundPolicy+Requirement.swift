import SourceText
import PythonVersions

extension UpperBoundPolicy {
    /// Caps a PEP 508 requirement by inserting one clause after the last one.
    ///
    ///     Werkzeug>=0.15                 ->  Werkzeug>=0.15,<2
    ///     requests [socks] >= 2.0, !=2.1 ->  requests [socks] >= 2.0, !=2.1, <3
    ///     click                          ->  click<9          (R 8.1.7 locked)
    ///     click>=7.0 (exact, R 8.1.7)    ->  click==8.1.7
    func planRequirement(_ text: ScannedText, _ facts: Facts) -> Result<Outcome, Diagnostic> {
        let name = facts.name
        let requirement: PEP508Requirement
        switch PEP508Requirement.parse(text.value) {
        case .success(let parsed): requirement = parsed
        case .failure(let error):
            return .failure(Diagnostic(offset: text.rawInsertionPoint(at: error.offset), message: error.message))
        }
        if requirement.url != nil { return .success(.skipped("a direct URL reference; not edited", isUnbounded: false)) }
        if requirement.specifier.hasUpperBound { return .success(.bounded) }
        if isDateStamp(requirement.specifier.highestLowerBound) {
            return .success(.skipped("\(name): a date-stamped version; not capped", isUnbounded: true))
        }
        if let refusal = exactRefusal(facts) { return .success(refusal) }
        guard let r = reference(facts, lowerBound: requirement.specifier.highestLowerBound) else {
            return .success(noReference(name))
        }
        if let conflict = exactConflict(facts, reference: r) { return .success(conflict) }
        if policy == .exact, !requirement.specifier.contains(r, prereleases: true) {
            return .success(.skipped("\(name): locked version \(r) is outside \(text.string); not pinned", isUnbounded: true))
        }
        let cap = capClause(for: r)
        let value = text.value
        let decodedEdit: (range: Range<Int>, text: String)
        if policy == .exact, let first = requirement.clauses.first, let last = requirement.clauses.last {
            decodedEdit = (first.range.lowerBound..<last.range.upperBound, cap)
        } else if let last = requirement.clauses.last {
            decodedEdit = (last.range.upperBound..<last.range.upperBound, separator(requirement, text) + cap)
        } else if let parentheses = requirement.parentheses {
            decodedEdit = ((parentheses.lowerBound + 1)..<(parentheses.lowerBound + 1), cap)
        } else {
            decodedEdit = (requirement.afterNameAndExtras..<requirement.afterNameAndExtras, cap)
        }
        return .success(splice(text, decodedEdit, name: name, reference: r, show: withoutMarker))
    }

    /// The separator before a new clause, copied from the line:
    /// between the last two clauses if there are two (without a continued line's
    /// indentation), else `, ` when the requirement puts spaces around its operator (on one
    /// line), else `,`.
    func separator(_ requirement: PEP508Requirement, _ text: ScannedText) -> String {
        let value = text.value
        let clauses = requirement.clauses
        if clauses.count >= 2 {
            return separatorText(text, clauses[clauses.count - 2].range.upperBound..<clauses[clauses.count - 1].range.lowerBound)
        }
        guard let only = clauses.first else { return "," }
        let opening = requirement.parentheses.map { $0.lowerBound + 1 } ?? requirement.afterNameAndExtras
        // Blanks that lay out a continued line (`click \` then `    >=7.0`) are not the line's spacing.
        let spacedBefore = only.range.lowerBound > opening && text.isVerbatim(opening..<only.range.lowerBound)
            && value[opening..<only.range.lowerBound].contains { $0 == 0x20 || $0 == 0x09 }
        let spacedInside = value[only.range].contains { $0 == 0x20 || $0 == 0x09 }
        return spacedBefore || spacedInside ? ", " : ","
    }

    /// The requirement without its marker, for messages: `flask>=1.1.2`.
    func withoutMarker(_ value: [UInt8]) -> String {
        var end = value.count
        if let semicolon = value.firstIndex(of: UInt8(ascii: ";")) { end = semicolon }
        while end > 0, value[end - 1] == 0x20 || value[end - 1] == 0x09 { end -= 1 }
        return String(decoding: value[..<end], as: UTF8.self)
    }
}
