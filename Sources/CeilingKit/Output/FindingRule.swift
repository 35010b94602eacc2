/// A kind of finding the CI report formats (`--output-format github|gitlab|sarif`) emit.
///
/// Each case is one SARIF rule, one GitLab `check_name` and one GitHub annotation title.
/// Adding a kind of finding is adding a case here and the loop that makes it in
/// `Finding.collect`; every format then carries it.
enum FindingRule: String, Sendable, CaseIterable {
    /// A constraint without an upper bound that ceiling would cap (the fix is known).
    case unboundedConstraint = "unbounded-constraint"
    /// A constraint without an upper bound and without evidence to cap it from.
    case unboundedWithoutVersion = "unbounded-without-version"
    /// An installed package that no manifest declares and nothing caps (`--transitive`).
    case uncappedTransitive = "uncapped-transitive"
    /// An upper bound that excludes the version locked or installed (`--raise` widens it).
    case staleCap = "stale-cap"
    /// A manifest that could not be read, parsed or processed; it is left untouched.
    case manifestError = "manifest-error"

    /// How serious it is: a warning fails `--check`, an error fails every run (exit 3).
    enum Level: String, Sendable { case warning, error }

    var level: Level {
        switch self {
        case .unboundedConstraint, .unboundedWithoutVersion, .uncappedTransitive, .staleCap: return .warning
        case .manifestError: return .error
        }
    }

    /// A short title (GitHub annotation title, SARIF rule name).
    var title: String {
        switch self {
        case .unboundedConstraint: return "Unbounded dependency constraint"
        case .unboundedWithoutVersion: return "Unbounded dependency constraint (no known version)"
        case .uncappedTransitive: return "Installed package without a cap"
        case .staleCap: return "Stale cap"
        case .manifestError: return "Manifest not processed"
        }
    }

    /// One sentence for SARIF's rule description.
    var summary: String {
        switch self {
        case .unboundedConstraint:
            return "A dependency constraint has no upper bound; ceiling caps it below the next breaking release of the version locked or installed."
        case .unboundedWithoutVersion:
            return "A dependency constraint has no upper bound, and no lock, environment or published version says which version is in use, so ceiling cannot cap it."
        case .uncappedTransitive:
            return "A package the project installs but no manifest declares has no cap; --transitive adds one to the project's constraints."
        case .staleCap:
            return "An upper bound excludes the version the project locks or has installed; ceiling --raise moves it to that version's policy boundary."
        case .manifestError:
            return "A manifest could not be read, parsed or processed; ceiling left it untouched."
        }
    }

    /// SARIF's rule `name`: an identifier in PascalCase.
    var sarifName: String {
        switch self {
        case .unboundedConstraint: return "UnboundedConstraint"
        case .unboundedWithoutVersion: return "UnboundedWithoutVersion"
        case .uncappedTransitive: return "UncappedTransitive"
        case .staleCap: return "StaleCap"
        case .manifestError: return "ManifestError"
        }
    }

    /// GitLab Code Quality severity (`info`, `minor`, `major`, `critical`, `blocker`).
    var gitlabSeverity: String {
        switch self {
        case .unboundedConstraint, .unboundedWithoutVersion, .uncappedTransitive, .staleCap: return "major"
        case .manifestError: return "critical"
        }
    }
}
