extension UnifiedDiff {
    /// The diff that creates a file, from `/dev/null`, which `git apply` and `patch -p1` take:
    ///
    ///     --- /dev/null
    ///     +++ b/constraints.txt
    ///     @@ -0,0 +1,2 @@
    ///     +click<8
    ///     +Werkzeug<2
    static func newFile(path: String, bytes: [UInt8]) -> [UInt8] {
        let diff = make(path: path, old: [], new: bytes)
        let header = Array("--- a/\(path)\n".utf8)
        guard diff.starts(with: header) else { return diff }
        return Array("--- /dev/null\n".utf8) + diff[header.count...]
    }
}
