import SourceText
import FileIO
import PythonVersions
import ManifestScanners
import Locks
import ReleaseLookups
import Dispatch

/// The pre-pass of a run with `--index` (or `index = true`): every manifest is scanned first,
/// the names that no lock or environment gives a version for are collected with their
/// constraints, each name is looked up once for the whole run (concurrently, a few at a
/// time), and R per name is chosen from all its constraints (`ReleaseSelection`). The
/// processing pass then reads the results as one more source of evidence (origin `.index`).
///
/// Entry point: `PublishedVersions.prepare(_:options:io:locks:configs:)`, called once by the
/// batch run before its processing pass; `evidence(for:)` per manifest after that.
final class PublishedVersions: Sendable {
    /// A manifest to look at: its path (where its locks are looked for), format, and its bytes when they are not on disk (stdin).
    struct Manifest: Sendable {
        var path: String
        var format: ManifestFormat
        var bytes: [UInt8]?
    }

    /// What the pre-pass settled for one manifest.
    struct Evidence: Sendable {
        /// Lookups that failed for constraints of this manifest: the manifest must be left untouched.
        var errors: [FileReport.ErrorRecord] = []
        /// Dependencies that were not looked up, and why (registry packages).
        var notes: [FileReport.SkipRecord] = []
        /// Whether lookups were on for it (`--index` or its repository's `index = true`).
        var isEnabled = false
        /// The names (PEP 503-normalized) or remote URL keys it needed looked up.
        var keys: [String] = []
    }

    /// Published versions of Python names (PEP 503-normalized) and of SwiftPM remotes (by URL key).
    let python: LockIndex
    let swift: LockIndex
    private let evidence: [String: Evidence]
    /// Distinct names and remotes looked up, and how many of them needed a request (the rest came from the cache).
    let lookups: Int
    let requests: Int

    /// What `--check` and warnings say when lookups are off and a name has no evidence.
    static let offHint = "--index would look up its published releases"

    private init(python: LockIndex, swift: LockIndex, evidence: [String: Evidence], lookups: Int, requests: Int) {
        self.python = python
        self.swift = swift
        self.evidence = evidence
        self.lookups = lookups
        self.requests = requests
    }

    /// What the pre-pass settled for the manifest at `path` (as given to `prepare`).
    func evidence(for path: String) -> Evidence {
        evidence[path] ?? Evidence()
    }

    /// `index` with the published versions of the names the manifest at `path` needed: what
    /// a lock or environment gives always wins. Only those names are added, so a run over
    /// thousands of manifests does not copy every published version into each of them.
    func filling(_ index: LockIndex, format: ManifestFormat, path: String) -> LockIndex {
        guard let keys = evidence[path]?.keys, !keys.isEmpty else { return index }
        let published = format == .packageSwift ? swift : python
        var filled = index
        for key in keys {
            if let entry = published.lookup(key) { filled.add(name: key, entry: entry, isHigher: { _, _ in false }) }
        }
        return filled
    }

    /// One constraint that needs a published version.
    struct Need: Sendable {
        var path: String
        var location: SourceLocation
        /// The name as written, for messages.
        var name: String
        var constraint: PublishedConstraint
        /// The Swift remote's URL as written; nil for Python names.
        var url: String?
    }

    /// Scans every manifest for which lookups are on, looks the needed names up, and returns
    /// the results; nil when lookups are on for no manifest (then nothing was scanned).
    static func prepare(_ manifests: [Manifest], options: Options, io: CommandIO, locks: LockSources, configs: ConfigResolver) -> PublishedVersions? {
        let enabled: [Bool] = manifests.map { manifest in
            if options.index { return true }
            guard options.useConfig, case .success(let resolved?) = configs.resolve(forManifest: manifest.path) else { return false }
            return resolved.config.index == true
        }
        guard enabled.contains(true) else { return nil }
        var found = [ManifestNeeds?](repeating: nil, count: manifests.count)
        found.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: manifests.count) { i in
                guard enabled[i], !InterruptFlag.isRaised else { return }
                slots.buffer[i] = needs(of: manifests[i], options: options, locks: locks, configs: configs)
            }
        }
        var evidence: [String: Evidence] = [:]
        var pythonNeeds: [String: [Need]] = [:]
        var pythonFloors: [String: [PEP440Version]] = [:]
        var swiftNeeds: [String: [Need]] = [:]
        for (i, manifest) in manifests.enumerated() where enabled[i] {
            var entry = Evidence()
            entry.isEnabled = true
            if let needs = found[i] {
                entry.notes = needs.notes
                for need in needs.needs {
                    if let url = need.url {
                        let key = PackageResolvedReader.urlKey(url)
                        swiftNeeds[key, default: []].append(need)
                        entry.keys.append(key)
                    } else {
                        let key = LockIndex.normalize(need.name)
                        entry.keys.append(key)
                        pythonNeeds[key, default: []].append(need)
                        if let floor = needs.pythonFloor, !(pythonFloors[key] ?? []).contains(floor) { pythonFloors[key, default: []].append(floor) }
                    }
                }
            }
            evidence[manifest.path] = entry
        }
        found = []
        let settings = LookupSettings(options: options, environment: io.environment)
        let lookups = PublishedLookups(settings: settings, python: pythonNeeds, pythonFloors: pythonFloors, swift: swiftNeeds)
        let results = lookups.run(progress: io.stderrIsTerminal && !options.quiet ? io.writeStderr : nil)
        for (path, errors) in results.errors { evidence[path, default: Evidence()].errors += errors }
        return PublishedVersions(python: results.python, swift: results.swift, evidence: evidence,
                                 lookups: pythonNeeds.count + swiftNeeds.count, requests: results.requests)
    }

    /// What one manifest needs looked up.
    struct ManifestNeeds: Sendable {
        var needs: [Need] = []
        var notes: [FileReport.SkipRecord] = []
        /// The lowest Python its project admits (`requires-python`), if it says.
        var pythonFloor: PEP440Version?
    }

    /// The constraints of one manifest that have no lock or environment version and could be capped.
    private static func needs(of manifest: Manifest, options: Options, locks: LockSources, configs: ConfigResolver) -> ManifestNeeds? {
        let bytes: [UInt8]
        if let given = manifest.bytes {
            bytes = given
        } else {
            guard case .success(let read) = FileSystem.readRegularFile(manifest.path) else { return nil }
            bytes = read
        }
        // A manifest whose locks fail is reported by the processing pass; it needs no lookup.
        guard case .success(let index) = locks.index(forManifest: manifest.path, format: manifest.format) else { return nil }
        var ignored = Set(options.ignore.map(LockIndex.normalize))
        if options.useConfig, case .success(let resolved?) = configs.resolve(forManifest: manifest.path) {
            ignored.formUnion(resolved.config.ignore.map(LockIndex.normalize))
        }
        let file = SourceFile(path: manifest.path, bytes: bytes)
        let scanned = manifest.format.scan(file)
        guard scanned.errors.isEmpty else { return nil }
        var result = ManifestNeeds()
        for dependency in scanned.dependencies where !dependency.isIgnored && !ignored.contains(LockIndex.normalize(dependency.name)) {
            guard dependency.lockEntry(in: index) == nil else { continue }
            if case .swiftPackage(let requirement) = dependency.constraint, requirement.url == nil {
                result.notes.append(.init(location: file.location(of: dependency.offset), name: dependency.name,
                                          reason: "\(dependency.name): a registry dependency; its published versions are not looked up (--index reads git tags)", isUnbounded: false))
                continue
            }
            guard let constraint = PublishedConstraint.from(dependency) else { continue }
            var url: String?
            if case .swiftPackage(let requirement) = dependency.constraint { url = requirement.url }
            result.needs.append(Need(path: manifest.path, location: file.location(of: dependency.offset), name: dependency.name, constraint: constraint, url: url))
        }
        if !result.needs.isEmpty, manifest.format != .packageSwift {
            result.pythonFloor = ProjectPython.floor(forManifest: manifest.path, format: manifest.format, bytes: bytes)
        }
        return result
    }
}

extension PublishedVersions {
    /// `-v`: how many names were looked up and how many needed a request.
    var summaryLine: String {
        "ceiling: \(lookups) published-version lookups, \(requests) requests (the rest answered by the cache)\n"
    }
}
