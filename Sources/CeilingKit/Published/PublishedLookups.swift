import FileIO
import PythonVersions
import Locks
import ReleaseLookups

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Runs the lookups of one run: each distinct Python name and SwiftPM remote once,
/// `settings.concurrency` at a time (they wait on the network, not on the CPU), then R per
/// name from all the constraints on it.
struct PublishedLookups: Sendable {
    var settings: LookupSettings
    var python: [String: [PublishedVersions.Need]]
    var pythonFloors: [String: [PEP440Version]]
    var swift: [String: [PublishedVersions.Need]]

    struct Results: Sendable {
        var python = LockIndex()
        var swift = LockIndex()
        /// Per manifest path: one error per constraint whose lookup failed.
        var errors: [String: [FileReport.ErrorRecord]] = [:]
        var requests = 0
    }

    /// One name's outcome: R and where it was read, nothing admitted, or a failure.
    private enum Outcome: Sendable {
        case found(version: String, source: String)
        case noneAdmitted
        case failed(LookupFailure)
    }

    func run(progress write: (@Sendable ([UInt8]) -> Void)?) -> Results {
        let pythonKeys = python.keys.sorted()
        let swiftKeys = swift.keys.sorted()
        let total = pythonKeys.count + swiftKeys.count
        var outcomes = [Outcome?](repeating: nil, count: total)
        let requests = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let next = Atomic<Int>(0)
        let pythonClient = SimpleIndexClient(settings: settings)
        let tagLister = GitTagLister(settings: settings)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSlots(buffer)
            let group = DispatchGroup()
            for _ in 0..<max(1, min(settings.concurrency, total)) {
                DispatchQueue.global().async(group: group) {
                    while !InterruptFlag.isRaised {
                        let i = next.add(1, ordering: .relaxed).oldValue
                        guard i < total else { break }
                        if i < pythonKeys.count {
                            let key = pythonKeys[i]
                            let (result, requested) = pythonClient.page(key)
                            if requested { requests.add(1, ordering: .relaxed) }
                            slots.buffer[i] = pythonOutcome(result, key: key, source: LookupSettings.withoutCredentials(pythonClient.pageURL(key)))
                        } else {
                            let key = swiftKeys[i - pythonKeys.count]
                            let needs = swift[key] ?? []
                            let url = needs.first?.url ?? key
                            let (result, requested) = tagLister.versions(url)
                            if requested { requests.add(1, ordering: .relaxed) }
                            slots.buffer[i] = swiftOutcome(result, needs: needs, url: url)
                        }
                        let count = done.add(1, ordering: .relaxed).newValue
                        write?(Array("\r\u{1B}[Kceiling: looking up published versions \(count)/\(total)".utf8))
                    }
                }
            }
            group.wait()
        }
        write?(Array("\r\u{1B}[K".utf8))
        var results = Results()
        results.requests = requests.load(ordering: .relaxed)
        for (i, outcome) in outcomes.enumerated() {
            let isPython = i < pythonKeys.count
            let key = isPython ? pythonKeys[i] : swiftKeys[i - pythonKeys.count]
            let needs = (isPython ? python[key] : swift[key]) ?? []
            switch outcome {
            case .found(let version, let source)?:
                let entry = LockIndex.Entry(version: version, source: source, origin: .index)
                if isPython {
                    results.python.add(name: key, entry: entry, isHigher: LockIndex.isHigherPythonVersion)
                } else {
                    results.swift.add(name: key, entry: entry, isHigher: SemanticVersion.isHigher)
                }
            case .noneAdmitted?:
                continue
            case .failed(let failure)?:
                for need in needs {
                    results.errors[need.path, default: []].append(.init(location: need.location, message: "\(need.name): \(failure.message)"))
                }
            case nil:
                // Interrupted before this lookup ran: the batch run stops before processing.
                continue
            }
        }
        for (path, errors) in results.errors {
            results.errors[path] = errors.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        }
        return results
    }

    private func pythonOutcome(_ result: Result<SimpleIndexPage, LookupFailure>, key: String, source: String) -> Outcome {
        switch result {
        case .failure(let failure): return .failed(failure)
        case .success(let page):
            let constraints = (python[key] ?? []).map(\.constraint)
            switch ReleaseSelection.python(page: page, constraints: constraints, pythonFloors: pythonFloors[key] ?? [], excludeNewer: settings.excludeNewer) {
            case .failure(let failure): return .failed(failure)
            case .success(let version?): return .found(version: version.description, source: source)
            case .success(nil): return .noneAdmitted
            }
        }
    }

    private func swiftOutcome(_ result: Result<[SemanticVersion], LookupFailure>, needs: [PublishedVersions.Need], url: String) -> Outcome {
        switch result {
        case .failure(let failure): return .failed(failure)
        case .success(let tags):
            guard let version = ReleaseSelection.swift(tags: tags, constraints: needs.map(\.constraint)) else { return .noneAdmitted }
            return .found(version: version.description, source: url)
        }
    }
}
