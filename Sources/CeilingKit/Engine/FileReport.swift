import SourceText
import ManifestScanners

/// What happened to one manifest: every edit, skip and error, with positions for messages.
package struct FileReport: Sendable {
    package enum Status: String, Sendable {
        case changed
        case unchanged
        case error
    }

    /// One capped constraint.
    package struct EditRecord: Sendable, Equatable {
        package var location: SourceLocation
        package var name: String
        package var old: String
        package var new: String
        package var reference: String
        /// The lock or environment that gave the reference version; `nil` when it was the lower bound.
        package var referenceSource: String?
        /// The byte ranges replaced in the file as read, for reports that carry the fix (SARIF).
        package var replacements: [Replacement] = []
        /// Whether the edit caps, raises or relaxes (the run's mode).
        package var mode: CapMode = .cap
    }

    /// One span of the original bytes and the text that replaces it (empty span: an insertion).
    package struct Replacement: Sendable, Equatable {
        /// Byte offsets into the file as read (a byte-order mark counts).
        package var range: Range<Int>
        /// Where `range` starts and ends, 1-based, columns in Unicode scalars.
        package var start: SourceLocation
        package var end: SourceLocation
        package var text: String
    }

    /// One constraint left alone, and why.
    package struct SkipRecord: Sendable, Equatable {
        package var location: SourceLocation
        package var name: String?
        package var reason: String
        /// Whether the constraint has no upper bound (what `--check` fails on).
        package var isUnbounded: Bool
        /// Whether the user must see it although it is not unbounded (printed as a warning): a lock
        /// pin that cannot be read, a value ceiling could not follow.
        package var isWarning: Bool = false
    }

    /// One error: the file is left untouched.
    package struct ErrorRecord: Sendable, Equatable {
        package var location: SourceLocation
        package var message: String
    }

    /// One line `--transitive` adds: a cap on an installed package that no manifest declares
    /// (`Werkzeug<2`), or the `-c constraints.txt` line that makes pip read the caps (`name` nil).
    package struct AdditionRecord: Sendable, Equatable {
        package var location: SourceLocation
        package var name: String?
        package var line: String
        /// The installed or locked version the cap admits, and the file that gave it.
        package var version: String?
        package var versionSource: String?
    }

    package var path: String
    package var format: ManifestFormat
    package var edits: [EditRecord] = []
    package var skips: [SkipRecord] = []
    package var errors: [ErrorRecord] = []
    /// Bounded constraints whose bound excludes the locked or installed version (cap mode).
    package var stale: [StaleRecord] = []
    /// Lines added by `--transitive`.
    package var additions: [AdditionRecord] = []
    /// Constraints that already had an upper bound.
    package var boundedCount = 0
    /// The file's bytes before and after; `after` equals `before` unless there are edits and no errors.
    /// A batch run drops both once the file is written and its diff made, to keep memory flat.
    package var before: [UInt8] = []
    package var after: [UInt8] = []
    /// The unified diff, when the run prints one.
    package var diff: [UInt8] = []

    package init(path: String, format: ManifestFormat) {
        self.path = path
        self.format = format
    }

    package var status: Status {
        if !errors.isEmpty { return .error }
        return edits.isEmpty && additions.isEmpty ? .unchanged : .changed
    }

    /// Constraints still without an upper bound: those ceiling would cap, and those it cannot.
    package var unboundedCount: Int {
        edits.count + skips.filter(\.isUnbounded).count + transitiveCapCount
    }

    /// Transitive caps this file gains: installed packages that had no cap anywhere.
    package var transitiveCapCount: Int {
        additions.filter { $0.name != nil }.count
    }
}
