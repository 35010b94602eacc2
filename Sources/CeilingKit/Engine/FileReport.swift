/// What happened to one manifest: every edit, skip and error, with positions for messages.
public struct FileReport: Sendable {
    public enum Status: String, Sendable {
        case changed
        case unchanged
        case error
    }

    /// One capped constraint.
    public struct EditRecord: Sendable, Equatable {
        public var location: SourceLocation
        public var name: String
        public var old: String
        public var new: String
        public var reference: String
        /// The lock or environment that gave the reference version; `nil` when it was the lower bound.
        public var referenceSource: String?
        /// The byte ranges replaced in the file as read, for reports that carry the fix (SARIF).
        public var replacements: [Replacement] = []
        /// Whether the edit caps, raises or relaxes (the run's mode).
        public var mode: CapMode = .cap
    }

    /// One span of the original bytes and the text that replaces it (empty span: an insertion).
    public struct Replacement: Sendable, Equatable {
        /// Byte offsets into the file as read (a byte-order mark counts).
        public var range: Range<Int>
        /// Where `range` starts and ends, 1-based, columns in Unicode scalars.
        public var start: SourceLocation
        public var end: SourceLocation
        public var text: String
    }

    /// One constraint left alone, and why.
    public struct SkipRecord: Sendable, Equatable {
        public var location: SourceLocation
        public var name: String?
        public var reason: String
        /// Whether the constraint has no upper bound (what `--check` fails on).
        public var isUnbounded: Bool
        /// Whether the user must see it although it is not unbounded (printed as a warning): a lock
        /// pin that cannot be read, a value ceiling could not follow.
        public var isWarning: Bool = false
    }

    /// One error: the file is left untouched.
    public struct ErrorRecord: Sendable, Equatable {
        public var location: SourceLocation
        public var message: String
    }

    /// One line `--transitive` adds: a cap on an installed package that no manifest declares
    /// (`Werkzeug<2`), or the `-c constraints.txt` line that makes pip read the caps (`name` nil).
    public struct AdditionRecord: Sendable, Equatable {
        public var location: SourceLocation
        public var name: String?
        public var line: String
        /// The installed or locked version the cap admits, and the file that gave it.
        public var version: String?
        public var versionSource: String?
    }

    public var path: String
    public var format: ManifestFormat
    public var edits: [EditRecord] = []
    public var skips: [SkipRecord] = []
    public var errors: [ErrorRecord] = []
    /// Bounded constraints whose bound excludes the locked or installed version (cap mode).
    public var stale: [StaleRecord] = []
    /// Lines added by `--transitive`.
    public var additions: [AdditionRecord] = []
    /// Constraints that already had an upper bound.
    public var boundedCount = 0
    /// The file's bytes before and after; `after` equals `before` unless there are edits and no errors.
    /// A batch run drops both once the file is written and its diff made, to keep memory flat.
    public var before: [UInt8] = []
    public var after: [UInt8] = []
    /// The unified diff, when the run prints one.
    public var diff: [UInt8] = []

    public init(path: String, format: ManifestFormat) {
        self.path = path
        self.format = format
    }

    public var status: Status {
        if !errors.isEmpty { return .error }
        return edits.isEmpty && additions.isEmpty ? .unchanged : .changed
    }

    /// Constraints still without an upper bound: those ceiling would cap, and those it cannot.
    public var unboundedCount: Int {
        edits.count + skips.filter(\.isUnbounded).count + transitiveCapCount
    }

    /// Transitive caps this file gains: installed packages that had no cap anywhere.
    public var transitiveCapCount: Int {
        additions.filter { $0.name != nil }.count
    }
}
