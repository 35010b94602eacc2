import SourceText
import FileIO
import TOMLSpans

/// A repository's own settings: `.ceiling.toml` at its root, or `[tool.ceiling]`
/// in the root `pyproject.toml`.
///
///     # .ceiling.toml                 # pyproject.toml
///     policy = "minor"                [tool.ceiling]
///     ignore = ["django"]             policy = "minor"
///     exclude = ["vendor/*"]          ignore = ["django"]
///     from-lower-bound = true
///     index = true
///
/// The command line wins over the file; `--no-config` ignores it.
struct RepositoryConfig: Sendable, Equatable {
    var policy: CapPolicy?
    var ignore: [String] = []
    /// Globs matched against paths relative to the repository root.
    var exclude: [String] = []
    /// `transitive = true`: as `--transitive` for this repository.
    var transitive: Bool?
    /// `from-lower-bound = true`: cap from the lower bound where there is no evidence.
    var fromLowerBound: Bool?
    /// `index = true`: look up published versions, as `--index` does.
    var index: Bool?

    /// A configuration that cannot be read, naming the file, line and column.
    struct Failure: Error, Sendable, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    init(policy: CapPolicy? = nil, ignore: [String] = [], exclude: [String] = []) {
        self.policy = policy
        self.ignore = ignore
        self.exclude = exclude
    }

    /// Reads the configuration of the repository rooted at `root`; `nil` when it has none.
    /// A configuration that cannot be read is an error (`path:line:col: error: message`).
    static func load(root: String) -> Result<RepositoryConfig?, Failure> {
        let dotfile = root + "/.ceiling.toml"
        if case .success(let bytes) = FileSystem.readRegularFile(dotfile) {
            return parse(SourceFile(path: dotfile, bytes: bytes))
        }
        let pyproject = root + "/pyproject.toml"
        if case .success(let bytes) = FileSystem.readRegularFile(pyproject) {
            // A pyproject.toml that does not parse is reported when it is scanned as a manifest.
            let file = SourceFile(path: pyproject, bytes: bytes)
            // Only `[tool.ceiling]` matters here: every other value is checked but not built,
            // since the manifest scan parses this file again in full.
            let kept = ["tool", "ceiling"] + settings
            guard case .success(let document) = TOMLDocument.parse(file, keeping: kept) else { return .success(nil) }
            guard case .table(let tool)? = document.root["tool"], case .table(let ceiling)? = tool["ceiling"] else {
                return .success(nil)
            }
            return read(ceiling, file: file).map { Optional($0) }
        }
        return .success(nil)
    }

    static func parse(_ file: SourceFile) -> Result<RepositoryConfig?, Failure> {
        switch TOMLDocument.parse(file) {
        case .failure(let diagnostic):
            return .failure(Failure("invalid configuration (\(file.path):\(file.location(of: diagnostic.offset))): \(diagnostic.message)"))
        case .success(let document):
            return read(document.root, file: file).map { Optional($0) }
        }
    }

    /// The keys a configuration may set.
    static let settings = ["policy", "ignore", "exclude", "from-lower-bound", "transitive", "index"]

    private static func unknownSetting(_ key: String, at: String) -> Failure {
        Failure("\(at): unknown setting \(key) (\(settings.joined(separator: ", ")))")
    }

    private static func read(_ table: TOMLTable, file: SourceFile) -> Result<RepositoryConfig, Failure> {
        var config = RepositoryConfig()
        // Keys a skimming parse left out are not settings.
        if let unknown = table.skippedKeys.first {
            return .failure(unknownSetting(unknown.key, at: "invalid configuration (\(file.path):\(file.location(of: unknown.keyOffset)))"))
        }
        for entry in table.entries {
            let at = "invalid configuration (\(file.path):\(file.location(of: entry.keyOffset)))"
            switch (entry.key, entry.value) {
            case ("policy", .string(let text)):
                guard let policy = CapPolicy(rawValue: text.value) else {
                    return .failure(Failure("\(at): policy must be \"major\", \"minor\" or \"exact\", not \"\(text.value)\""))
                }
                config.policy = policy
            case ("from-lower-bound", let value):
                guard case .boolean(let flag) = value else { return .failure(Failure("\(at): from-lower-bound must be true or false")) }
                config.fromLowerBound = flag
            case ("index", .boolean(let flag)):
                config.index = flag
            case ("index", _):
                return .failure(Failure("\(at): index must be true or false"))
            case ("ignore", .array(let array)), ("exclude", .array(let array)):
                var names: [String] = []
                for element in array.elements {
                    guard case .string(let text) = element else { return .failure(Failure("\(at): \(entry.key) must be an array of strings")) }
                    names.append(text.value)
                }
                if entry.key == "ignore" { config.ignore = names } else { config.exclude = names }
            case ("transitive", .boolean(let on)):
                config.transitive = on
            case ("transitive", _):
                return .failure(Failure("\(at): transitive must be true or false"))
            default:
                return .failure(unknownSetting(entry.key, at: at))
            }
        }
        return .success(config)
    }
}
