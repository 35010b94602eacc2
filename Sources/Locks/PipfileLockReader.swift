import SourceText

/// Reads a Pipfile.lock: every package category (`default`, `develop`, and named ones
/// such as `typing-dev`) maps names to `{"version": "==1.2.3", ...}`.
///
/// Entries without a version (editable, path or VCS installs) pin nothing and are passed
/// over; keys starting with `_` (`_meta`) are not categories.
enum PipfileLockReader {
    /// Adds every locked version to `index`; if the file is not a Pipfile.lock, returns
    /// where and why, and adds nothing.
    static func read(
        _ file: SourceFile, into index: inout LockIndex,
        isHigher: (String, String) -> Bool = LockIndex.isHigherPythonVersion
    ) -> Diagnostic? {
        let root: JSONValue
        switch JSONReader.parse(file) {
        case .success(let value): root = value
        case .failure(let diagnostic): return diagnostic
        }
        guard let categories = root.members else {
            return Diagnostic(offset: root.offset, message: "expected a JSON object of package categories")
        }
        var pins: [(name: String, version: String)] = []
        for category in categories where !category.key.hasPrefix("_") {
            guard let packages = category.value.members else {
                return Diagnostic(
                    offset: category.value.offset,
                    message: "expected an object of packages in category `\(category.key)`")
            }
            for package in packages {
                guard package.value.members != nil else {
                    return Diagnostic(
                        offset: package.value.offset, message: "expected an object for package `\(package.key)`")
                }
                guard let version = package.value["version"] else { continue }
                guard let text = version.string else {
                    return Diagnostic(offset: version.offset, message: "expected a string version such as \"==1.0\"")
                }
                guard let pinned = pinnedVersion(text) else { continue }
                guard !pinned.isEmpty else {
                    return Diagnostic(offset: version.offset, message: "expected a version after `==`")
                }
                pins.append((package.key, pinned))
            }
        }
        for pin in pins {
            index.add(name: pin.name, entry: .init(version: pin.version, source: file.path), isHigher: isHigher)
        }
        return nil
    }

    /// `==1.2.3` or `===1.2.3` gives `1.2.3`; anything else (`*`, `>=1`) pins nothing.
    private static func pinnedVersion(_ text: String) -> String? {
        var rest = Substring(text)
        if rest.hasPrefix("===") {
            rest = rest.dropFirst(3)
        } else if rest.hasPrefix("==") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        let trimmed = rest.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        let version = String(trimmed)
        return version.contains("*") ? nil : version
    }
}
