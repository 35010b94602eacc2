import SourceText
import FileIO
import TOMLSpans
import ManifestScanners

/// One project for `--transitive`: the repository a manifest belongs to (the folder
/// holding `.git`), or, outside any repository, a folder walked or the files named on
/// the command line. Its manifests are every manifest of the repository, whatever the
/// run was given, so "declared" means declared anywhere in it.
struct TransitiveProject {
    /// Absolute: the repository root, the walked folder, or the folder of the shallowest file named.
    var folder: String
    var manifests: [(path: String, format: ManifestFormat)]

    /// Where the project's caps can go, following its own tooling.
    enum Tool: Equatable {
        /// Requirements files: a constraints file beside the root one (absolute path).
        case pip(requirements: String)
        /// `[tool.uv]` or `uv.lock`: `constraint-dependencies` in this pyproject.toml.
        case uv(pyproject: String)
        /// No constraints mechanism: caps are listed on this manifest, with the reason.
        case listOnly(manifest: String, format: ManifestFormat, reason: String)
    }

    /// The project's tool, by what its top folder holds: uv (a `[tool.uv]` table or `uv.lock`
    /// beside pyproject.toml), then Poetry, PDM, Pipenv, then requirements files anywhere,
    /// then SwiftPM. `nil` for a project without manifests.
    func tool() -> Tool? {
        let pyprojectPath = Paths.join(folder, "pyproject.toml")
        var tool: TOMLTable?
        var hasPyproject = false
        if case .success(let bytes) = FileSystem.readRegularFile(pyprojectPath) {
            hasPyproject = true
            if case .success(let document) = TOMLDocument.parse(SourceFile(path: pyprojectPath, bytes: bytes), keeping: ["tool"]) {
                tool = document.root["tool"]?.tableValue
            }
        }
        let has = { (name: String) in FileSystem.exists(Paths.join(self.folder, name)) }
        if hasPyproject, tool?["uv"] != nil || has("uv.lock") { return .uv(pyproject: pyprojectPath) }
        if hasPyproject, tool?["poetry"] != nil || has("poetry.lock") {
            return .listOnly(manifest: pyprojectPath, format: .pyproject, reason: "Poetry has no constraints file")
        }
        if hasPyproject, tool?["pdm"] != nil || has("pdm.lock") {
            return .listOnly(manifest: pyprojectPath, format: .pyproject, reason: "PDM has no constraints file")
        }
        if has("Pipfile") {
            return .listOnly(manifest: Paths.join(folder, "Pipfile"), format: .pipfile, reason: "Pipenv has no constraints file")
        }
        if let requirements = rootRequirements() { return .pip(requirements: requirements) }
        if let swift = manifests.first(where: { $0.format == .packageSwift }) {
            return .listOnly(manifest: swift.path, format: .packageSwift, reason: "SwiftPM has no constraints mechanism")
        }
        guard let first = manifests.first else { return nil }
        return .listOnly(manifest: first.path, format: first.format,
                         reason: "the project has no requirements file or uv configuration to hold constraints")
    }

    /// The requirements file pip is pointed at: the shallowest, `requirements.txt` before
    /// `requirements.in` before any other; constraints files themselves are not candidates.
    func rootRequirements() -> String? {
        let candidates = manifests.filter { manifest in
            manifest.format == .requirements && !Self.name(manifest.path).lowercased().hasPrefix("constraints")
        }
        func rank(_ path: String) -> (Int, Int, String) {
            let depth = path.split(separator: "/").count
            let name = Self.name(path)
            return (depth, name == "requirements.txt" ? 0 : name == "requirements.in" ? 1 : 2, path)
        }
        return candidates.map(\.path).min { rank($0) < rank($1) }
    }

    static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
