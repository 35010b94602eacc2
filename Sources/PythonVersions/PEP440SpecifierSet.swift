/// A comma-separated list of PEP 440 clauses, all of which must hold (`>=1.0,!=1.3,<2`).
///
/// Parsing follows packaging 26.2's `SpecifierSet`: items are split on `,`, trimmed, and empty
/// items are skipped, so `""` is the empty set that admits every version.
public struct PEP440SpecifierSet: Hashable, Sendable, CustomStringConvertible {
    /// The clauses in the order written, duplicates kept; empty admits every version.
    public var specifiers: [PEP440Specifier]
    /// An explicit pre-release policy, like packaging's `SpecifierSet(..., prereleases=)`; nil
    /// (what parsing gives) derives it from the clauses.
    public var prereleases: Bool?

    /// Parses a comma-separated clause list such as `>=1.0, !=1.3, <2` (no parentheses, no
    /// package name: see `PEP508Requirement` for those). Nil when any non-empty item is not a
    /// valid `PEP440Specifier`; `""` and `" , "` give the empty set.
    public init?(_ text: some StringProtocol) {
        var specs: [PEP440Specifier] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bytes = Array(item.utf8)
            if PythonWhitespace.trim(bytes, in: 0..<bytes.count).isEmpty { continue }
            guard let spec = PEP440Specifier(item) else { return nil }
            specs.append(spec)
        }
        specifiers = specs
    }

    /// A set of already parsed clauses, all of which must hold; `prereleases` is the explicit
    /// pre-release policy (nil: derived from the clauses, as packaging does).
    public init(_ specifiers: [PEP440Specifier], prereleases: Bool? = nil) {
        self.specifiers = specifiers
        self.prereleases = prereleases
    }

    /// packaging's `str()`: clauses sorted by their text, equal ones once, joined with commas.
    public var description: String {
        var seen = Set<PEP440Specifier>()
        return specifiers.sorted { $0.description < $1.description }
            .filter { seen.insert($0).inserted }
            .map(\.description)
            .joined(separator: ",")
    }

    /// The policy packaging derives: explicit, else true when any clause implies pre-releases.
    package var impliedPrereleases: Bool? {
        if let prereleases { return prereleases }
        return specifiers.contains { $0.impliedPrereleases == true } ? true : nil
    }

    /// Whether `v` satisfies every clause, like packaging's `SpecifierSet.contains`.
    ///
    /// Pre-releases (PEP 440 "Handling of pre-releases"): refused when `prereleases` is false,
    /// or when it is nil and the set's own `prereleases` is false; otherwise a pre-release is
    /// judged by the clauses like any version (packaging 26.2 refuses a lone candidate only
    /// under an explicit `false`). `installed: true` admits an installed pre-release even then.
    /// The empty set contains every version.
    public func contains(_ v: PEP440Version, prereleases: Bool? = nil, installed: Bool? = nil) -> Bool {
        admits(v, text: v.description, prereleases: prereleases, installed: installed)
    }

    /// Like `contains(_:prereleases:installed:)` for a version string as written (matters for `===`).
    public func contains(text: String, prereleases: Bool? = nil, installed: Bool? = nil) -> Bool {
        guard let v = PEP440Version(text) else {
            // Only `===` clauses can match a string that is not a version.
            return specifiers.allSatisfy {
                $0.op == .arbitrary && PEP440Specifier.arbitraryEqual(text, $0.versionText)
            }
        }
        return admits(v, text: text, prereleases: prereleases, installed: installed)
    }

    private func admits(_ v: PEP440Version, text: String, prereleases: Bool?, installed: Bool?) -> Bool {
        var policy = prereleases
        if installed == true && v.isPrerelease { policy = true }
        policy = policy ?? impliedPrereleases
        if policy == false && v.isPrerelease { return false }
        return specifiers.allSatisfy { $0.matches(v, text: text) }
    }

    /// True if any clause bounds versions from above: `<`, `<=`, `==`, `===`, `~=`
    /// (`==1.2.*` counts); `>=`, `>` and `!=` alone do not.
    public var hasUpperBound: Bool {
        specifiers.contains { [.less, .lessEqual, .equal, .arbitrary, .compatible].contains($0.op) }
    }

    /// The greatest version named by a lower-bounding clause: `>=`, `>`, `~=`, `==`
    /// (a wildcard's prefix) and a parseable `===`; nil when no clause bounds from below.
    public var highestLowerBound: PEP440Version? {
        specifiers
            .filter { [.greaterEqual, .greater, .compatible, .equal, .arbitrary].contains($0.op) }
            .compactMap(\.version)
            .max()
    }

    public static func == (lhs: PEP440SpecifierSet, rhs: PEP440SpecifierSet) -> Bool {
        Set(lhs.specifiers) == Set(rhs.specifiers)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(Set(specifiers)) }
}
