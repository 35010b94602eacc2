import PythonVersions
import ManifestScanners

extension Dependency {
    /// What the constraint writes about its bounds, read in one parse: the highest lower bound
    /// (`>=1.2`, `^1.2`, `~=1.2`, `==1.2`; nil when it has none, a URL reference, text that does
    /// not parse, or a SwiftPM requirement) and whether it has an upper bound (`<`, `<=`, `==`,
    /// `~=`, `^`, `~`).
    var writtenBounds: (lower: PEP440Version?, hasUpper: Bool) {
        switch constraint {
        case .pep508(let text):
            guard case .success(let requirement) = PEP508Requirement.parse(text.value), requirement.url == nil else { return (nil, false) }
            return (requirement.specifier.highestLowerBound, requirement.specifier.hasUpperBound)
        case .specifiers(let text):
            guard let set = PEP440SpecifierSet(text.string.trimmingBlanks) else { return (nil, false) }
            return (set.highestLowerBound, set.hasUpperBound)
        case .poetry(let text):
            guard case .success(let parsed) = PoetryConstraint.parse(text.value) else { return (nil, false) }
            return (parsed.highestLowerBound, parsed.hasUpperBound)
        case .swiftPackage:
            return (nil, false)
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
