/// The command line, parsed: `ceiling [OPTIONS] [PATH ...]`.
public struct Options: Sendable, Equatable {
    public enum Color: String, Sendable { case auto, always, never }

    public var paths: [String] = []
    public var diff = false
    public var check = false
    public var json = false
    /// `-` given: read one manifest on stdin, write the result on stdout.
    public var stdin = false
    public var format: ManifestFormat?
    public var stdinFilename: String?
    public var policy: CapPolicy?
    public var locks: [String] = []
    public var venvs: [String] = []
    public var discoverLocks = true
    /// `--from-lower-bound`: a lower bound alone is a reference when there is no evidence.
    public var fromLowerBound = false
    public var ignore: [String] = []
    public var exclude: [String] = []
    public var filesFrom: String?
    public var nulSeparated = false
    public var useConfig = true
    public var color: Color = .auto
    public var quiet = false
    public var verbose = false
    public var showVersion = false
    public var showHelp = false
    /// `--transitive`: cap installed packages no manifest declares, in the project's constraints file.
    public var transitive = false
    /// `--constraints-file PATH`: where a pip project's transitive caps go (default `constraints.txt`
    /// beside the root requirements file, or the file its `-c` line names).
    public var constraintsFile: String?

    public init() {}

    /// A usage error, printed as `ceiling: error: MESSAGE` with exit code 2.
    public struct UsageError: Error, Sendable, Equatable {
        public var message: String
    }

    public static func parse(_ arguments: [String]) -> Result<Options, UsageError> {
        var options = Options()
        var index = 0
        var onlyPaths = false
        func value(_ flag: String, _ inline: String?) -> Result<String, UsageError> {
            if let inline { return .success(inline) }
            index += 1
            guard index < arguments.count else { return .failure(UsageError(message: "\(flag) needs a value")) }
            return .success(arguments[index])
        }
        while index < arguments.count {
            let argument = arguments[index]
            defer { index += 1 }
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                if argument == "-", !onlyPaths { options.stdin = true } else { options.paths.append(argument) }
                continue
            }
            if argument == "--" { onlyPaths = true; continue }
            var flag = argument
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            switch flag {
            case "--diff": options.diff = true
            case "--check": options.check = true
            case "--json": options.json = true
            case "-q", "--quiet": options.quiet = true
            case "-v", "--verbose": options.verbose = true
            case "--version": options.showVersion = true
            case "-h", "--help": options.showHelp = true
            case "--no-discover-locks": options.discoverLocks = false
            case "--from-lower-bound": options.fromLowerBound = true
            case "--no-config": options.useConfig = false
            case "--transitive": options.transitive = true
            case "-0", "--null": options.nulSeparated = true
            case "--format", "--policy", "--lock", "--venv", "--ignore", "--exclude", "--files-from", "--stdin-filename", "--color", "--constraints-file":
                switch value(flag, inline) {
                case .failure(let error): return .failure(error)
                case .success(let text):
                    if let error = options.set(flag, text) { return .failure(error) }
                }
            default:
                return .failure(UsageError(message: "unknown option \(argument)"))
            }
            if inline != nil, !["--format", "--policy", "--lock", "--venv", "--ignore", "--exclude", "--files-from", "--stdin-filename", "--color", "--constraints-file"].contains(flag) {
                return .failure(UsageError(message: "\(flag) takes no value"))
            }
        }
        if options.stdin, !options.paths.isEmpty || options.filesFrom != nil {
            return .failure(UsageError(message: "- (stdin) cannot be combined with paths or --files-from"))
        }
        if options.stdin, options.transitive {
            return .failure(UsageError(message: "--transitive works on a project's files, not on - (stdin)"))
        }
        if options.stdin, options.filesFrom == "-" {
            return .failure(UsageError(message: "--files-from - and - both read stdin"))
        }
        return .success(options)
    }

    private mutating func set(_ flag: String, _ text: String) -> UsageError? {
        switch flag {
        case "--format":
            guard let format = ManifestFormat(argument: text) else {
                return UsageError(message: "unknown --format \(text) (requirements, pyproject, pipfile, setup.cfg, setup.py, package.swift)")
            }
            self.format = format
        case "--policy":
            guard let policy = CapPolicy(rawValue: text) else { return UsageError(message: "unknown --policy \(text) (major, minor, exact)") }
            self.policy = policy
        case "--color":
            guard let color = Color(rawValue: text) else { return UsageError(message: "unknown --color \(text) (auto, always, never)") }
            self.color = color
        case "--lock": locks.append(text)
        case "--venv": venvs.append(text)
        case "--ignore": ignore.append(text)
        case "--exclude": exclude.append(text)
        case "--files-from": filesFrom = text
        case "--stdin-filename": stdinFilename = text
        case "--constraints-file": constraintsFile = text
        default: break
        }
        return nil
    }
}
