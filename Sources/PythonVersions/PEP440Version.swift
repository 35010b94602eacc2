/// A PEP 440 version, parsed and normalized the way `packaging` 26.2 does it.
///
/// Equality and ordering follow PEP 440 ("Version scheme", "Summary of permitted suffixes
/// and relative ordering"): trailing zeros in the release are ignored
/// (`1.0 == 1.0.0`), a dev-only release sorts before every pre-release of the same
/// release, and local labels sort after the public version they extend.
public struct PEP440Version: Sendable, CustomStringConvertible {
    /// The pre-release phase, in PEP 440 order: `a < b < rc`.
    public enum PreKind: Int, Sendable, Comparable {
        case alpha, beta, rc

        public static func < (lhs: PreKind, rhs: PreKind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The normalized spelling (`a`, `b`, `rc`).
        public var letter: String {
            switch self {
            case .alpha: "a"
            case .beta: "b"
            case .rc: "rc"
            }
        }
    }

    /// A pre-release tag such as `rc1`.
    public struct PreRelease: Hashable, Sendable, Comparable {
        /// The phase: `a`, `b` or `rc` (alternative spellings such as `alpha`, `c`, `pre` are normalized).
        public var kind: PreKind
        /// The number after the phase, 0 when omitted (`1.0rc` is `1.0rc0`).
        public var number: Int
        /// A tag such as `rc1`: `PreRelease(kind: .rc, number: 1)`.
        public init(kind: PreKind, number: Int) {
            self.kind = kind
            self.number = number
        }
        public static func < (lhs: PreRelease, rhs: PreRelease) -> Bool {
            (lhs.kind, lhs.number) < (rhs.kind, rhs.number)
        }
    }

    /// One dot-separated part of a local label: numbers compare numerically, text lexicographically.
    public enum LocalSegment: Hashable, Sendable, CustomStringConvertible {
        case number(Int)
        case text(String)

        public var description: String {
            switch self {
            case .number(let n): String(n)
            case .text(let s): s
            }
        }
    }

    /// The epoch (`2` in `2!1.0`), 0 when omitted; a higher epoch sorts above any lower one.
    public var epoch: Int
    /// Release numbers as written (`1.0.0` keeps three); ordering ignores trailing zeros.
    public var release: [Int]
    /// The pre-release tag (`rc1` in `1.0rc1`), nil for none.
    public var pre: PreRelease?
    /// The post-release number (`2` in `1.0.post2`, also spelled `1.0-2`), nil for none.
    public var post: Int?
    /// The dev-release number (`3` in `1.0.dev3`), nil for none.
    public var dev: Int?
    /// Local label segments, lowercased (`+ubuntu.1` is `[.text("ubuntu"), .number(1)]`).
    public var local: [LocalSegment]

    /// A version from its parts, already normalized (`local` lowercased); nothing is validated,
    /// so `release` should not be empty. `PEP440Version(epoch: 1, release: [2, 0])` is `1!2.0`.
    public init(
        epoch: Int = 0, release: [Int], pre: PreRelease? = nil, post: Int? = nil, dev: Int? = nil,
        local: [LocalSegment] = []
    ) {
        self.epoch = epoch
        self.release = release
        self.pre = pre
        self.post = post
        self.dev = dev
        self.local = local
    }

    /// Whether every release number is zero (`0`, `0.0.0`, `0.0.dev1`): such a bound says
    /// "any version" and is never a reference for a cap.
    package var isAllZero: Bool { release.allSatisfy { $0 == 0 } }

    /// Parses any spelling PEP 440 accepts ("Appendix B: Parsing version strings with regular
    /// expressions", as `packaging` 26.2 applies it): surrounding whitespace, a leading `v`, any
    /// case, and the alternative separators and spellings (`1.0-RC.1`, `1.0c1`, `1.0-2`) are
    /// accepted and normalized. Nil for anything else (`1.0.x`, `latest`, an empty string).
    public init?(_ text: some StringProtocol) {
        guard let parsed = PEP440VersionParser.parse(Array(text.utf8)) else { return nil }
        self = parsed
    }

    /// The normalized form: `1!2.0rc1.post2.dev3+abc.5`.
    public var description: String {
        var out = publicDescription
        if !local.isEmpty {
            out += "+" + localLabel
        }
        return out
    }

    /// The normalized form without the local label.
    var publicDescription: String {
        var out = epoch != 0 ? "\(epoch)!" : ""
        out += release.map(String.init).joined(separator: ".")
        if let pre { out += pre.kind.letter + String(pre.number) }
        if let post { out += ".post\(post)" }
        if let dev { out += ".dev\(dev)" }
        return out
    }

    /// The local label joined with dots (`ubuntu.1`), empty when there is none.
    public var localLabel: String {
        local.map(\.description).joined(separator: ".")
    }

    /// True for pre-releases and dev releases (`1.0a1`, `1.0.dev0`, `1.0.post1.dev0`).
    public var isPrerelease: Bool { pre != nil || dev != nil }
    /// True for post-releases (`1.0.post1`, `1.0.post1.dev0`), packaging's `is_postrelease`.
    public var isPostrelease: Bool { post != nil }
    /// True for dev releases (`1.0.dev0`, `1.0a1.dev2`), packaging's `is_devrelease`.
    public var isDevrelease: Bool { dev != nil }

    /// The same version without its local label (`1.0+ubuntu.1` gives `1.0`), packaging's `public`.
    public var publicVersion: PEP440Version {
        var copy = self
        copy.local = []
        return copy
    }

    /// Epoch and release only: `1!2.0rc1+x` gives `1!2.0`, packaging's `base_version`.
    public var baseVersion: PEP440Version {
        PEP440Version(epoch: epoch, release: release)
    }

    /// The release with trailing zeros removed, which is what equality and ordering use.
    var trimmedRelease: ArraySlice<Int> {
        var end = release.count
        while end > 0 && release[end - 1] == 0 { end -= 1 }
        return release[..<end]
    }
}
