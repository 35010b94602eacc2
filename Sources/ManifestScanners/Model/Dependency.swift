import SourceText

/// One dependency constraint a scanner found, with what the policy needs to cap it.
package struct Dependency: Sendable {
    /// The name as written (`Foo_Bar`); lock lookups normalize it.
    package var name: String
    /// Where messages about this dependency point (usually the name).
    package var offset: Int
    package var constraint: Constraint
    /// A `# ceiling: ignore` (or renovate/pyup) pragma, or a place never to cap.
    package var isIgnored: Bool

    init(name: String, offset: Int, constraint: Constraint, isIgnored: Bool = false) {
        self.name = name
        self.offset = offset
        self.constraint = constraint
        self.isIgnored = isIgnored
    }
}

/// The syntax a constraint is written in; each case carries the decoded text and its raw span.
package enum Constraint: Sendable {
    /// A whole PEP 508 requirement: `flask[async]>=2.0; python_version >= "3.8"`.
    case pep508(ScannedText)
    /// A PEP 440 specifier set alone, or `*` (Pipfile's `version`): `>=1.0,!=1.3`.
    case specifiers(ScannedText)
    /// A Poetry constraint: `^1.2`, `>=1.2,<2 || >=3`, `*`.
    case poetry(ScannedText)
    /// A SwiftPM package requirement, already planned by its scanner per policy. Boxed: it is
    /// several times the size of the other cases, and every dependency of every format would
    /// otherwise carry its size (a 1 MB requirements file took 50 MB of dependency arrays).
    indirect case swiftPackage(SwiftPackageRequirement)

    package var isSwiftPackage: Bool {
        if case .swiftPackage = self { return true }
        return false
    }
}

/// Something a scanner saw but will not edit, with the reason (for `-v`, `--json`, `--check`).
///
/// `isUnbounded`: the constraint has no upper bound (or none ceiling can show), so `--check`
/// lists it and a normal run warns. `isWarning`: not a constraint known to be unbounded, but
/// something the user must hear about without `-v` (a value ceiling could not follow).
package struct Skip: Sendable, Equatable {
    package var offset: Int
    package var name: String?
    package var reason: String
    package var isUnbounded: Bool
    package var isWarning: Bool
    init(offset: Int, name: String?, reason: String, isUnbounded: Bool = false, isWarning: Bool = false) {
        self.offset = offset
        self.name = name
        self.reason = reason
        self.isUnbounded = isUnbounded
        self.isWarning = isWarning
    }
}

/// What a scanner found in one file.
package struct ScanResult: Sendable {
    package var dependencies: [Dependency] = []
    package var skips: [Skip] = []
    /// Non-empty means the file could not be read as its format: nothing is edited.
    package var errors: [Diagnostic] = []
    init(dependencies: [Dependency] = [], skips: [Skip] = [], errors: [Diagnostic] = []) {
        self.dependencies = dependencies
        self.skips = skips
        self.errors = errors
    }
}

/// A reader of one manifest format. It never crashes on any input, never edits,
/// and yields the exact byte range of every constraint.
protocol ManifestScanner {
    static func scan(_ file: SourceFile) -> ScanResult
}
