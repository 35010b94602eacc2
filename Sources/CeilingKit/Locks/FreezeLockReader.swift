/// Reads pinned requirements: `pip freeze` and pip-compile output, `uv export`, rye's
/// `requirements.lock`, and any requirements file whose requirement lines are `==` pins.
///
/// Follows pip's line model: a line ending in `\` continues on the next one (that is
/// where pip-compile puts `--hash=...`), `#` starts a comment at the start of a line or
/// after whitespace, and lines that start with `-` are options (`-e`, `-r`, `-i`).
/// URL and path lines and `name @ url` carry no version and are passed over; a
/// requirement that is not a single `==`/`===` pin (`flask>=2`) is skipped too.
public enum FreezeLockReader {
    /// Adds every pinned requirement of `file` to `index`; on a line that is not a
    /// requirement at all, returns where and why (and adds nothing).
    public static func read(
        _ file: SourceFile, into index: inout LockIndex,
        isHigher: (String, String) -> Bool = LockIndex.isHigherPythonVersion
    ) -> Diagnostic? {
        var pins: [(name: String, version: String)] = []
        for line in FreezeLine.lines(of: file) {
            switch line.classify(in: file) {
            case .pin(let name, let version):
                pins.append((name, version))
            case .other, .unpinned:
                continue
            case .malformed(let diagnostic):
                return diagnostic
            }
        }
        // Added only once the whole file has read, so a failed read adds nothing.
        for pin in pins {
            index.add(name: pin.name, entry: .init(version: pin.version, source: file.path), isHigher: isHigher)
        }
        return nil
    }

    /// Whether `file` is a requirements file that can stand as a lock: it has at least one
    /// requirement line, every requirement line is an exact pin, and nothing is malformed.
    public static func isPinnedRequirementsFile(_ file: SourceFile) -> Bool {
        var pins = 0
        for line in FreezeLine.lines(of: file) {
            switch line.classify(in: file) {
            case .pin: pins += 1
            case .other: continue
            case .unpinned, .malformed: return false
            }
        }
        return pins > 0
    }
}
