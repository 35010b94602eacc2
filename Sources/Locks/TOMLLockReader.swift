import SourceText
import TOMLSpans

/// Reads the TOML lock formats, which all list packages as an array of tables with
/// `name` and `version`:
///
///     [[package]]              poetry.lock, uv.lock, pdm.lock
///     name = "Foo_Bar"
///     version = "1.2.3"
///
///     [[packages]]             pylock.toml (PEP 751)
///     name = "foo-bar"
///     version = "1.2.3"
///
/// A package without `version` (uv's dynamic root, pylock's VCS or directory entries) pins
/// nothing and is passed over. uv.lock lists one name once per resolver fork; the highest
/// version is kept.
enum TOMLLockReader {
    /// The TOML lock formats, which differ only in the array's key.
    enum Format: String, Sendable, CaseIterable {
        case poetry, uv, pdm, pylock

        /// `package` for poetry, uv and pdm; `packages` for PEP 751.
        var arrayKey: String { self == .pylock ? "packages" : "package" }
    }

    /// Adds every locked version to `index`; if the file cannot be read as this lock,
    /// returns where and why, and adds nothing.
    static func read(
        _ file: SourceFile, format: Format, into index: inout LockIndex,
        isHigher: (String, String) -> Bool = LockIndex.isHigherPythonVersion
    ) -> Diagnostic? {
        let key = format.arrayKey
        let document: TOMLDocument
        // Only the package array and each package's name and version are read; the rest
        // (hashes, wheel URLs, dependency lists) is checked but not built.
        switch TOMLDocument.parse(file, keeping: [key, "name", "version"]) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return diagnostic
        }
        // An empty lock may omit the array (or write `package = []`): it pins nothing.
        guard let entry = document.root.entry(key) else { return nil }
        guard let packages = entry.value.arrayValue else {
            return Diagnostic(offset: entry.keyOffset, message: "expected `[[\(key)]]` tables")
        }
        var pins: [(name: String, version: String)] = []
        for element in packages.elements {
            guard let package = element.tableValue else {
                return Diagnostic(offset: packages.offset, message: "expected `[[\(key)]]` tables")
            }
            guard let name = package["name"]?.stringValue?.value else {
                return Diagnostic(offset: package.offset, message: "expected a `name` string in this `[[\(key)]]` table")
            }
            guard let versionEntry = package.entry("version") else { continue }
            guard let version = versionEntry.value.stringValue?.value, !version.isEmpty else {
                return Diagnostic(offset: versionEntry.keyOffset, message: "expected a non-empty `version` string")
            }
            pins.append((name, version))
        }
        for pin in pins {
            index.add(name: pin.name, entry: .init(version: pin.version, source: file.path), isHigher: isHigher)
        }
        return nil
    }
}
