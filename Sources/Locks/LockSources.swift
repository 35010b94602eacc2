import FileIO
import ManifestScanners

/// Where a manifest's reference versions come from: `--lock` files, `--venv`
/// environments, and lock files discovered around it.
///
/// Explicit sources are read once; any of them that fails stops every manifest,
/// because each manifest would have used it. Discovered locks fill the names the
/// explicit ones lack (what the user names wins), and a discovered lock that fails
/// stops only the manifests below it.
package final class LockSources: Sendable {
    /// A lock that could not be read: `path:line:col: error: message`.
    package struct Failure: Error, Sendable {
        package var message: String
    }

    private let explicit: Result<LockIndex, Failure>
    private let discovery: LockDiscovery?

    package init(explicit paths: [String], venvs: [String], discover: Bool, roots: RepositoryRoots = RepositoryRoots(),
         virtualEnvironment: String? = nil) {
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
        self.discovery = discover ? LockDiscovery(roots: roots, virtualEnvironment: virtualEnvironment) : nil
    }

    /// The `--lock` or `--venv` source that could not be read, if any: then no manifest is capped.
    package var explicitFailure: Failure? {
        if case .failure(let failure) = explicit { return failure }
        return nil
    }

    /// The versions for the manifest at `path`, read as `format`.
    package func index(forManifest path: String, format: ManifestFormat) -> Result<LockIndex, Failure> {
        guard case .success(var index) = explicit, let discovery else { return explicit }
        let lookup = discovery.locks(forManifest: path, ecosystem: format == .packageSwift ? .swift : .python)
        if let failure = lookup.failure {
            return .failure(Failure(message: "not capped: the \(failure.kind) \(failure.path) cannot be read (\(failure.path):\(failure.location): \(failure.diagnostic.message))"))
        }
        if index.isEmpty { return .success(lookup.index) }  // shared, not copied
        index.fill(from: lookup.index)
        return .success(index)
    }

    /// Forgets the locks and environments discovered in the repository at `root` (absolute,
    /// normalized). A batch run calls it when the repository's last manifest is done, so a
    /// forest of repositories does not hold every lock it read until the end; a manifest that
    /// asks again has its locks read again. Explicit `--lock` and `--venv` sources are kept.
    package func release(repository root: String) {
        discovery?.release(repository: root)
    }
}
