#if canImport(Glibc)
import Glibc
#endif
import Dispatch

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

    /// Walks `root` (a folder); unreadable folders are reported. The folders directly under
    /// `root` (in a batch run, one repository each) are walked in parallel; the result is
    /// in the same order whatever the scheduling.
    public func walk(_ root: String, onError: (String, FileSystem.Failure) -> Void = { _, _ in }) -> [Found] {
        var top = visit(root, isRoot: true)
        let subfolders = top.subfolders
        var parts = [Subtree](repeating: Subtree(), count: subfolders.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: subfolders.count) { i in
                slots.buffer[i] = walkSerially(subfolders[i])
            }
        }
        for part in parts {
            top.found += part.found
            top.errors += part.errors
        }
        for (folder, failure) in top.errors { onError(folder, failure) }
        return top.found
    }

    /// What one walk found, and the folders it could not list.
    private struct Subtree {
        var found: [Found] = []
        var errors: [(String, FileSystem.Failure)] = []
        var subfolders: [String] = []
    }

    /// Depth-first over `start`, subfolders in byte order of names.
    private func walkSerially(_ start: String) -> Subtree {
        var result = Subtree()
        var stack = [start]
        while let folder = stack.popLast() {
            let one = visit(folder, isRoot: false)
            result.found += one.found
            result.errors += one.errors
            // Reverse so the first subfolder is walked first: output stays in path order.
            stack.append(contentsOf: one.subfolders.reversed())
        }
        return result
    }

    /// One folder: its manifests and the subfolders to walk next.
    private func visit(_ folder: String, isRoot: Bool) -> Subtree {
        var result = Subtree()
        let entries: [(name: String, kind: FileSystem.Kind)]
        switch FileSystem.list(folder) {
        case .success(let list): entries = list
        case .failure(let failure):
            result.errors.append((folder, failure))
            return result
        }
        // A virtual environment below the walked folder is someone's installed packages.
        if !isRoot, entries.contains(where: { $0.name == "pyvenv.cfg" }) { return result }
        for entry in entries {
            let path = folder == "." ? entry.name : (folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name)
            if !excludes.isEmpty, isExcluded(path, name: entry.name) { continue }
            switch entry.kind {
            case .directory:
                if !Self.skippedFolders.contains(entry.name) { result.subfolders.append(path) }
            case .file, .symlinkToFile:
                if let format = ManifestFormat.known(path: path) { result.found.append(Found(path: path, format: format)) }
            default:
                continue
            }
        }
        return result
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
