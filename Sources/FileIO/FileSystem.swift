#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations ceiling needs, straight over POSIX so that start-up
/// loads nothing heavier than the C library.
package enum FileSystem {
    /// An I/O failure with the system's message.
    package struct Failure: Error, Sendable, Equatable {
        package var message: String
        init(_ message: String) { self.message = message }
        static func errno(_ what: String) -> Failure {
            Failure("\(what): \(String(cString: strerror(Glibc.errno)))")
        }
    }

    /// Reads a whole file.
    package static func read(_ path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(.errno("cannot read")) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return .failure(Failure("is a directory")) }
        return readAll(fd, sizeHint: Int(info.st_size))
    }

    /// Reads everything from a file descriptor (stdin included), straight into the
    /// result: no intermediate buffer, one allocation when `sizeHint` is right.
    package static func readAll(_ fd: Int32, sizeHint: Int = 0) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        var capacity = max(sizeHint, 0) + 1
        var count = 0
        while true {
            if count == capacity { capacity = max(capacity * 2, 1 << 16) }
            var failed = false
            var atEnd = false
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                // Keep what was read so far, then read into the rest.
                var filled = 0
                bytes.withUnsafeBufferPointer { old in
                    if let base = old.baseAddress, let target = buffer.baseAddress, count > 0 {
                        target.update(from: base, count: count)
                    }
                }
                filled = count
                while filled < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + filled, capacity - filled)
                    if n < 0 {
                        if Glibc.errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if n == 0 {
                        atEnd = true
                        break
                    }
                    filled += n
                }
                initialized = filled
            }
            count = bytes.count
            if failed { return .failure(.errno("cannot read")) }
            if atEnd { return .success(bytes) }
        }
    }

    /// Writes all of `bytes` to a file descriptor.
    @discardableResult
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if Glibc.errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// What a path is, without following a final symbolic link.
    package enum Kind: Sendable { case file, directory, symlinkToDirectory, symlinkToFile, other, missing }

    package static func kind(_ path: String) -> Kind {
        var info = stat()
        if lstat(path, &info) != 0 { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK:
            var target = stat()
            if stat(path, &target) != 0 { return .other }
            return (target.st_mode & S_IFMT) == S_IFDIR ? .symlinkToDirectory : .symlinkToFile
        default: return .other
        }
    }

    /// The entries of a folder with their kinds, sorted by name (byte order) for deterministic output.
    package static func list(_ directory: String) -> Result<[(name: String, kind: Kind)], Failure> {
        guard let dir = opendir(directory) else { return .failure(.errno("cannot list")) }
        defer { closedir(dir) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            default: kind = Self.kind(directory + "/" + name)
            }
            entries.append((name, kind))
        }
        entries.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return .success(entries)
    }

    package static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The current working folder.
    package static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The path with symbolic links resolved, or `nil` if it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    package static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }
}
