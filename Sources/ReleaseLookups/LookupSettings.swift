/// How published versions are looked up in one run: where, with which cache, how long to wait.
///
/// The index URL comes from `--index-url`, else `PIP_INDEX_URL`, else `UV_INDEX_URL`, else
/// the public index pip uses by default. What is sent: the normalized project name in the
/// page URL (to the index) and the dependency's URL (to `git ls-remote`); nothing else.
package struct LookupSettings: Sendable {
    /// The public index pip uses by default (PEP 503 Simple API root).
    package static let defaultIndexURL = "https://pypi.org/simple/"

    package enum CacheMode: Sendable, Equatable {
        /// Fresh entries are used, stale ones revalidated.
        case normal
        /// `--offline`: the cache only; a name not in it is an error.
        case offline
        /// `--refresh`: every lookup asks, whatever the cache holds (and refills it).
        case refresh
    }

    var indexURL: String
    var cache: LookupCache
    var mode: CacheMode
    /// `--exclude-newer`: files uploaded after it do not count.
    package var excludeNewer: Timestamp?
    /// Seconds one lookup (a curl transfer, a `git ls-remote`) may take.
    var timeout: Double
    /// How many lookups run at once.
    package var concurrency: Int
    /// The `User-Agent` sent to the index: `ceiling/<version>`.
    var userAgent: String

    package init(indexURL: String, cache: LookupCache, mode: CacheMode, excludeNewer: Timestamp?, timeout: Double = 30, concurrency: Int = 8, userAgent: String = "ceiling") {
        self.indexURL = indexURL
        self.cache = cache
        self.mode = mode
        self.excludeNewer = excludeNewer
        self.timeout = timeout
        self.concurrency = concurrency
        self.userAgent = userAgent
    }

    /// The index URL as shown in messages: without any `user:password@`.
    var displayIndexURL: String { Self.withoutCredentials(indexURL) }

    package static func withoutCredentials(_ url: String) -> String {
        let bytes = Array(url.utf8)
        guard let colon = bytes.firstIndex(of: 0x3A), bytes[colon...].starts(with: Array("://".utf8)) else { return url }
        let hostStart = colon + 3
        let hostEnd = bytes[hostStart...].firstIndex(of: 0x2F) ?? bytes.count
        guard let at = bytes[hostStart..<hostEnd].lastIndex(of: 0x40) else { return url }
        return String(decoding: bytes[..<hostStart] + bytes[(at + 1)...], as: UTF8.self)
    }
}
