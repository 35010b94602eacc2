import Locks

/// Reads project pages from a Python package index through the Simple repository API:
/// `GET <index URL>/<normalized name>/`, asking for PEP 691 JSON and taking PEP 503 HTML
/// when the server only speaks that, through the cache (`LookupCache`).
///
///     200  the page (stored with its ETag / Last-Modified)
///     304  the cached page, revalidated
///     404  "not found on <index>"; any other status is an error too
package struct SimpleIndexClient: Sendable {
    var settings: LookupSettings

    package init(settings: LookupSettings) { self.settings = settings }

    /// PEP 691's content negotiation: JSON first, HTML (v1, then legacy) as fall-backs.
    static let accept = "Accept: application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01"

    /// Where a project's page is: the index URL, then the PEP 503-normalized name and a slash.
    package func pageURL(_ name: String) -> String {
        let base = settings.indexURL.hasSuffix("/") ? settings.indexURL : settings.indexURL + "/"
        return base + LockIndex.normalize(name) + "/"
    }

    /// The page of `name`, and whether a request was made (for counting).
    package func page(_ name: String) -> (result: Result<SimpleIndexPage, LookupFailure>, requested: Bool) {
        let url = pageURL(name)
        let shown = LookupSettings.withoutCredentials(url)
        let cached = settings.mode == .refresh ? nil : settings.cache.read(url)
        if let cached, settings.mode == .offline || cached.isFresh, case .success(let page) = Self.parse(cached, name: name, url: shown) {
            return (.success(page), false)
        }
        if settings.mode == .offline {
            let why = settings.cache.folder == nil ? "there is no cache folder" : "\(shown) is not in the cache"
            return (.failure(LookupFailure("--offline and \(why); run once without --offline first")), false)
        }
        var headers = [Self.accept]
        if let cached {
            if let etag = cached.etag { headers.append("If-None-Match: \(etag)") }
            if let lastModified = cached.lastModified { headers.append("If-Modified-Since: \(lastModified)") }
        }
        let response: CurlClient.Response
        switch CurlClient(timeout: settings.timeout, userAgent: settings.userAgent).get(url, shown: shown, headers: headers) {
        case .failure(let failure): return (.failure(failure), true)
        case .success(let answer): response = answer
        }
        switch response.status {
        case 200:
            let entry = LookupCache.Entry(body: response.body, etag: response.headers["etag"], lastModified: response.headers["last-modified"],
                                          contentType: response.headers["content-type"], fetched: LookupCache.wallClock())
            let parsed = Self.parse(entry, name: name, url: shown)
            if case .success = parsed { settings.cache.write(url, entry) }
            return (parsed, true)
        case 304 where cached != nil:
            var entry = cached!
            entry.fetched = LookupCache.wallClock()
            settings.cache.write(url, entry)
            return (Self.parse(entry, name: name, url: shown), true)
        case 404:
            return (.failure(LookupFailure("not found on the index (HTTP 404 from \(shown))")), true)
        default:
            return (.failure(LookupFailure("the index answered HTTP \(response.status) for \(shown)")), true)
        }
    }

    /// Reads a body by its content type (PEP 691 JSON or PEP 503 HTML).
    static func parse(_ entry: LookupCache.Entry, name: String, url: String) -> Result<SimpleIndexPage, LookupFailure> {
        let type = (entry.contentType ?? "").lowercased()
        let parsed: Result<SimpleIndexPage, LookupFailure>
        if type.contains("json") {
            parsed = SimpleIndexPage.parseJSON(entry.body, project: name)
        } else if type.contains("html") || type.isEmpty {
            parsed = SimpleIndexPage.parseHTML(entry.body, project: name)
        } else {
            return .failure(LookupFailure("unreadable answer from \(url): content type \(type) is neither PEP 691 JSON nor PEP 503 HTML"))
        }
        return parsed.mapError { LookupFailure("unreadable answer from \(url): \($0.message)") }
    }
}
