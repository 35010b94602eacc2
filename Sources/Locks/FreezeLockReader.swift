import SourceText

/// Reads pinned requirements: `pip freeze` and pip-compile output, `uv export`, rye's
/// `requirements.lock`, and any requirements file whose requirement lines are `==` pins.
///
/// Follows pip's line model: a line ending in `\` continues on the next one (that is
/// where pip-compile puts `--hash=...`), `#` starts a comment at the start of a line or
/// after whitespace, and lines that start with `-` are options (`-e`, `-r`, `-i`).
/// URL and path lines and `name @ url` carry no version and are passed over; a
/// requirement that is not a single `==`/`===` pin (`flask>=2`) is skipped too.
enum FreezeLockReader {
    /// Adds every pinned requirement of `file` to `index`; on a line that is not a
    /// requirement at all, returns where and why (and adds nothing).
    static func read(
        _ file: SourceFile, into index: inout LockIndex,
        isHigher: (String, String) -> Bool = LockIndex.isHigherPythonVersion
    ) -> Diagnostic? {
        let scan = Scan(file)
        if let diagnostic = scan.diagnostic { return diagnostic }
        scan.add(to: &index, source: file.path, isHigher: isHigher)
        return nil
    }

    /// Whether `file` is a requirements file that can stand as a lock: it has at least one
    /// requirement line, every requirement line is an exact pin, and nothing is malformed.
    static func isPinnedRequirementsFile(_ file: SourceFile) -> Bool {
        Scan(file, stopsAtUnpinned: true).isFullyPinned
    }

    /// For discovery, in one pass: adds the pins of `file` if it is a pinned requirements
    /// file (see `isPinnedRequirementsFile`) and says whether it was.
    static func readIfPinned(
        _ file: SourceFile, into index: inout LockIndex,
        isHigher: (String, String) -> Bool = LockIndex.isHigherPythonVersion
    ) -> Bool {
        // A requirements file that is no lock shows it on its first unpinned line: stop there.
        let scan = Scan(file, stopsAtUnpinned: true)
        guard scan.isFullyPinned else { return false }
        scan.add(to: &index, source: file.path, isHigher: isHigher)
        return true
    }

    /// Every line of a file classified once.
    private struct Scan {
        var pins: [(name: String, version: String)] = []
        var hasUnpinned = false
        /// The first malformed line; a lock with one is not read at all.
        var diagnostic: Diagnostic?

        init(_ file: SourceFile, stopsAtUnpinned: Bool = false) {
            FreezeLine.forEach(in: file) { line in
                switch line.classify(in: file) {
                case .pin(let name, let version): pins.append((name, version))
                case .other: break
                case .unpinned:
                    hasUnpinned = true
                    return !stopsAtUnpinned
                case .malformed(let found):
                    diagnostic = found
                    return false
                }
                return true
            }
        }

        var isFullyPinned: Bool { diagnostic == nil && !hasUnpinned && !pins.isEmpty }

        func add(to index: inout LockIndex, source: String, isHigher: (String, String) -> Bool) {
            for pin in pins {
                index.add(name: pin.name, entry: .init(version: pin.version, source: source), isHigher: isHigher)
            }
        }
    }
}
