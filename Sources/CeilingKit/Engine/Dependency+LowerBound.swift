extension Dependency {
    /// The highest lower bound the constraint writes (`>=1.2`, `^1.2`, `~=1.2`, `==1.2`),
    /// or nil when it has none, does not parse, or is a SwiftPM requirement.
    var writtenLowerBound: PEP440Version? {
        switch constraint {
        case .pep508(let text):
            guard case .success(let requirement) = PEP508Requirement.parse(text.value), requirement.url == nil else { return nil }
            return requirement.specifier.highestLowerBound
        case .specifiers(let text):
            return PEP440SpecifierSet(text.string.trimmingBlanks)?.highestLowerBound
        case .poetry(let text):
            guard case .success(let parsed) = PoetryConstraint.parse(text.value) else { return nil }
            return parsed.highestLowerBound
        case .swiftPackage:
            return nil
        }
    }
}

private extension String {
    var trimmingBlanks: Substring {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return slice
    }
}
