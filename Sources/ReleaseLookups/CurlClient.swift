/// HTTP GET through the system `curl`: no HTTP or TLS code of ceiling's own. curl brings what
/// private indexes need: `HTTPS_PROXY`/`NO_PROXY`, the system CA store or `CURL_CA_BUNDLE`,
/// and `.netrc` credentials (`--netrc-optional`).
///
/// Timeouts: `--connect-timeout` 10 s (or the whole timeout when shorter) to open the
/// connection, `--max-time` for the whole transfer (`CEILING_LOOKUP_TIMEOUT`, default 30 s, uv's
/// `UV_HTTP_TIMEOUT` default); the process is killed 5 s after that if curl is still running.
struct CurlClient: Sendable {
    /// The whole transfer's limit, in seconds.
    var timeout: Double
    /// Sent as `User-Agent`.
    var userAgent: String

    struct Response: Sendable {
        var status: Int
        /// Headers of the final response (after redirects), names lowercased.
        var headers: [String: String]
        var body: [UInt8]
    }

    /// GETs `url` (`shown` in messages: without credentials) with extra request headers (`Accept`, `If-None-Match`, ...).
    func get(_ url: String, shown: String, headers: [String]) -> Result<Response, LookupFailure> {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            return .failure(LookupFailure("\(shown) is not an http(s) URL"))
        }
        var arguments = ["curl", "--silent", "--show-error", "--location", "--max-redirs", "10",
                         "--proto", "=http,https", "--proto-redir", "=http,https", "--netrc-optional",
                         "--connect-timeout", Self.seconds(min(10, timeout)), "--max-time", Self.seconds(timeout),
                         "--dump-header", "-", "--write-out", "\n%{http_code}",
                         "--user-agent", userAgent]
        for header in headers { arguments += ["--header", header] }
        arguments += ["--", url]
        let outcome: Subprocess.Outcome
        switch Subprocess.run(arguments, timeout: timeout + 5) {
        case .failure(let failure): return .failure(LookupFailure(failure.message + " (ceiling reads indexes with curl)"))
        case .success(let done): outcome = done
        }
        if outcome.timedOut || outcome.status == 28 {
            return .failure(LookupFailure("no answer from \(shown) within \(Self.seconds(timeout)) s (CEILING_LOOKUP_TIMEOUT)"))
        }
        guard outcome.status == 0 else {
            let message = Self.lastLine(outcome.stderr) ?? "curl exited with status \(outcome.status)"
            return .failure(LookupFailure("cannot reach \(shown): \(message)"))
        }
        return Self.parse(outcome.stdout).map { .success($0) } ?? .failure(LookupFailure("unreadable answer from \(shown) (curl output)"))
    }

    /// Splits `--dump-header -` output: header blocks (one per redirect, and a 100 Continue),
    /// then the body, then the `--write-out` status on the last line.
    static func parse(_ output: [UInt8]) -> Response? {
        guard let newline = output.lastIndex(of: 0x0A), let status = Int(String(decoding: output[(newline + 1)...], as: UTF8.self)) else { return nil }
        var rest = output[..<newline]
        var headers: [String: String] = [:]
        while rest.starts(with: Array("HTTP/".utf8)) {
            guard let end = blockEnd(rest) else { return nil }
            headers = [:]
            for line in rest[rest.startIndex..<end.header].split(separator: 0x0A).dropFirst() {
                let text = String(decoding: line, as: UTF8.self)
                guard let colon = text.firstIndex(of: ":") else { continue }
                headers[text[..<colon].lowercased()] = String(text[text.index(after: colon)...]).trimmingWhitespace
            }
            rest = rest[end.body...]
        }
        return Response(status: status, headers: headers, body: Array(rest))
    }

    /// Where a header block's lines end and what follows its blank line begins.
    private static func blockEnd(_ bytes: ArraySlice<UInt8>) -> (header: Int, body: Int)? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x0A {
                let next = i + 1
                if next < bytes.endIndex, bytes[next] == 0x0A { return (i, next + 1) }
                if next + 1 < bytes.endIndex, bytes[next] == 0x0D, bytes[next + 1] == 0x0A { return (i, next + 2) }
            }
            i += 1
        }
        return nil
    }

    static func lastLine(_ bytes: [UInt8]) -> String? {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).last.map { String($0).trimmingWhitespace }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
