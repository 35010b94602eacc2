#if canImport(Glibc)
import Glibc
#endif

/// Finds the manifests under a folder, in path order.
///
/// It does not descend into VCS folders, virtual environments (any folder holding
/// `pyvenv.cfg`), build outputs or dependency caches, nor follow symbolic links to
/// folders; `--exclude` globs add more.
public struct ManifestWalker: Sendable {
    /// Folder names never walked into.
    public static let skippedFolders: Set<String> = [
        ".git", ".hg", ".svn", ".venv", "venv", "node_modules", ".tox", ".nox", "__pycache__",
        ".build", "build", "dist", ".eggs", "site-packages", "Pods", "Carthage", "DerivedData",
    ]

    public var excludes: [String]

    public init(excludes: [String] = []) {
        self.excludes = excludes
    }

    /// A manifest found while walking.
    public struct Found: Sendable, Equatable {
        public var path: String
        public var format: ManifestFormat
    }

    /// Walks `root` (a folder) depth-first in byte order of names; unreadable folders are reported.
    public func walk(_ root: String, onError: (String, FileSystem.Failure) -> Void = { _, _ in }) -> [Found] {
        var found: [Found] = []
        var stack = [root]
        while let folder = stack.popLast() {
            let entries: [(name: String, kind: FileSystem.Kind)]
            switch FileSystem.list(folder) {
            case .success(let list): entries = list
            case .failure(let failure):
                onError(folder, failure)
                continue
            }
            if folder != root, entries.contains(where: { $0.name == "pyvenv.cfg" }) { continue }
            var subfolders: [String] = []
            for entry in entries {
                let path = folder == "." ? entry.name : (folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name)
                if isExcluded(path, name: entry.name) { continue }
                switch entry.kind {
                case .directory:
                    if !Self.skippedFolders.contains(entry.name) { subfolders.append(path) }
                case .file, .symlinkToFile:
                    if let format = ManifestFormat.known(path: path) { found.append(Found(path: path, format: format)) }
                default:
                    continue
                }
            }
            // Reverse so the first subfolder is walked first: output stays in path order.
            stack.append(contentsOf: subfolders.reversed())
        }
        return found
    }

    /// Whether `--exclude` matches the path, or its last component.
    public func isExcluded(_ path: String, name: String) -> Bool {
        for pattern in excludes {
            if fnmatch(pattern, path, 0) == 0 || fnmatch(pattern, name, 0) == 0 { return true }
            let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            if fnmatch(pattern, relative, 0) == 0 { return true }
        }
        return false
    }
}
