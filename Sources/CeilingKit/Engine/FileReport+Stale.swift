import SourceText

extension FileReport {
    /// A bounded constraint whose bound excludes the locked or installed version: the manifest
    /// and the lock disagree, and `--raise` would settle it.
    ///
    ///     requirements.txt:3:1: flask>=1.1,<2 excludes the locked 2.3.2 (poetry.lock)
    struct StaleRecord: Sendable, Equatable {
        var location: SourceLocation
        var name: String
        /// The constraint as written (`flask>=1.1,<2`, or `>=1.1,<2` in a Pipfile).
        var constraint: String
        /// What `--raise` would make it.
        var raised: String
        /// The locked or installed version the constraint excludes.
        var version: String
        /// The lock file or environment that gave it.
        var source: String
        /// Whether the version was installed (an environment) rather than locked.
        var isInstalled: Bool

        /// `flask>=1.1,<2 excludes the locked 2.3.2 (poetry.lock)`.
        var message: String {
            let spec = constraint.hasPrefix(name) ? constraint : "\(name) \(constraint)"
            return "\(spec) excludes the \(isInstalled ? "installed" : "locked") \(version) (\(source))"
        }
    }

    /// Whether `--check` fails on this file: a constraint it would change in this run's mode
    /// (an unbounded one to cap, a cap to raise or remove), or a stale cap.
    var failsCheck: Bool {
        unboundedCount > 0 || !stale.isEmpty
    }
}

extension FileReport.EditRecord {
    /// The `--check` line for an edit the run would make, by mode:
    ///
    ///     flask>=1.1 has no upper bound (would become flask>=1.1,<2)
    ///     flask>=1.1,<2 excludes the locked 2.3.2 (requirements.lock) (would become flask>=1.1,<3)
    ///     flask>=1.1,<2 has an upper bound (would become flask>=1.1)
    /// The `-v` line for an edit: `flask>=1.1 -> flask>=1.1,<2 (reference 1.1.4 from requirements.lock)`;
    /// a relaxed constraint has no reference: `flask>=1.1,<2 -> flask>=1.1 (upper bound removed)`.
    /// A constraint written apart from its name (Pipfile, Poetry) gets the name first:
    /// `click >=7.0 -> >=7.0,<9 (...)`, as `--check` does.
    var verboseMessage: String {
        let spec = old.hasPrefix(name) ? old : "\(name) \(old)"
        if mode == .relax { return "\(spec) -> \(new) (upper bound removed)" }
        let source = referenceSource.map { " from \($0)" } ?? ", the lower bound"
        return "\(spec) -> \(new) (reference \(reference)\(source))"
    }

    var checkMessage: String {
        let spec = old.hasPrefix(name) ? old : "\(name) \(old)"
        switch mode {
        case .cap: return "\(spec) has no upper bound (would become \(new))"
        case .raise: return "\(spec) excludes the locked \(reference)\(referenceSource.map { " (\($0))" } ?? "") (would become \(new))"
        case .relax: return "\(spec) has an upper bound (would become \(new))"
        }
    }
}
