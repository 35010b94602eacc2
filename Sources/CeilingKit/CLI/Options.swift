import ManifestScanners
import ReleaseLookups

/// The command line, parsed: `ceiling [OPTIONS] [PATH ...]`.
struct Options: Sendable, Equatable {
    enum Color: String, Sendable, CaseIterable { case auto, always, never }
    /// `--output-format`: text and json are today's output; github, gitlab and sarif are CI reports.
    enum OutputFormat: String, Sendable, CaseIterable { case text, json, github, gitlab, sarif }

    var paths: [String] = []
    var diff = false
    var check = false
    var json = false
    /// `--output-format` as given; github, gitlab and sarif imply `--check`, json sets `json`.
    var outputFormat: OutputFormat?
    /// `-` given: read one manifest on stdin, write the result on stdout.
    var stdin = false
    var format: ManifestFormat?
    var stdinFilename: String?
    var policy: CapPolicy?
    /// `--raise` or `--relax`; capping by default.
    var mode: CapMode = .cap
    var locks: [String] = []
    var venvs: [String] = []
    var discoverLocks = true
    /// `--from-lower-bound`: a lower bound alone is a reference when there is no evidence.
    var fromLowerBound = false
    var ignore: [String] = []
    var exclude: [String] = []
    /// `--no-ignore` turns it off: walks skip what `.gitignore`, `.git/info/exclude` and `.ignore` exclude.
    var respectsIgnoreFiles = true
    var filesFrom: String?
    var nulSeparated = false
    var useConfig = true
    var color: Color = .auto
    var quiet = false
    var verbose = false
    var showVersion = false
    var showHelp = false
    /// `--generate-completion-script SHELL`: print the script and exit.
    var completionShell: CompletionScript.Shell?
    /// `--index`: look up published versions for names without lock or environment evidence.
    var index = false
    /// `--index-url URL` (implies `--index`).
    var indexURL: String?
    /// `--exclude-newer DATE`: RFC 3339 timestamp or date, as given (checked when parsed).
    var excludeNewer: String?
    /// `--offline`: lookups use the cache only.
    var offline = false
    /// `--refresh`: lookups ignore the cache.
    var refresh = false
    /// `--transitive`: cap installed packages no manifest declares, in the project's constraints file.
    var transitive = false
    /// `--constraints-file PATH`: where a pip project's transitive caps go (default `constraints.txt`
    /// beside the root requirements file, or the file its `-c` line names).
    var constraintsFile: String?

    init() {}

    /// A usage error, printed as `ceiling: error: MESSAGE` with exit code 2.
    struct UsageError: Error, Sendable, Equatable {
        var message: String
    }

    static func parse(_ arguments: [String]) -> Result<Options, UsageError> {
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
            case "--raise", "--relax":
                let mode: CapMode = flag == "--raise" ? .raise : .relax
                if options.mode != .cap, options.mode != mode { return .failure(UsageError(message: "--raise and --relax cannot be combined")) }
                options.mode = mode
            case "--json": options.json = true
            case "-q", "--quiet": options.quiet = true
            case "-v", "--verbose": options.verbose = true
            case "--version": options.showVersion = true
            case "-h", "--help": options.showHelp = true
            case "--no-discover-locks": options.discoverLocks = false
            case "--from-lower-bound": options.fromLowerBound = true
            case "--no-config": options.useConfig = false
            case "--no-ignore": options.respectsIgnoreFiles = false
            case "--transitive": options.transitive = true
            case "-0", "--null": options.nulSeparated = true
            case "--index": options.index = true
            case "--offline": options.offline = true
            case "--refresh": options.refresh = true
            case "--format", "--policy", "--lock", "--venv", "--ignore", "--exclude", "--files-from", "--stdin-filename", "--color", "--constraints-file",
                 "--output-format", "--generate-completion-script", "--index-url", "--exclude-newer":
                switch value(flag, inline) {
                case .failure(let error): return .failure(error)
                case .success(let text):
                    if let error = options.set(flag, text) { return .failure(error) }
                }
            default:
                return .failure(UsageError(message: "unknown option \(argument)"))
            }
            if inline != nil, !["--format", "--policy", "--lock", "--venv", "--ignore", "--exclude", "--files-from", "--stdin-filename", "--color", "--constraints-file",
                                 "--output-format", "--generate-completion-script", "--index-url", "--exclude-newer"].contains(flag) {
                return .failure(UsageError(message: "\(flag) takes no value"))
            }
        }
        if options.stdin, !options.paths.isEmpty || options.filesFrom != nil {
            return .failure(UsageError(message: "- (stdin) cannot be combined with paths or --files-from"))
        }
        if let error = options.settleOutputFormat() { return .failure(error) }
        if options.mode != .cap, options.transitive {
            return .failure(UsageError(message: "--transitive adds caps; it cannot be combined with --\(options.mode.rawValue)"))
        }
        if options.offline, options.refresh {
            return .failure(UsageError(message: "--offline and --refresh cannot be combined"))
        }
        if options.stdin, options.transitive {
            return .failure(UsageError(message: "--transitive works on a project's files, not on - (stdin)"))
        }
        if options.stdin, options.filesFrom == "-" {
            return .failure(UsageError(message: "--files-from - and - both read stdin"))
        }
        // Options that only shape another one's input: alone they would be silently ignored.
        if options.nulSeparated, options.filesFrom == nil {
            return .failure(UsageError(message: "-0/--null separates the entries of --files-from; it needs --files-from FILE"))
        }
        if options.stdinFilename != nil, !options.stdin {
            return .failure(UsageError(message: "--stdin-filename names the manifest read from - (stdin); give - as the input"))
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
        case "--output-format":
            guard let chosen = OutputFormat(rawValue: text) else {
                return UsageError(message: "unknown --output-format \(text) (text, json, github, gitlab, sarif)")
            }
            outputFormat = chosen
        case "--generate-completion-script":
            guard let shell = CompletionScript.Shell(rawValue: text) else {
                return UsageError(message: "unknown --generate-completion-script \(text) (bash, zsh, fish)")
            }
            completionShell = shell
        case "--lock": locks.append(text)
        case "--venv": venvs.append(text)
        case "--ignore": ignore.append(text)
        case "--exclude": exclude.append(text)
        case "--files-from": filesFrom = text
        case "--stdin-filename": stdinFilename = text
        case "--constraints-file": constraintsFile = text
        case "--index-url":
            guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
                return UsageError(message: "--index-url must be an http:// or https:// URL, not \(text)")
            }
            indexURL = text
            index = true
        case "--exclude-newer":
            guard Timestamp(text) != nil else {
                return UsageError(message: "--exclude-newer takes an RFC 3339 timestamp or a date (2021-05-01, 2021-05-01T12:00:00Z), not \(text)")
            }
            excludeNewer = text
        default: break
        }
        return nil
    }
}
