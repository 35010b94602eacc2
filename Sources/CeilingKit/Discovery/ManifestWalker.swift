import FileIO
import ManifestScanners

#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Finds the manifests under a folder, in path order.
///
/// It does not descend into VCS folders, virtual environments (any folder holding
/// `pyvenv.cfg`), build outputs or dependency caches (ruff's default excludes and a few
/// more), nor follow symbolic links to folders; `--exclude` globs add more. Unless told
/// otherwise it skips what `.gitignore`, `.git/info/exclude` and `.ignore` files exclude
/// (see `IgnoreRules`); the folder it is given is walked even when those files exclude it.
struct ManifestWalker: Sendable {
    /// Folder names never walked into: ruff's default `exclude` list, plus other tools'
    /// build outputs and caches.
    static let skippedFolders: Set<String> = [
        // ruff's defaults
        ".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".ipynb_checkpoints", ".mypy_cache",
        ".nox", ".pants.d", ".pyenv", ".pytest_cache", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
        ".vscode", "__pypackages__", "_build", "buck-out", "dist", "node_modules", "site-packages", "venv",
        // and these
        "__pycache__", ".build", "build", "Pods", "Carthage", "DerivedData",
    ]

    var excludes: [String]
    /// Whether `.gitignore`, `.git/info/exclude` and `.ignore` files are honoured (`--no-ignore` turns it off).
    var respectsIgnoreFiles: Bool

    init(excludes: [String] = [], respectsIgnoreFiles: Bool = true) {
        self.excludes = excludes
        self.respectsIgnoreFiles = respectsIgnoreFiles
    }

    /// A manifest found while walking.
    struct Found: Sendable, Equatable {
        var path: String
        var format: ManifestFormat
    }

    /// Walks `root` (a folder); unreadable folders are reported. The folders directly under
    /// `root` (in a batch run, one repository each) are walked in parallel; the result is
    /// in the same order whatever the scheduling.
    func walk(_ root: String, onError: (String, FileSystem.Failure) -> Void = { _, _ in }) -> [Found] {
        walk(root, onError: onError) { path in ManifestFormat.known(path: path).map { Found(path: path, format: $0) } }
    }

    /// Every file the walk visits, manifest or not, in the order `walk` visits them: what the
    /// ignore rules leave, for checking them against git.
    func walkFiles(_ root: String) -> [String] {
        walk(root, onError: { _, _ in }) { $0 }
    }

    private func walk<Item: Sendable>(_ root: String, onError: (String, FileSystem.Failure) -> Void, pick: @Sendable (String) -> Item?) -> [Item] {
        let start = Start(root: root, rules: respectsIgnoreFiles ? IgnoreRules.above(root) : nil)
        var top = visit(Pending(path: root, rules: start.rules), start: start, isRoot: true, pick: pick)
        let subfolders = top.subfolders
        var parts = [Subtree<Item>](repeating: Subtree(), count: subfolders.count)
        parts.withUnsafeMutableBufferPointer { buffer in
            let slots = UnsafeSlots(buffer)
            DispatchQueue.concurrentPerform(iterations: subfolders.count) { i in
                slots.buffer[i] = walkSerially(subfolders[i], start: start, pick: pick)
            }
        }
        for part in parts {
            top.found += part.found
            top.errors += part.errors
        }
        for (folder, failure) in top.errors { onError(folder, failure) }
        return top.found
    }

    /// The walk root: how many bytes of a walked path come before the root-relative part.
    private struct Start: Sendable {
        var rootPrefixLength: Int
        var rules: IgnoreRules?

        init(root: String, rules: IgnoreRules?) {
            rootPrefixLength = root == "." ? 0 : (root.hasSuffix("/") ? root.utf8.count : root.utf8.count + 1)
            self.rules = rules
        }
    }

    /// A folder to list, with the ignore rules of its parent (`nil`: none are honoured).
    private struct Pending: Sendable {
        var path: String
        var rules: IgnoreRules?
    }

    /// What one walk found, and the folders it could not list.
    private struct Subtree<Item: Sendable>: Sendable {
        var found: [Item] = []
        var errors: [(String, FileSystem.Failure)] = []
        var subfolders: [Pending] = []
    }

    /// Depth-first over `first`, subfolders in byte order of names.
    private func walkSerially<Item: Sendable>(_ first: Pending, start: Start, pick: (String) -> Item?) -> Subtree<Item> {
        var result = Subtree<Item>()
        var stack = [first]
        while let folder = stack.popLast() {
            let one = visit(folder, start: start, isRoot: false, pick: pick)
            result.found += one.found
            result.errors += one.errors
            // Reverse so the first subfolder is walked first: output stays in path order.
            stack.append(contentsOf: one.subfolders.reversed())
        }
        return result
    }

    /// One folder: its manifests and the subfolders to walk next.
    private func visit<Item: Sendable>(_ pending: Pending, start: Start, isRoot: Bool, pick: (String) -> Item?) -> Subtree<Item> {
        var result = Subtree<Item>()
        let folder = pending.path
        let entries: [(name: String, kind: FileSystem.Kind)]
        switch FileSystem.list(folder) {
        case .success(let list): entries = list
        case .failure(let failure):
            result.errors.append((folder, failure))
            return result
        }
        // A virtual environment below the walked folder is someone's installed packages.
        if !isRoot, entries.contains(where: { $0.name == "pyvenv.cfg" }) { return result }
        let rules = pending.rules.map { enter(folder, entries: entries, rules: $0, start: start, isRoot: isRoot) }
        for entry in entries {
            let path = folder == "." ? entry.name : (folder.hasSuffix("/") ? folder + entry.name : folder + "/" + entry.name)
            if !excludes.isEmpty, isExcluded(path, name: entry.name) { continue }
            switch entry.kind {
            case .directory:
                if !Self.skippedFolders.contains(entry.name), !isIgnored(path, by: rules, start: start, isDirectory: true) {
                    result.subfolders.append(Pending(path: path, rules: rules))
                }
            case .file, .symlinkToFile:
                if let item = pick(path), !isIgnored(path, by: rules, start: start, isDirectory: false) { result.found.append(item) }
            default:
                continue
            }
        }
        return result
    }

    /// The rules inside `folder`: its parent's, with the ignore files it holds.
    private func enter(_ folder: String, entries: [(name: String, kind: FileSystem.Kind)], rules: IgnoreRules, start: Start, isRoot: Bool) -> IgnoreRules {
        var git: FileSystem.Kind?
        var holdsIgnore = false, holdsGitignore = false
        for entry in entries where entry.name.utf8.first == UInt8(ascii: ".") {
            let isFile = entry.kind == .file || entry.kind == .symlinkToFile
            switch entry.name {
            case ".git": git = entry.kind
            case ".ignore": holdsIgnore = isFile
            case ".gitignore": holdsGitignore = isFile
            default: continue
            }
        }
        let relativeLength = isRoot ? 0 : folder.utf8.count - start.rootPrefixLength
        return rules.entering(folder, relativeLength: relativeLength, git: git, holdsIgnore: holdsIgnore, holdsGitignore: holdsGitignore)
    }

    /// Whether the ignore files in force exclude `path` (a folder's entry).
    private func isIgnored(_ path: String, by rules: IgnoreRules?, start: Start, isDirectory: Bool) -> Bool {
        guard let rules, !rules.isEmpty else { return false }
        var path = path
        return path.withUTF8 { bytes in
            let relative = UnsafeBufferPointer(rebasing: bytes[start.rootPrefixLength...])
            let nameStart = (relative.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 }) ?? 0
            return rules.isIgnored(relative: relative, nameStart: nameStart, isDirectory: isDirectory)
        }
    }

    /// Whether `--exclude` matches the path, or its last component.
    func isExcluded(_ path: String, name: String) -> Bool {
        for pattern in excludes {
            if fnmatch(pattern, path, 0) == 0 || fnmatch(pattern, name, 0) == 0 { return true }
            let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            if fnmatch(pattern, relative, 0) == 0 { return true }
        }
        return false
    }
}
