/// packaging 26.2's `SpecifierSet.filter`, for choosing among candidate versions.
extension PEP440SpecifierSet {
    /// The version strings that satisfy every clause, in order. With no pre-release policy
    /// (argument or implied), pre-releases are returned only when no final release matched.
    public func filter(_ texts: [String], prereleases: Bool? = nil) -> [String] {
        let policy = prereleases ?? impliedPrereleases
        guard !specifiers.isEmpty else {
            switch policy {
            case true?: return texts
            case false?: return texts.filter { PEP440Version($0).map { !$0.isPrerelease } ?? true }
            case nil: return Self.preferFinals(texts)
            }
        }
        let matched: [String]
        if specifiers.count == 1, let only = specifiers.first {
            matched = only.filter(texts, prereleases: policy ?? true)
        } else {
            matched = texts.filter { text in
                guard let v = PEP440Version(text) else {
                    return specifiers.allSatisfy { $0.op == .arbitrary && PEP440Specifier.arbitraryEqual(text, $0.versionText) }
                }
                if policy == false && v.isPrerelease { return false }
                return specifiers.allSatisfy { $0.matches(v, text: text) }
            }
        }
        return policy == nil ? Self.preferFinals(matched) : matched
    }

    /// PEP 440's default: drop pre-releases if any final release is present. Strings that are
    /// not versions are kept (they already passed `===`), ahead of the first final release.
    static func preferFinals(_ texts: [String]) -> [String] {
        var out: [String] = []
        var nonFinal: [String] = []
        var arbitrary: [String] = []
        var foundFinal = false
        for text in texts {
            guard let v = PEP440Version(text) else {
                if foundFinal {
                    out.append(text)
                } else {
                    arbitrary.append(text)
                    nonFinal.append(text)
                }
                continue
            }
            if !v.isPrerelease {
                if !foundFinal {
                    out += arbitrary
                    foundFinal = true
                }
                out.append(text)
            } else if !foundFinal {
                nonFinal.append(text)
            }
        }
        return foundFinal ? out : nonFinal
    }
}
