import SourceText
import FileIO

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

        /// By the lock's conventional name.
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
                } else {
                    self = .freeze
                }
            }
        }

        /// A lock named on the command line: by its name, else by its content, so a renamed
        /// copy (`app-Package.resolved`, `locks/prod.lock`) is still read right. JSON is a
        /// Package.resolved when it has `pins`, else a Pipfile.lock; a TOML array of
        /// `[[package]]` tables is read like uv/poetry/pdm, `[[packages]]` like pylock.toml;
        /// anything else is pip-freeze output.
        init(explicitName name: String, bytes: [UInt8]) {
            self.init(fileName: name)
            guard self == .freeze else { return }
            var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "{") {
                let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
                self = head.contains("\"pins\"") ? .packageResolved : .pipfileLock
                return
            }
            let text = String(decoding: bytes.prefix(1 << 20), as: UTF8.self)
            if text.hasPrefix("[[packages]]") || text.contains("\n[[packages]]") {
                self = .toml(.pylock)
            } else if text.hasPrefix("[[package]]") || text.contains("\n[[package]]") {
                self = .toml(.uv)
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
        if let diagnostic = read(file, kind: Kind(explicitName: name, bytes: bytes), into: &index) {
            return "\(path):\(file.location(of: diagnostic.offset)): error: \(diagnostic.message)"
        }
        return nil
    }
}
