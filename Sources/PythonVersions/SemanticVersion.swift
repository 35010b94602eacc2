/// A Semantic Versioning 2.0 version, as SwiftPM reads it: `1.2.3`, `1.0.0-beta.1+exp.sha`.
///
/// SwiftPM requires all three numeric components, so `1.2` is not a version here.
/// Ordering and equality follow SemVer precedence: build metadata is ignored,
/// a prerelease sorts before its release, and prerelease identifiers compare
/// numerically when both are numbers, otherwise by ASCII, numbers first.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The major version, 0 or more (`1` in `1.2.3`).
    public var major: Int
    /// The minor version, 0 or more.
    public var minor: Int
    /// The patch version, 0 or more.
    public var patch: Int
    /// The dot-separated prerelease identifiers after `-` (`["beta", "1"]`); empty for a release.
    public var prerelease: [String]
    /// The dot-separated build identifiers after `+`; kept for printing, ignored by `==` and `<`.
    public var build: [String]

    /// A version from its parts; nothing is validated (`SemanticVersion(1, 2, 3)` is `1.2.3`).
    public init(_ major: Int, _ minor: Int, _ patch: Int, prerelease: [String] = [], build: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.build = build
    }

    /// Parses `x.y.z[-pre][+build]`; returns nil for anything else (leading `v`, two components, empty identifiers).
    public init?(_ text: String) {
        var rest = Substring(text)
        var build: [String] = []
        if let plus = rest.firstIndex(of: "+") {
            build = rest[rest.index(after: plus)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            rest = rest[..<plus]
            guard build.allSatisfy(Self.isIdentifier) else { return nil }
        }
        var prerelease: [String] = []
        if let dash = rest.firstIndex(of: "-") {
            prerelease = rest[rest.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            rest = rest[..<dash]
            guard prerelease.allSatisfy(Self.isIdentifier) else { return nil }
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            // Digits only, and short enough that Int cannot overflow.
            guard !part.isEmpty, part.count <= 18, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let n = Int(part) else { return nil }
            numbers.append(n)
        }
        self.init(numbers[0], numbers[1], numbers[2], prerelease: prerelease, build: build)
    }

    private static func isIdentifier(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D }
    }

    /// `1.2.3-beta.1+build.5`: always the full three components.
    public var description: String {
        var s = "\(major).\(minor).\(patch)"
        if !prerelease.isEmpty { s += "-" + prerelease.joined(separator: ".") }
        if !build.isEmpty { s += "+" + build.joined(separator: ".") }
        return s
    }

    /// The numeric release `[major, minor, patch]`, as `PEP440Version.release` is for Python versions.
    public var release: [Int] { [major, minor, patch] }

    /// The release `[a]`, `[a, b]` or `[a, b, c]` padded with zeros to a version (extra numbers are dropped).
    package init(release: [Int]) {
        let padded = Array((release + [0, 0, 0]).prefix(3))
        self.init(padded[0], padded[1], padded[2])
    }

    /// Where SwiftPM's `upToNextMajor(from: self)` stops: the next major, even for 0.x.
    public var nextMajor: SemanticVersion { SemanticVersion(major + 1, 0, 0) }
    /// Where SwiftPM's `upToNextMinor(from: self)` stops.
    public var nextMinor: SemanticVersion { SemanticVersion(major, minor + 1, 0) }
    /// Where a closed range `a...self` stops (SwiftPM bumps the patch).
    public var nextPatch: SemanticVersion { SemanticVersion(major, minor, patch + 1) }

    public static func == (a: SemanticVersion, b: SemanticVersion) -> Bool {
        a.major == b.major && a.minor == b.minor && a.patch == b.patch && a.prerelease == b.prerelease
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }

    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if (a.major, a.minor, a.patch) != (b.major, b.minor, b.patch) {
            return (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
        }
        // A release outranks any of its prereleases.
        if a.prerelease.isEmpty || b.prerelease.isEmpty { return !a.prerelease.isEmpty && b.prerelease.isEmpty }
        for (x, y) in zip(a.prerelease, b.prerelease) where x != y {
            switch (Int(x), Int(y)) {
            case let (nx?, ny?): return nx < ny
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
            }
        }
        return a.prerelease.count < b.prerelease.count
    }

    /// Whether version text `a` is above `b`; unparsable text never wins (for `LockIndex.add`).
    package static func isHigher(_ a: String, than b: String) -> Bool {
        guard let va = SemanticVersion(a) else { return false }
        guard let vb = SemanticVersion(b) else { return true }
        return va > vb
    }
}
