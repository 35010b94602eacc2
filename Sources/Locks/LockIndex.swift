import PythonVersions

/// Versions a project really runs, keyed by normalized name, with where each came from.
///
/// Python names are matched by PEP 503 normalization (`Foo_Bar` is `foo-bar`);
/// Swift packages by identity (`swift-nio`) and by URL. When one name appears
/// more than once (uv.lock forks by marker), the highest version wins.
package struct LockIndex: Sendable {
    /// What kind of evidence a version is: what a project locked, what is installed, or
    /// what is published (a package index or a remote's tags).
    package enum Origin: String, Sendable, Equatable {
        case lock, environment, index
    }

    package struct Entry: Sendable, Equatable {
        package var version: String
        /// The file the version was read from, as given (for `-v` and `--json`).
        package var source: String
        /// A VCS revision, when the lock records one (Package.resolved).
        package var revision: String?
        package var origin: Origin
        /// The other versions the same source gives for this name (uv.lock forks by marker),
        /// besides `version`, the highest.
        package var forks: [String] = []
        /// The branch a revision was resolved for, when the lock records one (Package.resolved).
        package var branch: String?
        package init(version: String, source: String, revision: String? = nil, origin: Origin = .lock) {
            self.version = version
            self.source = source
            self.revision = revision
            self.origin = origin
        }
    }

    private var entries: [String: Entry] = [:]
    /// The name as the lock spells it (`Jinja2`), by normalized key, for names written back.
    private var spellings: [String: String] = [:]

    package init() {}

    package var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    /// PEP 503's normalized name; see `PackageName.normalize`.
    package static func normalize(_ name: String) -> String { PackageName.normalize(name) }

    /// Records a version; an existing entry is replaced only by a higher version
    /// (compared by `isHigher`, which the caller supplies for its version scheme).
    package mutating func add(name: String, entry: Entry, isHigher: (String, String) -> Bool) {
        let key = Self.normalize(name)
        guard let old = entries[key] else {
            entries[key] = entry
            spellings[key] = name
            return
        }
        if old.version == entry.version || old.forks.contains(entry.version) { return }
        if old.source == entry.source, isHigher(entry.version, old.version) {
            var entry = entry
            entry.forks = [old.version] + old.forks
            entries[key] = entry
        } else if old.source == entry.source {
            entries[key]?.forks.append(entry.version)
        } else if isHigher(entry.version, old.version) {
            entries[key] = entry
        }
    }

    package func lookup(_ name: String) -> Entry? {
        entries[Self.normalize(name)]
    }

    /// The name as the lock spelled it, for a normalized key of `all`.
    package func spelling(ofKey key: String) -> String? { spellings[key] }

    /// Every entry, keyed by normalized name (or Swift identity and URL key), in no set order.
    package var all: [String: Entry] { entries }

    /// Entries from `other` fill names this index does not have (this index is nearer, so it wins).
    mutating func fill(from other: LockIndex) {
        for (key, entry) in other.entries where entries[key] == nil {
            entries[key] = entry
            if let name = other.spellings[key] { spellings[key] = name }
        }
    }
}
