import ReleaseLookups

extension LookupSettings {
    /// The settings of a run: the command line over the environment.
    init(options: Options, environment: [String: String]) {
        var url = options.indexURL ?? environment["PIP_INDEX_URL"] ?? environment["UV_INDEX_URL"] ?? Self.defaultIndexURL
        if url.isEmpty { url = Self.defaultIndexURL }
        let timeout = environment["CEILING_LOOKUP_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 30
        self.init(indexURL: url, cache: LookupCache(folder: LookupCache.defaultFolder(environment: environment)),
                  mode: options.offline ? .offline : options.refresh ? .refresh : .normal,
                  excludeNewer: options.excludeNewer.flatMap(Timestamp.init), timeout: timeout,
                  userAgent: "ceiling/\(CeilingVersion.number)")
    }
}
