extension UpperBoundPolicy {
    /// Caps a bare PEP 440 specifier set (a Pipfile `version`), or `*`.
    ///
    ///     "*"        ->  "<3"        (R 2.31.0 locked)
    ///     ">=2.0"    ->  ">=2.0,<3"
    ///     ">= 2.0"   ->  ">= 2.0, <3"
    func planSpecifiers(_ text: ScannedText, name: String, locked: LockIndex.Entry?) -> Result<Outcome, Diagnostic> {
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
                return .success(.skipped("\(name): \(written) is not a PEP 440 version specifier; not edited", isUnbounded: false))
            }
        }
        if specifiers.hasUpperBound { return .success(.bounded) }
        if isDateStamp(specifiers.highestLowerBound) {
            return .success(.skipped("\(name): a date-stamped version; not capped", isUnbounded: false))
        }
        let lockVersion = lockedVersion(locked)
        if policy == .exact, lockVersion == nil { return .success(noReference(name)) }
        guard let r = reference(locked: lockVersion, lowerBound: specifiers.highestLowerBound) else {
            return .success(noReference(name))
        }
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

    /// The range of `value` without surrounding whitespace.
    func trimmedRange(_ value: [UInt8]) -> Range<Int> {
        var start = 0
        var end = value.count
        while start < end, value[start] == 0x20 || value[start] == 0x09 { start += 1 }
        while end > start, value[end - 1] == 0x20 || value[end - 1] == 0x09 { end -= 1 }
        return start..<end
    }

    func splice(_ text: ScannedText, _ edit: (range: Range<Int>, text: String), name: String, reference: PEP440Version) -> Outcome {
        splice(text, [edit], name: name, reference: reference)
    }

    /// Turns edits planned on decoded text into raw edits, refusing to cut through an escape.
    func splice(_ text: ScannedText, _ edits: [(range: Range<Int>, text: String)], name: String, reference: PEP440Version) -> Outcome {
        var newValue = text.value
        var raw: [Edit] = []
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            if !edit.range.isEmpty, !text.isVerbatim(edit.range) {
                return .skipped("\(name): the constraint is split by escapes; not edited", isUnbounded: true)
            }
            newValue.replaceSubrange(edit.range, with: Array(edit.text.utf8))
            raw.append(Edit(range: text.rawRange(of: edit.range), replacement: edit.text))
        }
        return .capped(edits: raw.reversed(), old: text.string, new: String(decoding: newValue, as: UTF8.self), reference: reference.description)
    }
}
