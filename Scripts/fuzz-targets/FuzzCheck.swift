@testable import SourceText
@testable import FileIO
@testable import PythonVersions
@testable import TOMLSpans
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// The properties every fuzz target checks on one input; a violation traps so libFuzzer
/// keeps the input as a crash.
///
/// The scanner sees the raw bytes (invalid UTF-8 included); the processor then runs the
/// whole pipeline and must either refuse the file untouched or change it only inside
/// constraint spans, leaving a file that scans cleanly and needs no further edit; in each
/// mode (cap, `--raise`, `--relax`).
enum FuzzCheck {
    /// A small lock so some constraints are capped from a lock version, not only a lower bound.
    static let locks: LockIndex = {
        var index = LockIndex()
        for (name, version) in [("flask", "2.3.1"), ("requests", "2.31.0"), ("django", "4.2"), ("swift-nio", "2.60.0"), ("b", "1.4.0")] {
            index.add(name: name, entry: .init(version: version, source: "fuzz.lock"), isHigher: { _, _ in true })
        }
        return index
    }()

    static func run(_ bytes: [UInt8], format: ManifestFormat) {
        let scan = format.scan
        let file = SourceFile(path: "fuzz", bytes: bytes)
        let scanned = scan(file)
        for dependency in scanned.dependencies {
            let span = Self.span(dependency.constraint)
            require(span.lowerBound >= 0 && span.upperBound <= bytes.count, "constraint span outside the file")
            if case .pep508(let text) = dependency.constraint, text.isVerbatim { require(Array(bytes[span]) == text.value, "verbatim span differs") }
            if case .specifiers(let text) = dependency.constraint, text.isVerbatim { require(Array(bytes[span]) == text.value, "verbatim span differs") }
            _ = file.location(of: dependency.offset)
        }
        for error in scanned.errors { _ = file.location(of: error.offset) }
        // Every mode keeps the same promises: capping, raising stale caps, relaxing caps away.
        for mode in CapMode.allCases { process(bytes, format: format, scanned: scanned, mode: mode) }
    }

    static func process(_ bytes: [UInt8], format: ManifestFormat, scanned: ScanResult, mode: CapMode) {
        let processor = FileProcessor(policy: .major, fromLowerBound: true, mode: mode)
        let report = processor.process(path: "fuzz", bytes: bytes, format: format, locks: locks)
        for error in report.errors { require(!error.message.hasPrefix("internal error"), error.message) }
        guard report.status == .changed else {
            require(report.after == bytes, "file changed without edits")
            return
        }
        var edits: [Edit] = []
        // Replan with the evidence the processor used: the file's own project references
        // (one reference per name: a higher lower bound elsewhere in the file counts).
        let project = ProjectReferences.of(scanned.dependencies, locks: locks)
        for dependency in scanned.dependencies {
            let (locked, floor, bounded) = processor.evidence(for: dependency, locks: locks, project: project)
            guard case .success(.capped(let planned, _, _, _)) = processor.policy.plan(dependency, locked: locked, floor: floor, bounded: bounded) else { continue }
            let span = Self.span(dependency.constraint)
            for edit in planned { require(edit.range.lowerBound >= span.lowerBound && edit.range.upperBound <= span.upperBound, "edit outside its constraint") }
            edits += planned
        }
        require((try? Splicer.apply(edits, to: bytes)) == report.after, "output differs from the planned edits")
        let again = processor.process(path: "fuzz", bytes: report.after, format: format, locks: locks)
        require(again.errors.isEmpty && again.edits.isEmpty, "rewritten file does not re-scan cleanly")
    }

    static func span(_ constraint: Constraint) -> Range<Int> {
        switch constraint {
        case .pep508(let text), .specifiers(let text), .poetry(let text): return text.rawRange
        case .swiftPackage(let requirement): return requirement.range
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz property violated: " + message()) }
    }
}
