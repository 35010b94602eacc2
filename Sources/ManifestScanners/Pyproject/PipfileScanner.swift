import SourceText
import TOMLSpans

/// Finds every package constraint in a Pipfile: `[packages]`, `[dev-packages]` and any
/// other category table, but not `[[source]]`, `[requires]`, `[scripts]` or `[pipenv]`.
///
/// ```toml
/// requests = "*"                                   # .specifiers("*")
/// flask = ">=2.0,!=2.1"                            # .specifiers(">=2.0,!=2.1")
/// django = { version = ">=4", extras = ["argon2"] } # .specifiers(">=4")
/// mylib = { path = ".", editable = true }          # Skip
/// ```
enum PipfileScanner: ManifestScanner {
    static let nonPackageSections: Set<String> = ["source", "requires", "scripts", "pipenv"]

    /// Reads every package category; a parse failure is the only error.
    static func scan(_ file: SourceFile) -> ScanResult {
        let document: TOMLDocument
        switch TOMLDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let diag): return ScanResult(errors: [diag])
        }
        var collector = TOMLDependencyCollector(bytes: file.bytes)
        for section in document.root.entries where !nonPackageSections.contains(section.key) {
            guard let packages = section.value.tableValue else { continue }
            for entry in packages.entries {
                scanPackage(entry, into: &collector)
            }
        }
        return collector.result
    }

    /// One `name = "spec"` or `name = { version = "...", ... }` entry.
    static func scanPackage(_ entry: (key: String, keyOffset: Int, value: TOMLValue), into collector: inout TOMLDependencyCollector) {
        switch entry.value {
        case .string(let s):
            let isIgnored = collector.hasIgnorePragma(after: s.endOffset)
            collector.result.dependencies.append(Dependency(
                name: entry.key, offset: entry.keyOffset, constraint: .specifiers(s.text), isIgnored: isIgnored))
        case .table(let spec):
            for source in ["git", "path", "file"] where spec[source] != nil {
                collector.result.skips.append(Skip(offset: entry.keyOffset, name: entry.key, reason: "\(source) dependency"))
                return
            }
            if let version = spec["version"]?.stringValue {
                let isIgnored = collector.hasIgnorePragma(after: version.endOffset)
                collector.result.dependencies.append(Dependency(
                    name: entry.key, offset: entry.keyOffset, constraint: .specifiers(version.text), isIgnored: isIgnored))
            } else {
                // pipenv reads a missing version as `*`: any release, so unbounded (an editable one is a path).
                let isEditable = spec["editable"] != nil
                let reason = isEditable ? "editable dependency" : "\(entry.key) has no version constraint; not edited"
                let isUnbounded = !isEditable && !collector.hasIgnorePragma(after: entry.keyOffset) && !ConstraintBound.isInterpreter(entry.key)
                collector.result.skips.append(Skip(offset: entry.keyOffset, name: entry.key, reason: reason, isUnbounded: isUnbounded))
            }
        default:
            collector.result.skips.append(Skip(offset: entry.keyOffset, name: entry.key, reason: "not a Pipfile package specification"))
        }
    }
}
