/// What a run does to the upper bounds it finds: the three stages of a cap's life.
///
/// | mode    | `flask>=1.1` (1.1.4 locked) | `flask>=1.1,<2` (2.3.2 locked) | `flask>=1.1,<2` |
/// |---------|-----------------------------|--------------------------------|-----------------|
/// | cap     | `flask>=1.1,<2`             | left alone, reported as stale  | left alone      |
/// | raise   | left alone                  | `flask>=1.1,<3`                | left alone      |
/// | relax   | left alone                  | `flask>=1.1`                   | `flask>=1.1`    |
///
/// Capping only narrows; raising and relaxing only widen, so one run never does both.
enum CapMode: String, Sendable, CaseIterable {
    /// Add an upper bound where there is none (the default).
    case cap
    /// `--raise`: move a cap that excludes the locked or installed version up to that
    /// version's policy boundary.
    case raise
    /// `--relax`: remove upper bounds, keeping every lower bound and exclusion.
    case relax

    /// The past participle for messages: `capped 2 constraints`, `raised 1 constraint`.
    var pastTense: String {
        switch self {
        case .cap: "capped"
        case .raise: "raised"
        case .relax: "relaxed"
        }
    }
}
