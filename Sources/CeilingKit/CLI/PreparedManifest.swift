import FileIO
import ManifestScanners
import Locks

/// What the first pass of a batch run learnt of one manifest of a project, kept for the
/// second pass so that each manifest is read, looked up and scanned once per run:
///
///     first pass    read -> locks -> scan -> ProjectReferences (merged over the project)
///     second pass   plan each constraint from the project's references, with the same bytes and scan
///
/// Held per project only while that project is processed: a run over ten thousand
/// repositories never holds every file at once.
struct PreparedManifest: Sendable {
    /// The file's bytes, or why they could not be read.
    var read: Result<[UInt8], FileSystem.Failure>
    /// The manifest's locks; nil when the file could not be read (they were not looked up).
    var locks: Result<LockIndex, LockSources.Failure>? = nil
    /// The scan of `read`'s bytes; nil when they were not scanned (unreadable, locks that
    /// fail, or not valid text: the second pass stops before scanning such a file).
    var scanned: ScanResult? = nil
    /// What this manifest says of each name; nil when it cannot be read, its locks fail or it
    /// does not scan (the second pass reports why).
    var facts: ProjectReferences? = nil

    /// The bytes held, for the memory budget of a large project.
    var size: Int {
        if case .success(let bytes) = read { return bytes.count }
        return 0
    }
}
