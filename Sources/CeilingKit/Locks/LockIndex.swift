/// Versions a project really runs, keyed by normalized name, with where each came from.
///
/// Python names are matched by PEP 503 normalization (`Foo_Bar` is `foo-bar`);
/// Swift packages by identity (`swift-nio`) and by URL. When one name appears
/// more than once (uv.lock forks by marker), the highest version wins.
public struct LockIndex: Sendable {
    /// What kind of evidence a version is: what a project locked, what is installed, or
    /// what is published (a package index or a remote's tags).
    public enum Origin: String, Sendable, Equatable {
        case lock, environment, index
    }

    public struct Entry: Sendable, Equatable {
        public var version: String
        /// The file the version was read from, as given (for `-v` and `--json`).
        public var source: String
        /// A VCS revision, when the lock records one (Package.resolved).
        public var revision: String?
        public var origin: Origin
        /// The other versions the same source gives for this name (uv.lock forks by marker),
        /// besides `version`, the highest.
        public var forks: [String] = []
        /// The branch a revision was resolved for, when the lock records one (Package.resolved).
        public var branch: String?
        public init(version: String, source: String, revision: String? = nil, origin: Origin = .lock) {
            self.version = version
            self.source = source
            self.revision = revision
            self.origin = origin
        }
    }

    private var entries: [String: Entry] = [:]
    /// The name as the lock spells it (`Jinja2`), by normalized key, for names written back.
    private var spellings: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// PEP 503: lowercase, runs of `-`, `_`, `.` become one `-`.
    ///
    /// Called for every dependency and every lock entry, so ASCII names (nearly all)
    /// take a byte-level path; anything else is lowercased the Unicode way.
    public static func normalize(_ name: String) -> String {
        // Most names are written normalized already (`flask`, `typing-extensions`): keep them, unbuilt.
        if isNormalized(name) { return name }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingDash = false
        for b in name.utf8 {
            if b >= 0x80 { return normalizeUnicode(name) }
            if b == 0x2D || b == 0x5F || b == 0x2E {
                pendingDash = true
                continue
            }
            if pendingDash, !bytes.isEmpty { bytes.append(0x2D) }
            pendingDash = false
            bytes.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `normalize` would give `name` back unchanged: ASCII without capitals, `_` or `.`,
    /// and each `-` alone between two other bytes.
    private static func isNormalized(_ name: String) -> Bool {
        guard !name.isEmpty else { return true }
        var previous: UInt8 = 0x2D  // as if after a `-`: a leading `-` is dropped
        for b in name.utf8 {
            if b >= 0x80 || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b == 0x2E { return false }
            if b == 0x2D, previous == 0x2D { return false }
            previous = b
        }
        return previous != 0x2D  // a trailing `-` is dropped
    }

    private static func normalizeUnicode(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == "." {
                pendingDash = true
                continue
            }
            if pendingDash, !out.isEmpty { out.append("-") }
            pendingDash = false
            out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        return out
    }

    /// Records a version; an existing entry is replaced only by a higher version
    /// (compared by `isHigher`, which the caller supplies for its version scheme).
    public mutating func add(name: String, entry: Entry, isHigher: (String, String) -> Bool) {
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

    public func lookup(_ name: String) -> Entry? {
        entries[Self.normalize(name)]
    }

    /// The name as the lock spelled it, for a normalized key of `all`.
    public func spelling(ofKey key: String) -> String? { spellings[key] }

    /// Every entry, keyed by normalized name (or Swift identity and URL key), in no set order.
    public var all: [String: Entry] { entries }

    /// Entries from `other` fill names this index does not have (this index is nearer, so it wins).
    public mutating func fill(from other: LockIndex) {
        for (key, entry) in other.entries where entries[key] == nil {
            entries[key] = entry
            if let name = other.spellings[key] { spellings[key] = name }
        }
    }
}
