import TOMLSpans

/// Reads Poetry's dependency tables: `[tool.poetry.dependencies]`, `dev-dependencies`
/// and `[tool.poetry.group.NAME.dependencies]`.
///
/// ```toml
/// requests = "^2.31"                                  # .poetry("^2.31")
/// black = { version = ">=23", extras = ["d"] }        # .poetry(">=23")
/// numpy = [{ version = "<2", python = "<3.9" },       # one Dependency per element
///          { version = "^2", python = ">=3.9" }]
/// mylib = { git = "https://..." }                     # Skip
/// python = "^3.9"                                     # nothing
/// ```
enum PoetryDependencies {
    /// Every dependency table under `[tool.poetry]`.
    static func scan(_ poetry: TOMLTable, into collector: inout TOMLDependencyCollector) {
        scanTable(poetry["dependencies"], into: &collector)
        scanTable(poetry["dev-dependencies"], into: &collector)
        if let groups = poetry["group"]?.tableValue {
            for group in groups.entries {
                scanTable(group.value.tableValue?["dependencies"], into: &collector)
            }
        }
    }

    /// One dependency table; the `python` entry is the interpreter, never a dependency.
    static func scanTable(_ value: TOMLValue?, into collector: inout TOMLDependencyCollector) {
        guard let table = value?.tableValue else { return }
        for entry in table.entries where entry.key.lowercased() != "python" {
            switch entry.value {
            case .string(let s):
                let isIgnored = collector.hasIgnorePragma(after: s.endOffset)
                collector.result.dependencies.append(Dependency(
                    name: entry.key, offset: entry.keyOffset, constraint: .poetry(s.text), isIgnored: isIgnored))
            case .table(let spec):
                scanSpec(spec, name: entry.key, keyOffset: entry.keyOffset, into: &collector)
            case .array(let specs):
                // Multiple-constraint dependency: one constraint per Python/platform marker.
                for element in specs.elements {
                    if let spec = element.tableValue {
                        scanSpec(spec, name: entry.key, keyOffset: entry.keyOffset, into: &collector)
                    } else {
                        collector.result.skips.append(Skip(offset: entry.keyOffset, name: entry.key, reason: "constraint list entry is not a table"))
                    }
                }
            default:
                collector.result.skips.append(Skip(offset: entry.keyOffset, name: entry.key, reason: "not a Poetry constraint"))
            }
        }
    }

    /// `{ version = "...", ... }` or a `[tool.poetry.dependencies.NAME]` table.
    static func scanSpec(_ spec: TOMLTable, name: String, keyOffset: Int, into collector: inout TOMLDependencyCollector) {
        for source in ["git", "path", "url"] where spec[source] != nil {
            collector.result.skips.append(Skip(offset: keyOffset, name: name, reason: "\(source) dependency"))
            return
        }
        guard let version = spec["version"]?.stringValue else {
            // Poetry reads a missing version as `*`: any release, so unbounded.
            let isUnbounded = !collector.hasIgnorePragma(after: keyOffset) && !ConstraintBound.isInterpreter(name)
            collector.result.skips.append(Skip(offset: keyOffset, name: name, reason: "\(name) has no version constraint; not edited",
                                               isUnbounded: isUnbounded))
            return
        }
        let isIgnored = collector.hasIgnorePragma(after: version.endOffset)
        collector.result.dependencies.append(Dependency(
            name: name, offset: keyOffset, constraint: .poetry(version.text), isIgnored: isIgnored))
    }
}
