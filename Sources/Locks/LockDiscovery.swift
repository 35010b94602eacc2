import SourceText
import FileIO

/// Finds the locks that apply to a manifest: those in its folder, then in each parent
/// folder up to the repository root (the nearest folder holding `.git`); a nearer lock's
/// version wins. Outside a repository only the manifest's own folder is searched, so
/// stray locks in a home folder never count.
///
///     repo/.git
///     repo/uv.lock                  django 5.1      <- used for names the nearer lock lacks
///     repo/app/requirements.txt     django==4.2     <- nearer: app/pyproject.toml caps by 4.2
///     repo/app/pyproject.toml
///
/// Every folder is listed and its locks read once, whatever the number of manifests: the
/// cache is shared by copies of this value and safe to use from many threads.
struct LockDiscovery: Sendable {
    let cache = LockDiscoveryCache()
    let roots: RepositoryRoots
    /// Relative manifest paths are resolved against this folder, and locks under it are shown relative to it.
    let currentDirectory: String
    /// `$VIRTUAL_ENV`, absolute and normalized: used only for manifests of the repository it lies in.
    let virtualEnvironment: String?

    /// Which manifests a lock's versions apply to: Python names and Swift identities never mix.
    enum Ecosystem: Sendable, Equatable, Hashable {
        case python, swift
    }

    init(currentDirectory: String? = nil, roots: RepositoryRoots = RepositoryRoots(), virtualEnvironment: String? = nil) {
        self.roots = roots
        let current = Paths.normalize(currentDirectory ?? FileSystem.currentDirectory(), in: "/")
        self.currentDirectory = current
        self.virtualEnvironment = virtualEnvironment.flatMap { $0.isEmpty ? nil : Paths.normalize($0, in: current) }
    }

    /// The versions pinned around the manifest at `path`, for manifests of `ecosystem`
    /// (Package.resolved serves Package.swift; every other lock serves Python manifests).
    /// The manifest itself is never its own lock.
    func locks(forManifest path: String, ecosystem: Ecosystem) -> LockLookup {
        let manifest = Paths.normalize(path, in: currentDirectory)
        let folder = Paths.parent(of: manifest) ?? "/"
        let chain = folders(from: folder)
        // The repository root (or the folder itself outside any): what the cache files entries under.
        let root = chain[chain.count - 1]
        let own = folderLocks(chain[0], ecosystem, root: root)
        let locks: LockLookup
        if own.contains(where: { $0.path == manifest }) {
            // The manifest is one of its folder's locks (a pinned requirements file): read around it, uncached.
            locks = Self.merge(own.filter { $0.path != manifest }, over: combined(Array(chain.dropFirst()), ecosystem, root: root))
        } else {
            locks = combined(chain, ecosystem, root: root)
        }
        guard ecosystem == .python, locks.failure == nil else { return locks }
        let environments = environments(around: folder)
        if environments.failure != nil { return environments }
        if environments.sources.isEmpty { return locks }
        // Locks win: the environments fill only the names no lock gives.
        var lookup = locks
        lookup.index.fill(from: environments.index)
        lookup.sources += environments.sources
        return lookup
    }

    /// Forgets what was read in the repository at `root` (absolute, normalized; a nested
    /// repository keeps its own): a batch run calls it when the repository's manifests are done.
    func release(repository root: String) {
        cache.release(repository: root)
    }

    /// The lookup for a manifest in `chain[0]` (nearest first), built from the root down and
    /// cached per folder. A folder without locks shares its parent's lookup rather than
    /// copying it, so a monorepo of thousands of folders holds few indexes.
    private func combined(_ chain: [String], _ ecosystem: Ecosystem, root: String) -> LockLookup {
        var lookup = LockLookup()
        var start = chain.count
        // Reuse the nearest folder already worked out, and build only the folders below it.
        for (i, folder) in chain.enumerated() {
            if let cached = cache.lookup(FolderKey(folder: folder, ecosystem: ecosystem)) {
                lookup = cached
                start = i
                break
            }
        }
        for folder in chain[..<start].reversed() {
            lookup = Self.merge(folderLocks(folder, ecosystem, root: root), over: lookup)
            lookup = cache.store(lookup, for: FolderKey(folder: folder, ecosystem: ecosystem), root: root)
        }
        return lookup
    }

    /// One folder's locks (in precedence order) over what its parents give: the folder's
    /// versions win, and a lock that failed, here or above, stops the lookup.
    private static func merge(_ locks: [LockDiscoveryCache.ReadLock], over parent: LockLookup) -> LockLookup {
        if locks.isEmpty { return parent }
        var lookup = LockLookup()
        for lock in locks {
            switch lock.result {
            case .failure(let failure):
                // The manifest would have used this lock: stop rather than cap by the others.
                return LockLookup(failure: failure)
            case .success(let index):
                // The first lock is shared, not copied entry by entry.
                if lookup.index.isEmpty { lookup.index = index } else { lookup.index.fill(from: index) }
                lookup.sources.append(lock.display)
            }
        }
        if parent.failure != nil { return parent }
        lookup.index.fill(from: parent.index)
        lookup.sources += parent.sources
        return lookup
    }

    /// The folders to search, nearest first: up to and including the repository root,
    /// or only `folder` when no `.git` is found above it.
    private func folders(from folder: String) -> [String] {
        chain(from: folder, to: roots.root(of: folder) ?? folder)
    }

    private func chain(from folder: String, to root: String) -> [String] {
        var result = [folder]
        var current = folder
        while current != root, let parent = Paths.parent(of: current) {
            result.append(parent)
            current = parent
        }
        return result
    }

    /// The locks of one folder for one ecosystem, read once and cached under the repository `root`.
    private func folderLocks(_ folder: String, _ ecosystem: Ecosystem, root: String) -> [LockDiscoveryCache.ReadLock] {
        let key = FolderKey(folder: folder, ecosystem: ecosystem)
        if let cached = cache.locks(key) { return cached }
        var found: [(name: String, kind: LockFileReader.Kind)] = []
        var workspaces: [String] = []
        for entry in (try? FileSystem.list(folder).get()) ?? [] {
            if entry.kind == .directory || entry.kind == .symlinkToDirectory {
                if ecosystem == .swift, let resolved = Self.xcodeResolvedPath(entry.name),
                   FileSystem.kind(Paths.join(folder, resolved)) == .file {
                    workspaces.append(resolved)
                }
                continue
            }
            guard let kind = LockFileReader.Kind.discovered(name: entry.name), kind.ecosystem == ecosystem else { continue }
            // A link to nothing is no lock (a FIFO or device named like one still fails loudly).
            if entry.kind == .other, !FileSystem.exists(Paths.join(folder, entry.name)) { continue }
            found.append((entry.name, kind))
        }
        // A fixed order, so which lock of one folder wins does not depend on the directory listing.
        found.sort { ($0.kind.discoveryRank, $0.name) < ($1.kind.discoveryRank, $1.name) }
        // An Xcode project's own Package.resolved comes after one beside the manifest.
        found += workspaces.sorted().map { ($0, LockFileReader.Kind.packageResolved) }
        var reads: [LockDiscoveryCache.ReadLock] = []
        for candidate in found {
            let path = Paths.join(folder, candidate.name)
            let display = Paths.display(path, relativeTo: currentDirectory)
            let bytes: [UInt8]
            switch FileSystem.readRegularFile(path) {
            case .success(let read): bytes = read
            case .failure(let problem):
                // A lock that is there but cannot be read must not be silently passed over.
                let diagnostic = Diagnostic(offset: 0, message: "expected a readable lock file (\(problem.message))")
                let failure = LockFailure(path: display, diagnostic: diagnostic, location: SourceLocation(line: 1, column: 1))
                reads.append(.init(path: path, display: display, result: .failure(failure)))
                continue
            }
            let file = SourceFile(path: display, bytes: bytes)
            var index = LockIndex()
            if candidate.kind == .freeze {
                // Only a requirements file of pins is a lock; a pinned file never fails to read.
                if FreezeLockReader.readIfPinned(file, into: &index) {
                    reads.append(.init(path: path, display: display, result: .success(index)))
                }
            } else if let diagnostic = LockFileReader.read(file, kind: candidate.kind, into: &index) {
                let failure = LockFailure(path: display, diagnostic: diagnostic, location: file.location(of: diagnostic.offset))
                reads.append(.init(path: path, display: display, result: .failure(failure)))
            } else {
                reads.append(.init(path: path, display: display, result: .success(index)))
            }
        }
        return cache.store(reads, for: key, root: root)
    }
}

extension LockDiscovery {
    /// Where Xcode keeps the Package.resolved of a project or workspace folder named `name`:
    ///
    ///     App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved
    ///     App.xcworkspace/xcshareddata/swiftpm/Package.resolved
    static func xcodeResolvedPath(_ name: String) -> String? {
        if name.hasSuffix(".xcodeproj") { return name + "/project.xcworkspace/xcshareddata/swiftpm/Package.resolved" }
        if name.hasSuffix(".xcworkspace") { return name + "/xcshareddata/swiftpm/Package.resolved" }
        return nil
    }
}

/// A folder searched for one ecosystem's locks.
struct FolderKey: Hashable, Sendable {
    var folder: String
    var ecosystem: LockDiscovery.Ecosystem
}
