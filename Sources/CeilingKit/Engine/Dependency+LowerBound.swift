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

extension Dependency {
    /// Whether the constraint already has an upper bound (`<`, `<=`, `==`, `~=`, `^`, `~`).
    var hasWrittenUpperBound: Bool {
        switch constraint {
        case .pep508(let text):
            guard case .success(let requirement) = PEP508Requirement.parse(text.value) else { return false }
            return requirement.specifier.hasUpperBound
        case .specifiers(let text):
            return PEP440SpecifierSet(text.string.trimmingBlanks)?.hasUpperBound ?? false
        case .poetry(let text):
            guard case .success(let parsed) = PoetryConstraint.parse(text.value) else { return false }
            return parsed.hasUpperBound
        case .swiftPackage:
            return false
        }
    }
}

extension Constraint {
    /// Whether the constraint admits `version` (pre-releases included); true when it cannot be read.
    func admits(_ version: PEP440Version) -> Bool {
        switch self {
        case .pep508(let text):
            guard case .success(let requirement) = PEP508Requirement.parse(text.value) else { return true }
            return requirement.specifier.contains(version, prereleases: true)
        case .specifiers(let text):
            return PEP440SpecifierSet(text.string.trimmingBlanks)?.contains(version, prereleases: true) ?? true
        case .poetry(let text):
            guard case .success(let parsed) = PoetryConstraint.parse(text.value) else { return true }
            return parsed.allows(version)
        case .swiftPackage:
            return true
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
