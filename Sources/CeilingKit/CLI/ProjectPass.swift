import SourceText
import FileIO
import Locks

/// The first of a batch run's two passes: reads and scans every manifest of each project
/// that has more than one, and gathers what the project says of each name
/// (`ProjectReferences`), so the second pass caps every name from one reference. What it
/// read and scanned is handed to the second pass (`PreparedManifest`), project by project
/// (`BatchRun.processProjects`), so no manifest is read or scanned twice.
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

    /// The repository `target` lies in (absolute, normalized), or nil outside any.
    func repositoryRoot(of target: BatchRun.Target) -> String? {
        roots.root(of: Paths.parent(of: configs.absolute(target.path)) ?? "/")
    }

    /// The run's projects: indexes into `targets`, each project's in target order, the
    /// projects in the order of their first target. A target alone in its project is a
    /// project of one.
    func projects(of targets: [BatchRun.Target]) -> [[Int]] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, target) in targets.enumerated() {
            let key = repositoryRoot(of: target) ?? ""
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        return order.map { members[$0] ?? [] }
    }

    /// Reads one manifest of a project that has several, looks up its locks and scans it,
    /// keeping all of it for the second pass (`PreparedManifest`).
    func prepare(_ target: BatchRun.Target) -> PreparedManifest {
        let read = FileSystem.readRegularFile(target.path)
        guard case .success(let bytes) = read else { return PreparedManifest(read: read) }
        let locked = locks.index(forManifest: target.path, format: target.format)
        // Text that is not valid is reported by the second pass, before any scan.
        guard case .success(let found) = locked, EncodingCheck.problem(in: bytes) == nil else {
            return PreparedManifest(read: read, locks: locked)
        }
        let scanned = target.format.scan(SourceFile(path: target.path, bytes: bytes))
        guard scanned.errors.isEmpty else { return PreparedManifest(read: read, locks: locked, scanned: scanned) }
        let index = published?.filling(found, format: target.format, path: target.path) ?? found
        return PreparedManifest(read: read, locks: locked, scanned: scanned, facts: ProjectReferences.of(scanned.dependencies, locks: index))
    }

    /// A project's references: its manifests' facts merged in target order (so that of two
    /// equal versions the first manifest's evidence is kept, whatever the scheduling).
    static func references(_ facts: [ProjectReferences?]) -> ProjectReferences {
        var project = ProjectReferences()
        for case let one? in facts { project.merge(one) }
        return project
    }
}
