/// Reads one lock file into an index, choosing the reader by the file's name.
enum LockFileReader {
    /// `nil` on success; otherwise `path:line:col: error: message` for the lock.
    static func read(path: String, into index: inout LockIndex) -> String? {
        let bytes: [UInt8]
        switch FileSystem.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return "\(path): error: \(failure.message)"
        }
        let file = SourceFile(path: path, bytes: bytes)
        var local = LockIndex()
        if let diagnostic = FreezeLockReader.read(file, into: &local) {
            return "\(path):\(file.location(of: diagnostic.offset)): error: \(diagnostic.message)"
        }
        index.fill(from: local)
        return nil
    }
}
