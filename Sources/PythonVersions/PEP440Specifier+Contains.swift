/// Membership, following packaging 26.2's `Specifier.contains` exactly.
extension PEP440Specifier {
    /// Whether `v` satisfies this clause. With `prereleases` nil the clause's own policy applies,
    /// and a lone pre-release is admitted when the policy is not an explicit `false`
    /// (packaging's "pre-releases if there is nothing else" rule applied to one candidate).
    public func contains(_ v: PEP440Version, prereleases: Bool? = nil) -> Bool {
        guard matches(v, text: v.description) else { return false }
        return !v.isPrerelease || (prereleases ?? self.prereleases ?? true)
    }

    /// Like `contains(_:prereleases:)` for a version string as written: `===` compares the
    /// text itself, and a string that is not a version can only match `===`.
    public func contains(text: String, prereleases: Bool? = nil) -> Bool {
        guard let v = PEP440Version(text) else {
            return op == .arbitrary && Self.arbitraryEqual(text, versionText)
        }
        guard matches(v, text: text) else { return false }
        return !v.isPrerelease || (prereleases ?? self.prereleases ?? true)
    }

    /// The operator's comparison alone, before any pre-release policy.
    func matches(_ v: PEP440Version, text: String) -> Bool {
        if op == .arbitrary { return Self.arbitraryEqual(text, versionText) }
        guard let spec = version else { return false }
        switch op {
        case .arbitrary: return false
        case .equal: return equals(v, spec)
        case .notEqual: return !equals(v, spec)
        case .lessEqual: return v.publicVersion <= spec
        case .greaterEqual: return v.publicVersion >= spec
        case .compatible:
            return v.publicVersion >= spec
                && Self.prefixMatches(v, epoch: spec.epoch, prefix: Array(spec.release.dropLast()))
        case .less:
            guard v < spec else { return false }
            // <V excludes pre-releases of V itself unless V is one.
            if !spec.isPrerelease && v.isPrerelease {
                var earliest = spec
                earliest.dev = 0
                earliest.local = []
                if v >= earliest { return false }
            }
            return true
        case .greater:
            guard v > spec else { return false }
            // >V excludes post-releases of V unless V is one, and local versions of V.
            if !spec.isPostrelease && v.isPostrelease {
                var base = v
                base.post = nil
                base.dev = nil
                base.local = []
                if base == spec { return false }
            }
            if !v.local.isEmpty && v.publicVersion == spec { return false }
            return true
        }
    }

    /// `==`: prefix match for `.*`; otherwise the local label counts only if the clause has one.
    private func equals(_ v: PEP440Version, _ spec: PEP440Version) -> Bool {
        if hasWildcard { return Self.prefixMatches(v, epoch: spec.epoch, prefix: spec.release) }
        return spec.local.isEmpty ? v.publicVersion == spec : v == spec
    }

    /// `==E!P.*`: same epoch, and the release (padded with zeros) starts with `P`.
    static func prefixMatches(_ v: PEP440Version, epoch: Int, prefix: [Int]) -> Bool {
        guard v.epoch == epoch else { return false }
        for (k, p) in prefix.enumerated() where (k < v.release.count ? v.release[k] : 0) != p {
            return false
        }
        return true
    }

    /// `===` compares strings case-insensitively (ASCII case, as every valid version is ASCII).
    static func arbitraryEqual(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }
}

extension PEP440Specifier {
    /// packaging's `Specifier.filter`: the matching version strings in order. With `prereleases`
    /// nil, matching pre-releases are returned only when no final release matched.
    public func filter(_ texts: [String], prereleases: Bool? = nil) -> [String] {
        let include = prereleases ?? impliedPrereleases ?? false
        let mayFallBack = prereleases == nil && self.prereleases != false
        var out: [String] = []
        var held: [String] = []
        var foundFinal = false
        for text in texts {
            guard let v = PEP440Version(text) else {
                if op == .arbitrary && Self.arbitraryEqual(text, versionText) { out.append(text) }
                continue
            }
            guard matches(v, text: text) else { continue }
            if !v.isPrerelease || include {
                foundFinal = true
                out.append(text)
            } else if mayFallBack {
                held.append(text)
            }
        }
        if !foundFinal && mayFallBack { out += held }
        return out
    }
}
