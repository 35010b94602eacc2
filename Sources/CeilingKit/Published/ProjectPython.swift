import SourceText
import FileIO
import PythonVersions
import TOMLSpans
import ManifestScanners

/// The lowest Python a project admits, from `requires-python` in `[project]` of its
/// `pyproject.toml` (the manifest itself, or the one beside it): `>=3.8` gives 3.8.
///
/// Used to pass over releases whose every file needs a newer Python. `python_requires` in
/// setup.py and setup.cfg is not read for this.
enum ProjectPython {
    static func floor(forManifest path: String, format: ManifestFormat, bytes: [UInt8]) -> PEP440Version? {
        if format == .pyproject { return floor(pyproject: SourceFile(path: path, bytes: bytes)) }
        let folder = Paths.parent(of: path) ?? "."
        guard case .success(let sibling) = FileSystem.readRegularFile(Paths.join(folder, "pyproject.toml")) else { return nil }
        return floor(pyproject: SourceFile(path: path, bytes: sibling))
    }

    private static func floor(pyproject file: SourceFile) -> PEP440Version? {
        guard case .success(let document) = TOMLDocument.parse(file, keeping: ["project", "requires-python"]),
              case .table(let project)? = document.root["project"],
              case .string(let text)? = project["requires-python"],
              let set = PEP440SpecifierSet(text.value) else { return nil }
        return set.highestLowerBound
    }
}
