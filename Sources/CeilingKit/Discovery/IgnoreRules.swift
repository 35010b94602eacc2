import FileIO

/// The ignore files in force in one folder of a walk, and which of them decides.
///
/// Precedence, highest first (as ripgrep and ruff apply them):
/// 1. `.ignore` files, the deepest folder first;
/// 2. `.gitignore` files of the current repository, the deepest folder first;
/// 3. the repository's `.git/info/exclude`.
/// Within one file the last matching line wins; the first file with a matching line decides,
/// so a `!` line re-includes only what lower files ignore. `.gitignore` and `info/exclude`
/// count only inside a git repository (a folder at or above holding `.git`), and only those of
/// the nearest repository: a nested repository starts afresh. `.ignore` counts everywhere.
/// A path under an ignored folder is never asked about, because the walk does not enter it:
/// that is gitignore(5)'s "a file cannot be re-included if a parent directory is excluded".
final class IgnoreRules: Sendable {
    /// One ignore file and where the paths it matches are relative to.
    struct Level: Sendable {
        let file: IgnoreFile
        /// Bytes to drop from a root-relative path to get the path relative to the file's folder.
        let drop: Int
        /// For a file in a folder above the walk root: the root's path relative to that folder,
        /// with a final `/`, put before the root-relative path.
        let lead: [UInt8]

        func decision(relative: UnsafeBufferPointer<UInt8>, nameStart: Int, isDirectory: Bool) -> Bool? {
            let name = UnsafeBufferPointer(rebasing: relative[nameStart...])
            if !file.hasPathPatterns || lead.isEmpty {
                // Without path patterns the path is never read: any slice will do.
                let path = UnsafeBufferPointer(rebasing: relative[min(drop, relative.count)...])
                return file.decision(name: name, path: path, isDirectory: isDirectory)
            }
            let joined = lead + Array(relative)
            return joined.withUnsafeBufferPointer { file.decision(name: name, path: $0, isDirectory: isDirectory) }
        }
    }

    let ignoreFiles: [Level]
    let gitignoreFiles: [Level]
    let infoExclude: Level?
    let isInRepository: Bool

    init(ignoreFiles: [Level] = [], gitignoreFiles: [Level] = [], infoExclude: Level? = nil, isInRepository: Bool = false) {
        self.ignoreFiles = ignoreFiles
        self.gitignoreFiles = gitignoreFiles
        self.infoExclude = infoExclude
        self.isInRepository = isInRepository
    }

    /// Whether nothing can be ignored here.
    var isEmpty: Bool { ignoreFiles.isEmpty && gitignoreFiles.isEmpty && infoExclude == nil }

    /// Whether an entry is ignored. `relative` is its path relative to the walk root (no leading
    /// `/`), `nameStart` where its last component starts in it.
    func isIgnored(relative: UnsafeBufferPointer<UInt8>, nameStart: Int, isDirectory: Bool) -> Bool {
        for level in ignoreFiles.reversed() {
            if let decision = level.decision(relative: relative, nameStart: nameStart, isDirectory: isDirectory) { return decision }
        }
        for level in gitignoreFiles.reversed() {
            if let decision = level.decision(relative: relative, nameStart: nameStart, isDirectory: isDirectory) { return decision }
        }
        if let level = infoExclude, let decision = level.decision(relative: relative, nameStart: nameStart, isDirectory: isDirectory) {
            return decision
        }
        return false
    }

    /// The rules inside `folder`, given what it holds. `relativeLength` is the length of the
    /// folder's path relative to the walk root (0 for the root itself); `lead` is set only for
    /// folders above the root; `git` is what the folder's `.git` is, if it has one. Returns
    /// `self` when the folder adds nothing.
    func entering(_ folder: String, relativeLength: Int, lead: [UInt8] = [], git: FileSystem.Kind?, holdsIgnore: Bool, holdsGitignore: Bool) -> IgnoreRules {
        let holdsGit = git != nil
        if !holdsGit, !holdsIgnore, !(holdsGitignore && isInRepository) { return self }
        let drop = relativeLength == 0 ? 0 : relativeLength + 1
        var ignoreFiles = self.ignoreFiles
        var gitignoreFiles = holdsGit ? [] : self.gitignoreFiles
        var infoExclude = self.infoExclude
        if holdsGit {
            infoExclude = Self.infoExcludePath(repository: folder, kind: git)
                .flatMap(IgnoreFile.read)
                .map { Level(file: $0, drop: drop, lead: lead) }
        }
        if holdsIgnore, let file = IgnoreFile.read(Self.join(folder, ".ignore")) {
            ignoreFiles.append(Level(file: file, drop: drop, lead: lead))
        }
        if holdsGit || isInRepository, holdsGitignore, let file = IgnoreFile.read(Self.join(folder, ".gitignore")) {
            gitignoreFiles.append(Level(file: file, drop: drop, lead: lead))
        }
        return IgnoreRules(ignoreFiles: ignoreFiles, gitignoreFiles: gitignoreFiles, infoExclude: infoExclude,
                           isInRepository: isInRepository || holdsGit)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
