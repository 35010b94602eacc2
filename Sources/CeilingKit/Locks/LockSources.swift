import Synchronization

/// Where a manifest's reference versions come from: `--lock` files, `--venv`
/// environments, and lock files discovered beside it.
///
/// Explicit sources are read once; any of them that fails stops every manifest,
/// because each manifest would have used it.
final class LockSources: Sendable {
    /// A lock that could not be read: its path and what went wrong.
    struct Failure: Error, Sendable {
        var message: String
    }

    private let explicit: Result<LockIndex, Failure>

    init(explicit paths: [String], venvs: [String], discover: Bool) {
        var index = LockIndex()
        var failure: Failure?
        for path in paths {
            if let problem = LockFileReader.read(path: path, into: &index) {
                failure = Failure(message: problem)
                break
            }
        }
        for venv in venvs where failure == nil {
            if let diagnostic = VenvReader.read(venv: venv, into: &index) {
                failure = Failure(message: "\(venv): error: \(diagnostic.message)")
            }
        }
        self.explicit = failure.map { .failure($0) } ?? .success(index)
    }

    /// The versions for the manifest at `path`.
    func index(forManifest path: String) -> Result<LockIndex, Failure> {
        explicit
    }
}
