import SourceText

/// A lock file that could not be read: the manifests that would have used it are not
/// capped (there is no silent fall-back to lower bounds), and this is reported instead.
struct LockFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The lock's path, as it is shown to the user.
    var path: String
    var diagnostic: Diagnostic
    /// Line and column of the diagnostic in the lock, computed once when it was read.
    var location: SourceLocation
    /// What was being read, for messages: "lock" or "environment".
    var kind: String

    init(path: String, diagnostic: Diagnostic, location: SourceLocation, kind: String = "lock") {
        self.path = path
        self.diagnostic = diagnostic
        self.location = location
        self.kind = kind
    }

    /// `uv.lock:12:3: error: expected ...`, the form every ceiling diagnostic takes.
    var description: String { "\(path):\(location): error: \(diagnostic.message)" }
}
