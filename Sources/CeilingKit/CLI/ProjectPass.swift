import SourceText
import FileIO
import Locks
import Dispatch

/// The first of a batch run's two passes: reads and scans every manifest of each project
/// that has more than one, and gathers what the project says of each name
/// (`ProjectReferences`), so the second pass caps every name from one reference.
///
/// A project is the repository a manifest lies in (the nearest folder holding `.git`);
/// manifests outside any repository form one project, the files of the run. A manifest
/// alone in its project needs no first pass: `FileProcessor` reads its own facts.
struct ProjectPass {
    var locks: LockSources
    var roots: RepositoryRoots
    var configs: ConfigResolver
    /// Published versions (`--index`), evidence for the names no lock or environment gives.
    var published: PublishedVersions?

    /// The project facts for each target, index for index; nil where the target is alone.
    func references(for targets: [BatchRun.Target]) -> [ProjectReferences?] {
        let keys = targets.map { target in
            roots.root(of: Paths.parent(of: configs.absolute(target.path)) ?? "/") ?? ""
        }
        var members: [String: [Int]] = [:]
        for (i, key) in keys.enumerated() { members[key, default: []].append(i) }
        let shared = members.values.filter { $0.count > 1 }.flatMap { $0 }
        guard !shared.isEmpty else { return Array(repeating: nil, count: targets.count) }
        var perFile = [ProjectReferences?](repeating: nil, count: shared.count)
        perFile.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: shared.count) { j in
                if InterruptFlag.isRaised { return }
                slots.buffer[j] = facts(of: targets[shared[j]])
            }
        }
        var byProject: [String: ProjectReferences] = [:]
        for (j, i) in shared.enumerated() {
            guard let facts = perFile[j] else { continue }
            byProject[keys[i], default: ProjectReferences()].merge(facts)
        }
        var result = [ProjectReferences?](repeating: nil, count: targets.count)
        for i in shared { result[i] = byProject[keys[i]] ?? ProjectReferences() }
        return result
    }

    /// One manifest's names, lower bounds and evidence; nil when it cannot be read, its
    /// locks fail or it does not scan (the second pass reports why).
    private func facts(of target: BatchRun.Target) -> ProjectReferences? {
        guard case .success(let bytes) = FileSystem.readRegularFile(target.path),
              EncodingCheck.problem(in: bytes) == nil,
              case .success(let locked) = locks.index(forManifest: target.path, format: target.format) else { return nil }
        let index = published?.filling(locked, format: target.format, path: target.path) ?? locked
        let scanned = target.format.scan(SourceFile(path: target.path, bytes: bytes))
        guard scanned.errors.isEmpty else { return nil }
        return ProjectReferences.of(scanned.dependencies, locks: index)
    }
}
