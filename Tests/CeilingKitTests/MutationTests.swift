import Foundation
import Testing
import TestSupport
@testable import SourceText
@testable import PythonVersions
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// Scanners and the processor on every real input and on damaged copies of them:
/// spans stay inside the file, nothing crashes or hangs, and whatever ceiling still
/// edits differs from its input only inside constraint spans and scans cleanly again.
@Suite struct MutationTests {
    static let inputs = ReliabilityInput.all()
    /// Damaged copies made per format: a few hundred each, within the debug-build time budget.
    static let mutationsPerFormat = 400

    @Test func constraintSpansLieInTheFileAndMatchTheirBytes() {
        var checked = 0
        for input in Self.inputs {
            let scan = input.format.scan
            let problems = Self.spanProblems(scan(SourceFile(path: input.name, bytes: input.bytes)), bytes: input.bytes)
            #expect(problems.isEmpty, "\(input.name): \(problems)")
            checked += 1
        }
        #expect(checked >= 50)
    }

    /// In every mode: capping, raising stale caps (`--raise`) and relaxing caps away (`--relax`).
    @Test(arguments: ManifestFormat.allCases, CapMode.allCases)
    func damagedInputsNeverCrashAndEditOnlyConstraintSpans(_ format: ManifestFormat, _ mode: CapMode) throws {
        let scan = format.scan
        let seeds = Self.inputs.filter { $0.format == format && !$0.bytes.isEmpty }
        try #require(!seeds.isEmpty)
        let processor = FileProcessor(policy: .major, fromLowerBound: true, mode: mode)
        var mutator = Mutator(rng: SplitMix(seed: 0xCE11_1260 &+ UInt64(format.rawValue.utf8.count)))
        var tally = (edited: 0, refused: 0, unchanged: 0)
        for i in 0..<Self.mutationsPerFormat {
            let seed = seeds[i % seeds.count]
            let bytes = mutator.mutate(seed.bytes)
            let label = "\(seed.name) mutation \(i)"
            let scanned = scan(SourceFile(path: label, bytes: bytes))
            let spanProblems = Self.spanProblems(scanned, bytes: bytes)
            #expect(spanProblems.isEmpty, "\(label): \(spanProblems)")
            // --raise needs stale caps: the lock moves every version to its next major, and a
            // name it lacks is locked at 99.0.0.
            let locks = mode == .raise ? Self.movedToNextMajor(seed.locks, naming: scanned.dependencies) : seed.locks
            let report = processor.process(path: label, bytes: bytes, format: format, locks: locks)
            #expect(report.before == bytes)
            for error in report.errors {
                #expect(!error.message.isEmpty && error.location.line >= 1 && error.location.column >= 1, "\(label)")
                #expect(!error.message.hasPrefix("internal error"), "\(label): \(error.message)\n\(Self.show(bytes))")
            }
            switch report.status {
            case .error:
                tally.refused += 1
                #expect(report.after == bytes, "\(label): changed despite an error")
            case .unchanged:
                tally.unchanged += 1
                #expect(report.after == bytes, "\(label): changed without an edit")
            case .changed:
                tally.edited += 1
                let problems = Self.editProblems(report, scanned: scanned, processor: processor, locks: locks, format: format)
                #expect(problems.isEmpty, "\(label): \(problems)\n\(Self.show(bytes))")
            }
        }
        print("mutation \(format.rawValue) \(mode.rawValue): \(Self.mutationsPerFormat) inputs, \(tally.edited) edited, \(tally.refused) refused, \(tally.unchanged) unchanged")
    }

    /// `index` with every version moved to its policy boundary under major (2.3.1 -> 3, 0.6.2 -> 0.7):
    /// the lock after a project adopted new majors.
    static func movedToNextMajor(_ index: LockIndex, naming dependencies: [Dependency]) -> LockIndex {
        var moved = LockIndex()
        for dependency in dependencies where dependency.lockEntry(in: index) == nil {
            var key = dependency.name
            if case .swiftPackage(let requirement) = dependency.constraint { key = requirement.identity }
            moved.add(name: key, entry: .init(version: "99.0.0", source: "moved.lock"), isHigher: { _, _ in true })
        }
        for (key, entry) in index.all {
            var entry = entry
            if let version = SemanticVersion(entry.version) {
                entry.version = SemanticVersion(release: CapPolicy.major.boundary(for: version.release)).description
            } else if let version = PEP440Version(entry.version) {
                entry.version = CapPolicy.major.boundary(for: version.release).map(String.init).joined(separator: ".")
            }
            moved.add(name: key, entry: entry, isHigher: { _, _ in true })
        }
        return moved
    }

    /// Every reported span inside the file; verbatim text equal to the bytes it came from.
    static func spanProblems(_ result: ScanResult, bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        for dependency in result.dependencies {
            if dependency.offset < 0 || dependency.offset > bytes.count { problems.append("\(dependency.name): offset \(dependency.offset) outside the file") }
            switch dependency.constraint {
            case .pep508(let text), .specifiers(let text), .poetry(let text):
                let raw = text.rawRange
                guard raw.lowerBound >= 0, raw.upperBound <= bytes.count else {
                    problems.append("\(dependency.name): span \(raw) outside \(bytes.count) bytes")
                    continue
                }
                if text.isVerbatim {
                    if Array(bytes[raw]) != text.value { problems.append("\(dependency.name): verbatim span \(raw) differs from its value") }
                } else if !text.value.isEmpty {
                    let mapped = text.rawRange(of: 0..<text.value.count)
                    if mapped.lowerBound < raw.lowerBound || mapped.upperBound > raw.upperBound {
                        problems.append("\(dependency.name): decoded bytes map to \(mapped), outside \(raw)")
                    }
                }
            case .swiftPackage(let requirement):
                let raw = requirement.range
                guard raw.lowerBound >= 0, raw.upperBound <= bytes.count else {
                    problems.append("\(dependency.name): span \(raw) outside \(bytes.count) bytes")
                    continue
                }
                if String(decoding: bytes[raw], as: UTF8.self) != requirement.text { problems.append("\(dependency.name): text differs from span \(raw)") }
            }
        }
        for item in result.errors.map(\.offset) + result.skips.map(\.offset) where item < 0 || item > bytes.count {
            problems.append("diagnostic offset \(item) outside the file")
        }
        return problems
    }

    /// Replans the edits the processor made and checks they touch only constraint spans,
    /// give exactly its output, and leave a file that scans cleanly and needs no more edits.
    static func editProblems(_ report: FileReport, scanned: ScanResult, processor: FileProcessor, locks: LockIndex, format: ManifestFormat) -> [String] {
        var problems: [String] = []
        var edits: [Edit] = []
        let project = ProjectReferences.of(scanned.dependencies, locks: locks)
        for dependency in scanned.dependencies where !processor.ignoredNames.contains(LockIndex.normalize(dependency.name)) {
            let (locked, floor, bounded) = processor.evidence(for: dependency, locks: locks, project: project)
            guard case .success(.capped(let planned, _, _, _)) = processor.policy.plan(dependency, locked: locked, floor: floor, bounded: bounded) else { continue }
            let span: Range<Int>
            switch dependency.constraint {
            case .pep508(let text), .specifiers(let text), .poetry(let text): span = text.rawRange
            case .swiftPackage(let requirement): span = requirement.range
            }
            for edit in planned where edit.range.lowerBound < span.lowerBound || edit.range.upperBound > span.upperBound {
                problems.append("\(dependency.name): edit \(edit.range) outside its constraint \(span)")
            }
            edits += planned
        }
        guard let spliced = try? Splicer.apply(edits, to: report.before) else { return problems + ["replanned edits overlap"] }
        if spliced != report.after { problems.append("output differs from the replanned edits") }
        let again = processor.process(path: report.path, bytes: report.after, format: format, locks: locks)
        if !again.errors.isEmpty { problems.append("rewritten file has errors: \(again.errors.map(\.message))") }
        if !again.edits.isEmpty { problems.append("rewritten file would be edited again: \(again.edits.map(\.old))") }
        return problems
    }

    /// The input, escaped, so a failure message reproduces it.
    static func show(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(600), as: UTF8.self)
        return "input: " + text.debugDescription + (bytes.count > 600 ? " ..." : "")
    }
}
