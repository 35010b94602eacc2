import PythonVersions
import ManifestScanners
import Locks

/// A cap on a package the project runs but does not declare: `Werkzeug<2` for an
/// installed Werkzeug 1.0.1 under `--policy major`.
///
/// Only a lock or an installed environment is evidence (never published versions alone);
/// the cap is the policy's clause after the name as the lock spells it, with no marker:
/// ceiling does not invent Python-version conditions.
struct TransitiveCap: Sendable, Equatable {
    /// PEP 503-normalized name, for sorting and matching.
    var key: String
    /// The name as the lock or environment spells it (`Jinja2`).
    var name: String
    var version: String
    /// The lock or environment that gave the version.
    var source: String
    /// The requirement written: `Jinja2<3`, or `Jinja2==2.11.3` under `--policy exact`.
    var requirement: String

    /// Caps for every evidence entry of `index` whose name is not in `declared`, sorted by
    /// normalized name. Entries from published versions, unparseable versions, ignored names
    /// the installer's own packages of an environment (what `pip freeze` leaves out), and under
    /// `--policy exact` a name locked at several versions get none. The cap follows the highest
    /// version, so it admits every version the lock holds.
    static func caps(from index: LockIndex, declared: Set<String>, policy: UpperBoundPolicy, ignored: Set<String>) -> [TransitiveCap] {
        var caps: [TransitiveCap] = []
        for (key, entry) in index.all where entry.origin != .index && !declared.contains(key) && !ignored.contains(key) {
            if entry.origin == .environment, installerPackages.contains(key) { continue }
            guard let version = PEP440Version(entry.version), !policy.isDateStamp(version) else { continue }
            // A name locked at several versions (uv forks) cannot be pinned to one of them.
            if policy.policy == .exact, !entry.forks.isEmpty { continue }
            let name = index.spelling(ofKey: key) ?? key
            // Swift identities and URL keys share the index with Python names only in a mixed `--lock`.
            guard name.utf8.allSatisfy(RequirementText.isNameByte) else { continue }
            caps.append(TransitiveCap(key: key, name: name, version: entry.version, source: entry.source,
                                      requirement: name + policy.capClause(for: version)))
        }
        return caps.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// What `pip freeze` leaves out of an environment by default: the installer itself.
    static let installerPackages: Set<String> = ["pip", "setuptools", "wheel", "distribute"]

    /// Whether `requirement` (as written back from a file) still admits the version: the promise
    /// every cap keeps.
    var admitsVersion: Bool {
        guard case .success(let parsed) = PEP508Requirement.parse(Array(requirement.utf8)),
              let version = PEP440Version(version) else { return false }
        return parsed.specifier.contains(version, prereleases: true)
    }
}
