import SourceText
import ManifestScanners

/// What happened to one manifest: every edit, skip and error, with positions for messages.
struct FileReport: Sendable {
    enum Status: String, Sendable {
        case changed
        case unchanged
        case error
    }

    /// One capped constraint.
    struct EditRecord: Sendable, Equatable {
        var location: SourceLocation
        var name: String
        var old: String
        var new: String
        var reference: String
        /// The lock or environment that gave the reference version; `nil` when it was the lower bound.
        var referenceSource: String?
        /// The byte ranges replaced in the file as read, for reports that carry the fix (SARIF).
        var replacements: [Replacement] = []
        /// Whether the edit caps, raises or relaxes (the run's mode).
        var mode: CapMode = .cap
    }

    /// One span of the original bytes and the text that replaces it (empty span: an insertion).
    struct Replacement: Sendable, Equatable {
        /// Byte offsets into the file as read (a byte-order mark counts).
        var range: Range<Int>
        /// Where `range` starts and ends, 1-based, columns in Unicode scalars.
        var start: SourceLocation
        var end: SourceLocation
        var text: String
    }

    /// One constraint left alone, and why.
    struct SkipRecord: Sendable, Equatable {
        var location: SourceLocation
        var name: String?
        var reason: String
        /// Whether the constraint has no upper bound (what `--check` fails on).
        var isUnbounded: Bool
        /// Whether the user must see it although it is not unbounded (printed as a warning): a lock
        /// pin that cannot be read, a value ceiling could not follow.
        var isWarning: Bool = false
    }

    /// One error: the file is left untouched.
    struct ErrorRecord: Sendable, Equatable {
        var location: SourceLocation
        var message: String
    }

    /// One line `--transitive` adds: a cap on an installed package that no manifest declares
    /// (`Werkzeug<2`), or the `-c constraints.txt` line that makes pip read the caps (`name` nil).
    struct AdditionRecord: Sendable, Equatable {
        var location: SourceLocation
        var name: String?
        var line: String
        /// The installed or locked version the cap admits, and the file that gave it.
        var version: String?
        var versionSource: String?
    }

    var path: String
    var format: ManifestFormat
    var edits: [EditRecord] = []
    var skips: [SkipRecord] = []
    var errors: [ErrorRecord] = []
    /// Bounded constraints whose bound excludes the locked or installed version (cap mode).
    var stale: [StaleRecord] = []
    /// Lines added by `--transitive`.
    var additions: [AdditionRecord] = []
    /// Constraints that already had an upper bound.
    var boundedCount = 0
    /// The file's bytes before and after; `after` equals `before` unless there are edits and no errors.
    /// A batch run drops both once the file is written and its diff made, to keep memory flat.
    var before: [UInt8] = []
    var after: [UInt8] = []
    /// The unified diff, when the run prints one.
    var diff: [UInt8] = []

    init(path: String, format: ManifestFormat) {
        self.path = path
        self.format = format
    }

    var status: Status {
        if !errors.isEmpty { return .error }
        return edits.isEmpty && additions.isEmpty ? .unchanged : .changed
    }

    /// Constraints still without an upper bound: those ceiling would cap, and those it cannot.
    var unboundedCount: Int {
        edits.count + skips.filter(\.isUnbounded).count + transitiveCapCount
    }

    /// Transitive caps this file gains: installed packages that had no cap anywhere.
    var transitiveCapCount: Int {
        additions.filter { $0.name != nil }.count
    }
}
