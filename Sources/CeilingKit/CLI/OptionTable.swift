import ManifestScanners

/// Every command-line option, its value and a one-line description: the list the completion
/// scripts are made from (`ceiling --generate-completion-script bash|zsh|fish`).
///
/// Adding an option is one line here. OptionTableTests keeps this table, `Options.parse` and
/// `HelpText.usage` in step: a flag missing from any of them fails the tests.
enum OptionTable {
    /// What follows an option.
    enum Value: Sendable, Equatable {
        /// A flag: nothing follows.
        case none
        /// One of a fixed set of words.
        case choices([String])
        /// A path to a file (completed from the file system).
        case file
        /// A path to a folder.
        case directory
        /// Free text: a name, a glob, a URL, a date (nothing to complete).
        case text(String)
    }

    struct Entry: Sendable {
        /// Spellings, short first (`-q`, `--quiet`).
        var names: [String]
        var value: Value
        var summary: String
        /// Whether it may be given more than once (`--lock`, `--ignore`).
        var repeats: Bool

        init(_ names: [String], _ value: Value, _ summary: String, repeats: Bool = false) {
            self.names = names
            self.value = value
            self.summary = summary
            self.repeats = repeats
        }

        /// A flag: no value.
        init(_ names: [String], _ summary: String) {
            self.init(names, .none, summary)
        }
    }

    static let entries: [Entry] = [
        Entry(["--diff"], "print a unified diff; write nothing"),
        Entry(["--check"], "write nothing; list unbounded constraints; exit 1 if any"),
        Entry(["--json"], "one JSON report on stdout"),
        Entry(["--raise"], "widen caps that exclude the locked or installed version"),
        Entry(["--relax"], "remove upper bounds, keeping lower bounds and exclusions"),
        Entry(["--output-format"], .choices(Options.OutputFormat.allCases.map(\.rawValue)), "report format (github, gitlab, sarif imply --check)"),
        Entry(["--policy"], .choices(CapPolicy.allCases.map(\.rawValue)), "how far the cap goes"),
        Entry(["--lock"], .file, "read versions from a lock file", repeats: true),
        Entry(["--venv"], .directory, "read installed versions from a virtual environment", repeats: true),
        Entry(["--no-discover-locks"], "do not look for lock files or environments"),
        Entry(["--from-lower-bound"], "without evidence, cap from the lower bound"),
        Entry(["--index"], "look up published versions for names without a lock or environment"),
        Entry(["--index-url"], .text("URL"), "the package index to look names up in (implies --index)"),
        Entry(["--exclude-newer"], .text("DATE"), "ignore releases uploaded after DATE (RFC 3339 or a date)"),
        Entry(["--offline"], "look names up in the cache only"),
        Entry(["--refresh"], "ignore the lookup cache"),
        Entry(["--ignore"], .text("NAME"), "never cap NAME", repeats: true),
        Entry(["--exclude"], .text("GLOB"), "skip paths matching GLOB while walking", repeats: true),
        Entry(["--no-ignore"], "walk what .gitignore, .ignore and .git/info/exclude exclude"),
        Entry(["--transitive"], "also cap installed packages no manifest declares"),
        Entry(["--constraints-file"], .file, "where a pip project's transitive caps go"),
        Entry(["--files-from"], .file, "read the paths to process from FILE (- for stdin)"),
        Entry(["-0", "--null"], "--files-from entries are NUL-separated"),
        Entry(["--format"], .choices(ManifestFormat.allCases.map(\.rawValue)), "read manifests as this kind"),
        Entry(["--stdin-filename"], .text("NAME"), "the name of the manifest read with -"),
        Entry(["--no-config"], "ignore .ceiling.toml and [tool.ceiling]"),
        Entry(["--color"], .choices(Options.Color.allCases.map(\.rawValue)), "colour diffs and messages"),
        Entry(["-q", "--quiet"], "print only errors"),
        Entry(["-v", "--verbose"], "also print skipped constraints and lock sources"),
        Entry(["--generate-completion-script"], .choices(CompletionScript.Shell.allCases.map(\.rawValue)), "print a shell completion script"),
        Entry(["--version"], "print the version"),
        Entry(["-h", "--help"], "print the help"),
    ]

    /// Every spelling of every option.
    static var allNames: [String] { entries.flatMap(\.names) }
}
