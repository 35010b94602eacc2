import SourceText
import FileIO
import TOMLSpans
import ManifestScanners
import Locks

/// Works out `--transitive` for a run: groups the run's files into projects, and for each
/// project whose evidence (a lock or an installed environment) shows packages that no
/// manifest of the project declares, plans their caps where the project's tool reads them.
///
///     repo/.git
///     repo/requirements.txt    Flask==1.1.2              -> gains `-c constraints.txt`
///     repo/constraints.txt     (new)                     -> click<8, itsdangerous<2, Jinja2<3, ...
///     --lock freeze.txt        Flask 1.1.2, Werkzeug 1.0.1, Jinja2 2.11.3, ...
struct TransitivePlanner {
    var options: Options
    var locks: LockSources
    var configs: ConfigResolver
    var roots: RepositoryRoots
    /// The processor (policy and ignored names) for a manifest, after its repository's configuration.
    var processor: (String) -> FileProcessor?

    func plan(_ targets: [BatchRun.Target]) -> TransitivePlan {
        var plan = TransitivePlan()
        let known = Set(targets.map { configs.absolute($0.path) })
        for project in projects(targets) {
            add(project, to: &plan, known: known)
        }
        return plan
    }

    /// The run's files by project, in the order first met; only projects `--transitive` or
    /// `transitive = true` applies to.
    private func projects(_ targets: [BatchRun.Target]) -> [TransitiveProject] {
        var order: [String] = []
        var groups: [String: (root: String?, walked: String?, targets: [(String, ManifestFormat)])] = [:]
        for target in targets {
            let path = configs.absolute(target.path)
            let root = roots.root(of: Paths.parent(of: path) ?? "/")
            let walked = target.walkedFrom.map(configs.absolute)
            let key = root ?? walked ?? ""
            if groups[key] == nil {
                order.append(key)
                groups[key] = (root, walked, [])
            }
            groups[key]?.targets.append((path, target.format))
        }
        var result: [TransitiveProject] = []
        for key in order {
            guard let group = groups[key], let first = group.targets.first, isEnabled(first.0) else { continue }
            var manifests = group.targets
            let folder: String
            if let root = group.root {
                folder = root
                var seen = Set(manifests.map(\.0))
                for found in ManifestWalker(excludes: options.exclude, respectsIgnoreFiles: options.respectsIgnoreFiles).walk(root) where seen.insert(found.path).inserted {
                    manifests.append((found.path, found.format))
                }
            } else if let walked = group.walked {
                folder = walked
            } else {
                let shallowest = manifests.map(\.0).min { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
                folder = shallowest.flatMap(Paths.parent) ?? "/"
            }
            result.append(TransitiveProject(folder: folder, manifests: manifests.map { (path: $0.0, format: $0.1) }))
        }
        return result
    }

    private func isEnabled(_ manifest: String) -> Bool {
        if options.transitive { return true }
        guard options.useConfig, case .success(let resolved?) = configs.resolve(forManifest: manifest) else { return false }
        return resolved.config.transitive == true
    }

    private func add(_ project: TransitiveProject, to plan: inout TransitivePlan, known: Set<String>) {
        guard let tool = project.tool() else { return }
        let anchor: (path: String, format: ManifestFormat)
        switch tool {
        case .pip(let requirements): anchor = (requirements, .requirements)
        case .uv(let pyproject): anchor = (pyproject, .pyproject)
        case .listOnly(let manifest, let format, _): anchor = (manifest, format)
        }
        // A lock that cannot be read is reported on the manifests that use it; nothing is planned.
        guard let processor = processor(anchor.path),
              case .success(let index) = locks.index(forManifest: anchor.path, format: anchor.format) else { return }
        var declared = Self.declaredNames(project.manifests)
        // A file the run was not given is processed for these lines only; a constraints file
        // the requirements file names is read like any requirements file, its entries capped too.
        func ensureTarget(_ path: String, _ format: ManifestFormat, capsItsEntries: Bool = false) {
            if !known.contains(path), !plan.extraTargets.contains(where: { $0.path == path }) {
                plan.extraTargets.append(BatchRun.Target(path: path, format: format, isTransitiveOnly: !capsItsEntries))
            }
        }
        switch tool {
        case .pip(let requirements):
            let includes = Self.read(requirements).map { ConstraintsInclude.paths(in: $0) } ?? []
            let folder = Paths.parent(of: requirements) ?? "/"
            let included = includes.filter { !$0.contains("://") }.map { Paths.normalize($0, in: folder) }
            let constraints = options.constraintsFile.map(configs.absolute) ?? included.first ?? Paths.join(folder, "constraints.txt")
            let exists = FileSystem.exists(constraints)
            if exists, let file = Self.read(constraints) {
                for dependency in RequirementsScanner.scan(file).dependencies { declared.insert(LockIndex.normalize(dependency.name)) }
            }
            let caps = TransitiveCap.caps(from: index, declared: declared, policy: processor.policy, ignored: processor.ignoredNames)
            if caps.isEmpty, !exists { return }
            if !caps.isEmpty {
                if exists {
                    plan.amendments[constraints, default: TransitiveAmendment(kind: .requirements)].caps = caps
                    ensureTarget(constraints, .requirements, capsItsEntries: true)
                } else {
                    plan.newFiles.append((constraints, caps))
                }
            }
            if constraints != requirements, !included.contains(constraints) {
                plan.amendments[requirements, default: TransitiveAmendment(kind: .requirements)].includeLine =
                    ConstraintsInclude.line(from: requirements, to: constraints)
                plan.amendments[requirements]?.includedPath = constraints
                ensureTarget(requirements, .requirements)
            }
        case .uv(let pyproject):
            if let file = Self.read(pyproject), case .success(let document) = TOMLDocument.parse(file),
               let existing = document.root[path: ["tool", "uv", "constraint-dependencies"]]?.arrayValue {
                for element in existing.elements {
                    if let text = element.stringValue, let (name, _) = TOMLDependencyCollector.leadingName(text.text.value) {
                        declared.insert(LockIndex.normalize(name))
                    }
                }
            }
            let caps = TransitiveCap.caps(from: index, declared: declared, policy: processor.policy, ignored: processor.ignoredNames)
            plan.amendments[pyproject] = TransitiveAmendment(kind: .uv, caps: caps, locks: index)
            ensureTarget(pyproject, .pyproject)
        case .listOnly(let manifest, let format, let reason):
            let caps = TransitiveCap.caps(from: index, declared: declared, policy: processor.policy, ignored: processor.ignoredNames)
            guard !caps.isEmpty else { return }
            plan.amendments[manifest] = TransitiveAmendment(kind: .requirements, caps: caps, listedReason: reason)
            ensureTarget(manifest, format)
        }
    }

    /// Every name any manifest declares (all formats, all groups), PEP 503-normalized, and each
    /// pyproject.toml's own `[project] name` (a lock lists the project itself).
    static func declaredNames(_ manifests: [(path: String, format: ManifestFormat)]) -> Set<String> {
        var names = Set<String>()
        for manifest in manifests {
            guard let file = read(manifest.path) else { continue }
            for dependency in manifest.format.scan(file).dependencies { names.insert(LockIndex.normalize(dependency.name)) }
            if manifest.format == .pyproject, case .success(let document) = TOMLDocument.parse(file, keeping: ["project", "name"]),
               let name = document.root[path: ["project", "name"]]?.stringValue?.value {
                names.insert(LockIndex.normalize(name))
            }
        }
        return names
    }

    static func read(_ path: String) -> SourceFile? {
        guard case .success(let bytes) = FileSystem.readRegularFile(path) else { return nil }
        return SourceFile(path: path, bytes: bytes)
    }
}
