/// One PEP 440 version clause ("Version specifiers") such as `>=1.2`, `==1.4.*` or `===foobar`,
/// with exactly the validity rules of `packaging` 26.2's `Specifier`.
///
/// Equality follows packaging: `==1.2.0` equals `== 1.2` (trailing zeros and spelling are
/// normalized, except for `===`, `.*` wildcards and the last release number of `~=`).
public struct PEP440Specifier: Hashable, Sendable, CustomStringConvertible {
    /// The comparison operators of PEP 440 "Version specifiers"; `rawValue` is the spelling.
    public enum Operator: String, Sendable, CaseIterable {
        case compatible = "~="
        case equal = "=="
        case notEqual = "!="
        case lessEqual = "<="
        case greaterEqual = ">="
        case less = "<"
        case greater = ">"
        case arbitrary = "==="
    }

    /// The clause's operator (`>=` in `>=1.2`).
    public var op: Operator
    /// The version as written, trimmed (`1.0.*`, `v1.0`).
    public var versionText: String
    /// The parsed version (the prefix for `.*`); nil only for `===` with a non-version string.
    public var version: PEP440Version?
    /// Whether the clause is a prefix match, `==1.4.*` or `!=1.4.*` (PEP 440 allows `.*` only
    /// after `==` and `!=`, and only on a release without pre, post, dev or local parts).
    public var hasWildcard: Bool
    /// An explicit pre-release policy, like packaging's `Specifier(..., prereleases=)`; nil derives it.
    public var prereleases: Bool?

    /// Parses one clause such as `>= 1.2` or `==1.4.*`; spaces and tabs may surround it and
    /// separate the operator from the version. Nil when the text is not exactly one valid
    /// clause: a comma-separated list (use `PEP440SpecifierSet`), `~=1` (PEP 440 needs two
    /// release numbers after `~=`), `>=1.0.*`, a local label after anything but `==`/`!=`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        let range = PythonWhitespace.trim(bytes, in: 0..<bytes.count)
        guard let (spec, end) = Self.scan(bytes, from: range.lowerBound, limit: range.upperBound),
              end == range.upperBound
        else { return nil }
        self = spec
    }

    init(op: Operator, versionText: String, version: PEP440Version?, hasWildcard: Bool) {
        self.op = op
        self.versionText = versionText
        self.version = version
        self.hasWildcard = hasWildcard
    }

    /// Reads the longest specifier starting at `start`, like packaging's `SPECIFIER` token:
    /// operator, optional whitespace, then the version form that operator allows.
    /// `===` takes everything up to whitespace, `;` or `)`, commas included (a requirement's
    /// clause list then splits such a token at its commas, as packaging's `SpecifierSet` does).
    static func scan(_ b: [UInt8], from start: Int, limit: Int) -> (PEP440Specifier, Int)? {
        guard let (op, opEnd) = scanOperator(b, at: start, limit: limit) else { return nil }
        var i = opEnd
        while case let n = PythonWhitespace.length(b, at: i, limit: limit), n > 0 { i += n }
        let versionStart = i
        if op == .arbitrary {
            while i < limit, PythonWhitespace.length(b, at: i, limit: limit) == 0,
                  b[i] != UInt8(ascii: ";"), b[i] != UInt8(ascii: ")") {
                i += 1
            }
            let text = String(decoding: b[versionStart..<i], as: UTF8.self)
            return (PEP440Specifier(op: op, versionText: text, version: PEP440Version(text), hasWildcard: false), i)
        }
        let allowsLocal = op == .equal || op == .notEqual
        guard let match = PEP440VersionParser.scan(
            b, from: i, limit: limit, allowLocal: allowsLocal, stopBeforeWildcard: allowsLocal
        ) else { return nil }
        i = match.end
        var wildcard = false
        if allowsLocal, match.isReleaseOnly, i + 1 < limit, b[i] == UInt8(ascii: "."), b[i + 1] == UInt8(ascii: "*") {
            wildcard = true
            i += 2
        }
        if op == .compatible && match.version.release.count < 2 { return nil }
        let text = String(decoding: b[versionStart..<i], as: UTF8.self)
        return (PEP440Specifier(op: op, versionText: text, version: match.version, hasWildcard: wildcard), i)
    }

    /// The operator at `i`, longest first (`===` before `==`, `<=` before `<`).
    static func scanOperator(_ b: [UInt8], at i: Int, limit: Int) -> (Operator, Int)? {
        guard i < limit else { return nil }
        let next = i + 1 < limit ? b[i + 1] : 0
        let third = i + 2 < limit ? b[i + 2] : 0
        let eq = UInt8(ascii: "=")
        switch b[i] {
        case eq where next == eq && third == eq: return (.arbitrary, i + 3)
        case eq where next == eq: return (.equal, i + 2)
        case UInt8(ascii: "~") where next == eq: return (.compatible, i + 2)
        case UInt8(ascii: "!") where next == eq: return (.notEqual, i + 2)
        case UInt8(ascii: "<"): return next == eq ? (.lessEqual, i + 2) : (.less, i + 1)
        case UInt8(ascii: ">"): return next == eq ? (.greaterEqual, i + 2) : (.greater, i + 1)
        default: return nil
        }
    }

    /// `>=1.0`: operator and version text with no space, as packaging prints it.
    public var description: String { op.rawValue + versionText }

    /// The pre-release policy packaging derives when none is given: a clause naming a
    /// pre-release admits pre-releases, except `!=` and `==X.*`; nil for an unparsable `===`.
    public var impliedPrereleases: Bool? {
        if let prereleases { return prereleases }
        if op == .notEqual { return false }
        if op == .equal && hasWildcard { return false }
        guard let version else { return nil }
        return version.isPrerelease
    }

    /// packaging's canonical form, used for equality: normalized version, trailing zeros
    /// dropped except for `~=`; `===` and wildcards compare as written.
    var canonicalText: String {
        guard op != .arbitrary, !hasWildcard, let version else { return description }
        guard op != .compatible else { return op.rawValue + version.description }
        var trimmed = version
        trimmed.release = Array(version.trimmedRelease)
        if trimmed.release.isEmpty { trimmed.release = [0] }
        return op.rawValue + trimmed.description
    }

    public static func == (lhs: PEP440Specifier, rhs: PEP440Specifier) -> Bool {
        lhs.canonicalText == rhs.canonicalText
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(canonicalText) }
}
