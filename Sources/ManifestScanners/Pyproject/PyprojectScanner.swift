import PythonVersions
import SourceText
import TOMLSpans

/// Finds every dependency constraint in a pyproject.toml: PEP 621 `[project]`,
/// PEP 735 `[dependency-groups]`, `[build-system] requires`, Poetry, PDM, uv and Hatch.
///
/// It reads parsed TOML values, so `[project]`, `project.dependencies = [...]` and
/// `project = { dependencies = [...] }` are the same to it. `requires-python` is never a dependency.
package enum PyprojectScanner: ManifestScanner {
    /// Reads every place dependencies live; a parse failure is the only error.
    package static func scan(_ file: SourceFile) -> ScanResult {
        let document: TOMLDocument
        switch TOMLDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let diag): return ScanResult(errors: [diag])
        }
        var collector = TOMLDependencyCollector(bytes: file.bytes)
        let root = document.root
        if let project = root["project"]?.tableValue {
            scanDynamic(project, into: &collector)
            collector.addPEP508Array(project["dependencies"], where: "project.dependencies")
            collector.addPEP508Groups(project["optional-dependencies"], where: "project.optional-dependencies")
        }
        collector.addPEP508Groups(root["dependency-groups"], where: "dependency-groups")
        collector.addPEP508Array(root[path: ["build-system", "requires"]], where: "build-system.requires")
        if let tool = root["tool"]?.tableValue {
            if let poetry = tool["poetry"]?.tableValue { PoetryDependencies.scan(poetry, into: &collector) }
            collector.addPEP508Groups(tool[path: ["pdm", "dev-dependencies"]], where: "tool.pdm.dev-dependencies")
            collector.addPEP508Array(tool[path: ["uv", "dev-dependencies"]], where: "tool.uv.dev-dependencies")
            if let envs = tool[path: ["hatch", "envs"]]?.tableValue {
                for env in envs.entries {
                    guard let table = env.value.tableValue else { continue }
                    let place = "tool.hatch.envs.\(env.key)"
                    collector.addPEP508Array(table["dependencies"], where: "\(place).dependencies")
                    collector.addPEP508Array(table["extra-dependencies"], where: "\(place).extra-dependencies")
                }
            }
        }
        if let own = root[path: ["project", "name"]]?.stringValue?.value {
            setAsideSelfReferences(to: own, in: &collector.result)
        }
        return collector.result
    }

    /// A requirement on the project itself (`full = ["litestar[cli,jinja]"]` in litestar's own
    /// extras or dependency groups) names this source tree, not a release: no lock version or
    /// cap applies, so it is a skip, never an unbounded constraint.
    static func setAsideSelfReferences(to own: String, in result: inout ScanResult) {
        let key = PackageName.normalize(own)
        var kept: [Dependency] = []
        kept.reserveCapacity(result.dependencies.count)
        for dependency in result.dependencies {
            guard PackageName.normalize(dependency.name) == key else {
                kept.append(dependency)
                continue
            }
            result.skips.append(Skip(offset: dependency.offset, name: dependency.name,
                                     reason: "\(dependency.name) is this project itself ([project] name); not edited"))
        }
        result.dependencies = kept
    }

    /// `dynamic = ["dependencies"]`: the build backend computes them, so there is nothing to cap here.
    static func scanDynamic(_ project: TOMLTable, into collector: inout TOMLDependencyCollector) {
        guard let dynamic = project["dynamic"]?.arrayValue else { return }
        for element in dynamic.elements {
            guard let s = element.stringValue else { continue }
            switch s.value {
            case "dependencies":
                collector.result.skips.append(Skip(offset: s.offset, name: nil, reason: "dependencies are dynamic"))
            case "optional-dependencies":
                collector.result.skips.append(Skip(offset: s.offset, name: nil, reason: "optional dependencies are dynamic"))
            default:
                break
            }
        }
    }
}
