/// Reads one lock file into an index, choosing the reader by the file's name.
///
/// poetry.lock, uv.lock, pdm.lock, pylock.toml and pylock.*.toml, Pipfile.lock and
/// Package.resolved by name; anything else as pip-freeze / pip-compile output.
enum LockFileReader {
    /// The reader for a lock file's name.
    enum Kind: Sendable, Equatable {
        case toml(TOMLLockReader.Format)
        case pipfileLock
        case packageResolved
        case freeze

        init(fileName name: String) {
            switch name {
            case "poetry.lock": self = .toml(.poetry)
            case "uv.lock": self = .toml(.uv)
            case "pdm.lock": self = .toml(.pdm)
            case "Pipfile.lock": self = .pipfileLock
            case "Package.resolved": self = .packageResolved
            default:
                if name == "pylock.toml" || (name.hasPrefix("pylock.") && name.hasSuffix(".toml")) {
                    self = .toml(.pylock)
                } else if name.hasSuffix("Package.resolved") {
                    self = .packageResolved
                } else {
                    self = .freeze
                }
            }
        }
    }

    /// Reads `file` as `kind` into `index`; a `Diagnostic` if it cannot be read as that lock.
    static func read(_ file: SourceFile, kind: Kind, into index: inout LockIndex) -> Diagnostic? {
        switch kind {
        case .toml(let format): return TOMLLockReader.read(file, format: format, into: &index)
        case .pipfileLock: return PipfileLockReader.read(file, into: &index)
        case .packageResolved: return PackageResolvedReader.read(file, into: &index)
        case .freeze: return FreezeLockReader.read(file, into: &index)
        }
    }

    /// Reads the lock at `path`; `nil` on success, else `path:line:col: error: message`.
    static func read(path: String, into index: inout LockIndex) -> String? {
        let bytes: [UInt8]
        switch FileSystem.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return "\(path): error: \(failure.message)"
        }
        let file = SourceFile(path: path, bytes: bytes)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let diagnostic = read(file, kind: Kind(fileName: name), into: &index) {
            return "\(path):\(file.location(of: diagnostic.offset)): error: \(diagnostic.message)"
        }
        return nil
    }
}
