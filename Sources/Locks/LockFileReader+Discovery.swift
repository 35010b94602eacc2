extension LockFileReader.Kind {
    /// The reader for a file found beside a manifest, or nil when its name is not a lock's.
    ///
    /// Unlike a lock named on the command line, an unknown name is no lock here, and
    /// `requirements*.txt` / `requirements*.lock` are only candidates: discovery keeps
    /// them when every requirement line is a pin.
    static func discovered(name: String) -> Self? {
        if name.hasPrefix("requirements"), name.hasSuffix(".txt") || name.hasSuffix(".lock") { return .freeze }
        let kind = Self(fileName: name)
        return kind == .freeze ? nil : kind
    }

    /// Which manifests a lock serves: Package.resolved the Swift ones, every other lock the Python ones.
    var ecosystem: LockDiscovery.Ecosystem { self == .packageResolved ? .swift : .python }

    /// Precedence inside one folder: resolver locks first, pinned requirements last.
    var discoveryRank: Int {
        switch self {
        case .toml(.uv): 0
        case .toml(.poetry): 1
        case .toml(.pdm): 2
        case .toml(.pylock): 3
        case .pipfileLock: 4
        case .packageResolved: 5
        case .freeze: 6
        }
    }
}
