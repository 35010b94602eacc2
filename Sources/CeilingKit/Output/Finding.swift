import SourceText
import Locks

/// One thing a CI report shows: an unbounded constraint or an error, at a place in a manifest.
///
/// Built from the same `FileReport`s the text and `--json` printers read, so every format
/// reports what `--check` reports.
struct Finding: Sendable, Equatable {
    var rule: FindingRule
    /// The manifest, as printed elsewhere (relative to the current folder when inside it).
    var path: String
    var location: SourceLocation
    /// The dependency's name; `nil` for an error.
    var name: String?
    var message: String
    /// The replacements that cap the constraint, in the file as read; empty when there is no fix.
    var fix: [FileReport.Replacement] = []
    /// The constraint as it would become, when there is a fix.
    var fixedText: String?
    /// Which occurrence of the same rule and name in the same file this is (0 for the first):
    /// part of the fingerprint, so two findings never share one.
    var occurrence = 0

    /// Every finding of a run, file by file in the reports' order, each file's findings by position.
    static func collect(_ reports: [FileReport]) -> [Finding] {
        var findings: [Finding] = []
        for report in reports {
            var ofFile: [Finding] = []
            for error in report.errors {
                ofFile.append(Finding(rule: .manifestError, path: report.path, location: error.location, name: nil, message: error.message))
            }
            for edit in report.edits {
                let spec = edit.old.hasPrefix(edit.name) ? edit.old : "\(edit.name) \(edit.old)"
                ofFile.append(Finding(rule: .unboundedConstraint, path: report.path, location: edit.location, name: edit.name,
                                      message: "\(spec) has no upper bound (would become \(edit.new))",
                                      fix: edit.replacements, fixedText: edit.new))
            }
            for addition in report.additions {
                guard let name = addition.name else { continue }
                let version = addition.version.map { " " + $0 } ?? ""
                ofFile.append(Finding(rule: .uncappedTransitive, path: report.path, location: addition.location, name: name,
                                      message: "\(name)\(version) is installed with no cap (would add \(addition.line))"))
            }
            for stale in report.stale {
                ofFile.append(Finding(rule: .staleCap, path: report.path, location: stale.location, name: stale.name,
                                      message: "\(stale.message); --raise would make it \(stale.raised)"))
            }
            for skip in report.skips where skip.isUnbounded {
                ofFile.append(Finding(rule: .unboundedWithoutVersion, path: report.path, location: skip.location, name: skip.name, message: skip.reason))
            }
            ofFile.sort { ($0.location.line, $0.location.column, $0.rule.rawValue, $0.message) < ($1.location.line, $1.location.column, $1.rule.rawValue, $1.message) }
            var seen: [String: Int] = [:]
            for i in ofFile.indices {
                let key = ofFile[i].rule.rawValue + "\u{0}" + (ofFile[i].name.map(LockIndex.normalize) ?? ofFile[i].message)
                ofFile[i].occurrence = seen[key, default: 0]
                seen[key, default: 0] += 1
            }
            findings += ofFile
        }
        return findings
    }

    /// A fingerprint stable across runs: the hex SHA-256 of path, rule, normalized name (or, for
    /// an error, its message) and occurrence; not the line, so moving a line keeps it.
    var fingerprint: String {
        let identity = [path, rule.rawValue, name.map(LockIndex.normalize) ?? message, String(occurrence)].joined(separator: "\u{0}")
        return SHA256.hex(Array(identity.utf8))
    }
}
