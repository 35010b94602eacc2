import PythonVersions

/// The versions a SwiftPM dependency's remote publishes, found the way SwiftPM finds them:
/// `git ls-remote --tags --refs <url>` (SSH, HTTPS and file URLs), each tag read as a
/// semantic version with an optional `v` prefix (`v1.2.3`, `1.2.3-beta.1`); other tags are ignored.
///
/// git runs without prompts (`GIT_TERMINAL_PROMPT=0`, SSH in batch mode unless
/// `GIT_SSH_COMMAND` is set) and is killed after the lookup timeout. Results share the
/// lookup cache and its freshness; a stale entry is listed again (tags have no ETag).
package struct GitTagLister: Sendable {
    var settings: LookupSettings

    package init(settings: LookupSettings) { self.settings = settings }

    /// The remote's version tags, and whether git was run (for counting).
    package func versions(_ url: String) -> (result: Result<[SemanticVersion], LookupFailure>, requested: Bool) {
        let key = "git-tags " + url
        let cached = settings.mode == .refresh ? nil : settings.cache.read(key)
        if let cached, settings.mode == .offline || cached.isFresh {
            return (.success(Self.parse(cached.body)), false)
        }
        if settings.mode == .offline {
            let why = settings.cache.folder == nil ? "there is no cache folder" : "the tags of \(url) are not in the cache"
            return (.failure(LookupFailure("--offline and \(why); run once without --offline first")), false)
        }
        guard !url.hasPrefix("-") else { return (.failure(LookupFailure("\(url) is not a repository URL")), false) }
        var environment = ["GIT_TERMINAL_PROMPT": "0"]
        if getenvString("GIT_SSH_COMMAND") == nil, getenvString("GIT_SSH") == nil {
            environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=\(CurlClient.seconds(min(10, settings.timeout)))"
        }
        let arguments = ["git", "-c", "credential.interactive=never", "ls-remote", "--tags", "--refs", url]
        switch Subprocess.run(arguments, extraEnvironment: environment, timeout: settings.timeout) {
        case .failure(let failure):
            return (.failure(LookupFailure(failure.message + " (ceiling lists tags with git)")), true)
        case .success(let outcome):
            if outcome.timedOut {
                return (.failure(LookupFailure("no answer from \(url) within \(CurlClient.seconds(settings.timeout)) s (CEILING_LOOKUP_TIMEOUT)")), true)
            }
            guard outcome.status == 0 else {
                let message = Self.firstFatalLine(outcome.stderr) ?? CurlClient.lastLine(outcome.stderr) ?? "git exited with status \(outcome.status)"
                return (.failure(LookupFailure("cannot list the tags of \(url): \(message)")), true)
            }
            settings.cache.write(key, LookupCache.Entry(body: outcome.stdout, etag: nil, lastModified: nil, contentType: "git-ls-remote", fetched: LookupCache.wallClock()))
            return (.success(Self.parse(outcome.stdout)), true)
        }
    }

    /// git's own reason (`fatal: '...' does not appear to be a git repository`), not its closing advice.
    static func firstFatalLine(_ stderr: [UInt8]) -> String? {
        String(decoding: stderr, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("fatal: ") || $0.hasPrefix("error: ") }.map { String($0.dropFirst(7)).trimmingWhitespace }
    }

    /// `<sha>\trefs/tags/<tag>` lines -> the tags that are semantic versions.
    static func parse(_ output: [UInt8]) -> [SemanticVersion] {
        var versions: [SemanticVersion] = []
        for line in output.split(separator: 0x0A) {
            let text = String(decoding: line, as: UTF8.self)
            guard let tab = text.firstIndex(of: "\t") else { continue }
            let ref = text[text.index(after: tab)...]
            guard ref.hasPrefix("refs/tags/") else { continue }
            var tag = ref.dropFirst("refs/tags/".count)
            if tag.hasPrefix("v") { tag = tag.dropFirst() }
            if let version = SemanticVersion(String(tag)) { versions.append(version) }
        }
        return versions
    }
}
