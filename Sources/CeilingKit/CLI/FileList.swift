import FileIO

/// `--files-from FILE`: one path per line, or NUL-separated with `-0`; `-` is stdin.
enum FileList {
    static func read(_ source: String, nulSeparated: Bool, io: CommandIO) -> Result<[String], FileSystem.Failure> {
        let bytes: [UInt8]
        if source == "-" {
            bytes = io.readStdin()
        } else {
            switch FileSystem.read(source) {
            case .success(let read): bytes = read
            case .failure(let failure): return .failure(failure)
            }
        }
        let separator: UInt8 = nulSeparated ? 0 : 0x0A
        return .success(bytes.split(separator: separator, omittingEmptySubsequences: true).compactMap { raw in
            var entry = raw
            if !nulSeparated, entry.last == 0x0D { entry = entry.dropLast() }
            return entry.isEmpty ? nil : String(decoding: entry, as: UTF8.self)
        })
    }
}
