/// The lock formats ceiling reads, recognized by file name, and which manifests each serves.
public enum LockFormat: Sendable, Equatable {
    /// poetry.lock, uv.lock, pdm.lock, pylock.toml and pylock.<name>.toml.
    case toml(TOMLLockReader.Format)
    /// Pipfile.lock.
    case pipfile
    /// SwiftPM's Package.resolved.
    case packageResolved
    /// `pip freeze` / pip-compile output, or a requirements file of `==` pins.
    case requirements

    /// Which manifests a lock's versions apply to: Python names and Swift identities never mix.
    public enum Ecosystem: Sendable, Equatable, Hashable {
        case python, swift
    }

    public var ecosystem: Ecosystem { self == .packageResolved ? .swift : .python }

    /// The format a file name declares when found beside a manifest; nil if the name is no lock.
    /// `requirements*.txt` and `requirements*.lock` are candidates only: discovery uses them
    /// when every requirement line is a pin.
    public init?(discoveredName name: String) {
        switch name {
        case "poetry.lock": self = .toml(.poetry)
        case "uv.lock": self = .toml(.uv)
        case "pdm.lock": self = .toml(.pdm)
        case "Pipfile.lock": self = .pipfile
        case "Package.resolved": self = .packageResolved
        case _ where name == "pylock.toml" || (name.hasPrefix("pylock.") && name.hasSuffix(".toml")):
            self = .toml(.pylock)
        case _ where name.hasPrefix("requirements") && (name.hasSuffix(".txt") || name.hasSuffix(".lock")):
            self = .requirements
        default: return nil
        }
    }

    /// The format of a lock named explicitly (`--lock FILE`): by its name, and any other
    /// name is read as `pip freeze` output.
    public init(explicitPath path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        self = LockFormat(discoveredName: name) ?? .requirements
    }

    /// Reads `file` in this format into `index`; a diagnostic means nothing was added.
    public func read(_ file: SourceFile, into index: inout LockIndex) -> Diagnostic? {
        switch self {
        case .toml(let format): TOMLLockReader.read(file, format: format, into: &index)
        case .pipfile: PipfileLockReader.read(file, into: &index)
        case .packageResolved: PackageResolvedReader.read(file, into: &index)
        case .requirements: FreezeLockReader.read(file, into: &index)
        }
    }
}
