import FileIO

/// Where a walk's rules start: the ignore files of the folders above its root, and the
/// repository's `info/exclude`, wherever the `.git` of the repository lives.
extension IgnoreRules {
    /// The rules in force at the walk root's parent, read from every folder above `root`
    /// (`.ignore` up to `/`, `.gitignore` from the repository root down), as ripgrep does for
    /// the parents of a path it searches. Nothing when `root` cannot be resolved.
    static func above(_ root: String) -> IgnoreRules {
        guard let absolute = FileSystem.realPath(root), absolute != "/" else { return IgnoreRules() }
        let components = absolute.split(separator: "/").map(String.init)
        var rules = IgnoreRules()
        for depth in 0..<components.count {
            // The folder at `depth` components below `/`, and the root's path relative to it.
            let folder = "/" + components[0..<depth].joined(separator: "/")
            let lead = Array((components[depth...].joined(separator: "/") + "/").utf8)
            let git = FileSystem.kind(join(folder, ".git"))
            rules = rules.entering(folder, relativeLength: 0, lead: lead, git: git == .missing ? nil : git,
                                   holdsIgnore: FileSystem.exists(join(folder, ".ignore")),
                                   holdsGitignore: FileSystem.exists(join(folder, ".gitignore")))
        }
        return rules
    }

    /// The `info/exclude` of the repository whose work tree is `repository`: in `.git/` when it
    /// is a folder; when `.git` is a file (`gitdir: PATH`, a linked worktree or a submodule),
    /// in that git folder, or in its common folder (named by a `commondir` file) for a worktree.
    static func infoExcludePath(repository: String, kind known: FileSystem.Kind? = nil) -> String? {
        let dotGit = join(repository, ".git")
        switch known ?? FileSystem.kind(dotGit) {
        case .directory, .symlinkToDirectory:
            return join(dotGit, "info/exclude")
        case .file, .symlinkToFile:
            guard let gitDir = firstLine(of: dotGit).flatMap({ $0.hasPrefix("gitdir: ") ? String($0.dropFirst(8)) : nil }) else { return nil }
            let resolved = gitDir.hasPrefix("/") ? gitDir : join(repository, gitDir)
            if let common = firstLine(of: join(resolved, "commondir")) {
                return join(common.hasPrefix("/") ? common : join(resolved, common), "info/exclude")
            }
            return join(resolved, "info/exclude")
        default:
            return nil
        }
    }

    /// The first line of a small file, without its line break.
    private static func firstLine(of path: String) -> String? {
        guard case .success(let bytes) = FileSystem.readRegularFile(path) else { return nil }
        let line = bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
    }
}
