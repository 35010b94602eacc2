/// One dependency constraint a scanner found, with what the policy needs to cap it.
public struct Dependency: Sendable {
    /// The name as written (`Foo_Bar`); lock lookups normalize it.
    public var name: String
    /// Where messages about this dependency point (usually the name).
    public var offset: Int
    public var constraint: Constraint
    /// A `# ceiling: ignore` (or renovate/pyup) pragma, or a place never to cap.
    public var isIgnored: Bool

    public init(name: String, offset: Int, constraint: Constraint, isIgnored: Bool = false) {
        self.name = name
        self.offset = offset
        self.constraint = constraint
        self.isIgnored = isIgnored
    }
}

/// The syntax a constraint is written in; each case carries the decoded text and its raw span.
public enum Constraint: Sendable {
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

    var isSwiftPackage: Bool {
        if case .swiftPackage = self { return true }
        return false
    }
}

/// Something a scanner saw but will not edit, with the reason (for `-v`, `--json`, `--check`).
///
/// `isUnbounded`: the constraint has no upper bound (or none ceiling can show), so `--check`
/// lists it and a normal run warns. `isWarning`: not a constraint known to be unbounded, but
/// something the user must hear about without `-v` (a value ceiling could not follow).
public struct Skip: Sendable, Equatable {
    public var offset: Int
    public var name: String?
    public var reason: String
    public var isUnbounded: Bool
    public var isWarning: Bool
    public init(offset: Int, name: String?, reason: String, isUnbounded: Bool = false, isWarning: Bool = false) {
        self.offset = offset
        self.name = name
        self.reason = reason
        self.isUnbounded = isUnbounded
        self.isWarning = isWarning
    }
}

/// An error in a manifest: the file is left untouched and reported as `path:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Equatable {
    public var offset: Int
    public var message: String
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}

/// What a scanner found in one file.
public struct ScanResult: Sendable {
    public var dependencies: [Dependency] = []
    public var skips: [Skip] = []
    /// Non-empty means the file could not be read as its format: nothing is edited.
    public var errors: [Diagnostic] = []
    public init(dependencies: [Dependency] = [], skips: [Skip] = [], errors: [Diagnostic] = []) {
        self.dependencies = dependencies
        self.skips = skips
        self.errors = errors
    }
}

/// A reader of one manifest format. It never crashes on any input, never edits,
/// and yields the exact byte range of every constraint.
public protocol ManifestScanner {
    static func scan(_ file: SourceFile) -> ScanResult
}
