import SourceText
import FileIO

extension LockDiscovery {
    /// The installed environments of the project around `folder`, read once per project:
    /// `.venv/`, `venv/` and any other folder at the repository root that holds `pyvenv.cfg`
    /// (outside a repository, the manifest's own folder), and `$VIRTUAL_ENV` when it lies
    /// inside that repository, so an environment activated for one project never caps another.
    /// Locks win over environments: the caller fills only the names no lock gives.
    ///
    ///     repo/.git
    ///     repo/.venv/pyvenv.cfg                   <- found
    ///     repo/.venv/lib/python3.12/site-packages/werkzeug-1.0.1.dist-info
    ///     repo/requirements.txt   Werkzeug>=0.15  ->  Werkzeug>=0.15,<2
    ///
    /// A folder that says it is an environment (`pyvenv.cfg`) but has no readable
    /// site-packages is a failure, like an unreadable lock.
    func environments(around folder: String) -> LockLookup {
        let root = roots.root(of: folder) ?? folder
        if let cached = cache.environments(root) { return cached }
        var lookup = LockLookup()
        for candidate in environmentFolders(root) {
            let display = Paths.display(candidate, relativeTo: currentDirectory)
            var index = LockIndex()
            if let diagnostic = VenvReader.read(venv: display, into: &index) {
                let isDeclared = FileSystem.exists(Paths.join(candidate, "pyvenv.cfg")) || candidate == virtualEnvironment
                if !isDeclared { continue }  // a folder merely named venv
                lookup = LockLookup(failure: LockFailure(path: display, diagnostic: diagnostic, location: SourceLocation(line: 1, column: 1), kind: "environment"))
                break
            }
            if lookup.index.isEmpty { lookup.index = index } else { lookup.index.fill(from: index) }
            lookup.sources.append(display)
        }
        return cache.store(environments: lookup, for: root)
    }

    /// The candidate folders, in precedence order: the active environment, `.venv`, `venv`,
    /// then other folders holding `pyvenv.cfg`, by name.
    private func environmentFolders(_ root: String) -> [String] {
        var found: [String] = []
        if let active = virtualEnvironment, active.hasPrefix(root + "/") { found.append(active) }
        var others: [String] = []
        for entry in (try? FileSystem.list(root).get()) ?? [] where entry.kind == .directory {
            let path = Paths.join(root, entry.name)
            if entry.name == ".venv" || entry.name == "venv" {
                continue
            } else if entry.name != ".git", FileSystem.exists(Paths.join(path, "pyvenv.cfg")) {
                others.append(path)
            }
        }
        for name in [".venv", "venv"] where FileSystem.kind(Paths.join(root, name)) == .directory {
            found.append(Paths.join(root, name))
        }
        found += others.sorted()
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }
    }
}
