import SourceText
import PythonVersions

extension UpperBoundPolicy {
    /// Caps a bare PEP 440 specifier set (a Pipfile `version`), or `*`.
    ///
    ///     "*"        ->  "<3"        (R 2.31.0 locked)
    ///     ">=2.0"    ->  ">=2.0,<3"
    ///     ">= 2.0"   ->  ">= 2.0, <3"
    func planSpecifiers(_ text: ScannedText, _ facts: Facts) -> Result<Outcome, Diagnostic> {
        let name = facts.name
        let value = text.value
        let trimmed = trimmedRange(value)
        let body = value[trimmed]
        let isAnything = body.isEmpty || (body.count == 1 && body.first == UInt8(ascii: "*"))
        var specifiers = PEP440SpecifierSet([])
        if !isAnything {
            let written = String(decoding: body, as: UTF8.self)
            if let parsed = PEP440SpecifierSet(written) {
                specifiers = parsed
            } else if body.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true, PEP440SpecifierSet("==" + written) != nil {
                // pipenv reads a bare version (`3.*`, `1.2`) as `==`: a pin, bounded already.
                return .success(.bounded)
            } else {
                return .success(.skipped("\(name): \(written) is not a PEP 440 version specifier; not edited", isUnbounded: true))
            }
        }
        if specifiers.hasUpperBound { return .success(.bounded) }
        if isDateStamp(specifiers.highestLowerBound) {
            return .success(.skipped("\(name): a date-stamped version; not capped", isUnbounded: true))
        }
        if let refusal = exactRefusal(facts) { return .success(refusal) }
        guard let r = reference(facts, lowerBound: specifiers.highestLowerBound) else {
            return .success(noReference(name))
        }
        if let conflict = exactConflict(facts, reference: r) { return .success(conflict) }
        if policy == .exact, !specifiers.contains(r, prereleases: true) {
            return .success(.skipped("\(name): locked version \(r) is outside \(text.string); not pinned", isUnbounded: true))
        }
        let cap = capClause(for: r)
        let decoded: (range: Range<Int>, text: String)
        if isAnything || policy == .exact {
            decoded = (trimmed, cap)
        } else {
            let spaced = body.contains(0x20)
            decoded = (trimmed.upperBound..<trimmed.upperBound, (spaced ? ", " : ",") + cap)
        }
        return .success(splice(text, decoded, name: name, reference: r))
    }
}
