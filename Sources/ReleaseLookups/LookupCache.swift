import FileIO

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The on-disk cache of index pages and tag lists, one file per URL, in the user's cache folder:
/// `$XDG_CACHE_HOME/ceiling/lookups-v1/`, else `~/.cache/ceiling/lookups-v1/`
/// (`~/Library/Caches/ceiling/lookups-v1/` on macOS).
///
/// An entry younger than `freshness` (10 minutes, what PyPI's own `Cache-Control: max-age`
/// gives simple pages) is used without asking; an older one is revalidated with its ETag or
/// Last-Modified (HTTP 304 keeps it). Files are written atomically (temporary file, rename),
/// so concurrent runs never see half an entry.
///
///     ceiling-cache 1
///     url https://pypi.org/simple/flask/
///     fetched 1700000000
///     etag "abc"
///     last-modified Tue, 11 May 2021 18:20:33 GMT
///     content-type application/vnd.pypi.simple.v1+json
///
///     <body bytes>
package struct LookupCache: Sendable {
    /// The folder entries live in; nil when there is no cache folder (no `HOME`): every lookup asks.
    var folder: String?

    /// How long an entry is used without revalidation, in seconds.
    static let freshness: Double = 600

    struct Entry: Sendable, Equatable {
        var body: [UInt8]
        var etag: String?
        var lastModified: String?
        var contentType: String?
        /// Seconds since the epoch when the entry was fetched or last revalidated.
        var fetched: Double

        var isFresh: Bool { LookupCache.wallClock() - fetched < LookupCache.freshness }
    }

    package init(folder: String?) { self.folder = folder }

    /// The cache folder for this user and platform, from the environment.
    package static func defaultFolder(environment: [String: String]) -> String? {
        let base: String
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            #if os(macOS)
            base = home + "/Library/Caches"
            #else
            base = home + "/.cache"
            #endif
        } else {
            return nil
        }
        return base + "/ceiling/lookups-v1"
    }

    func read(_ url: String) -> Entry? {
        guard let folder, case .success(let bytes) = FileSystem.read(folder + "/" + Self.fileName(url)) else { return nil }
        // The header ends at the first empty line; the body is everything after it, as fetched.
        var fields: [String: String] = [:]
        var start = 0
        var bodyStart: Int?
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            if i == start {
                bodyStart = i + 1
                break
            }
            let line = String(decoding: bytes[start..<i], as: UTF8.self)
            if let space = line.firstIndex(of: " ") {
                fields[String(line[..<space])] = String(line[line.index(after: space)...])
            }
            start = i + 1
        }
        guard let bodyStart, fields["ceiling-cache"] == "1", fields["url"] == url,
              let fetched = fields["fetched"].flatMap(Double.init) else { return nil }
        return Entry(body: Array(bytes[bodyStart...]), etag: fields["etag"], lastModified: fields["last-modified"],
                     contentType: fields["content-type"], fetched: fetched)
    }

    /// Stores an entry; a cache that cannot be written only costs the next run a request.
    func write(_ url: String, _ entry: Entry) {
        guard let folder, Self.makeFolders(folder) else { return }
        var header = "ceiling-cache 1\nurl \(url)\nfetched \(Int(entry.fetched))\n"
        if let etag = entry.etag { header += "etag \(etag)\n" }
        if let lastModified = entry.lastModified { header += "last-modified \(lastModified)\n" }
        if let contentType = entry.contentType { header += "content-type \(contentType)\n" }
        let target = folder + "/" + Self.fileName(url)
        var template = Array((target + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let ok = FileSystem.writeAll(fd, Array((header + "\n").utf8)) && FileSystem.writeAll(fd, entry.body)
        close(fd)
        if !ok || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// A file name for a URL: its safe characters (for people looking in the folder) and a hash.
    static func fileName(_ url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        var readable = ""
        for scalar in url.unicodeScalars.suffix(80) {
            readable.append(scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" ? Character(scalar) : "_")
        }
        let hex = String(hash, radix: 16)
        return readable + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `mkdir -p`, mode 0700 (index URLs can name private packages).
    private static func makeFolders(_ path: String) -> Bool {
        if FileSystem.kind(path) == .directory { return true }
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0, errno != EEXIST { return false }
        }
        return FileSystem.kind(path) == .directory || FileSystem.kind(path) == .symlinkToDirectory
    }

    /// Seconds since the epoch, for freshness.
    static func wallClock() -> Double {
        Double(time(nil))
    }
}
