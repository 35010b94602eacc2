import PythonVersions

/// A `.package(...)` requirement as the Package.swift scanner found it.
///
/// The scanner knows the SwiftPM forms; the policy gives it the reference
/// version and the policy name and gets back the edits (see `plan`).
package struct SwiftPackageRequirement: Sendable, Equatable {
    /// Package identity: the URL's last path component, lowercased, without `.git`; or the registry id.
    package var identity: String
    /// The URL as written, when there is one.
    package var url: String?
    package var kind: Kind
    /// The requirement's bytes at the call site: `from: "1.0.0"`, `.exact("1.0.0")`, `"1.0.0"..<"2.0.0"`.
    package var range: Range<Int>
    /// The requirement's text as written (for messages and `old`).
    package var text: String
    package var style: Style

    /// The SwiftPM requirement forms.
    package enum Kind: Sendable, Equatable {
        /// `from: V`
        case from(VersionOperand)
        /// `.upToNextMajor(from: V)`
        case upToNextMajor(VersionOperand)
        /// `.upToNextMinor(from: V)`
        case upToNextMinor(VersionOperand)
        /// `exact: V` or `.exact(V)`
        case exact(VersionOperand)
        /// `A..<B`; `operatorRange` is where `..<` sits.
        case range(VersionOperand, VersionOperand, operatorRange: Range<Int>)
        /// `A...B` (SwiftPM admits up to B's next patch).
        case closedRange(VersionOperand, VersionOperand, operatorRange: Range<Int>)
        /// `branch: "main"` or `.branch("main")`
        case branch(String)
        /// `revision: "sha"` or `.revision("sha")`
        case revision(String)
        /// A SwiftPM 3/4 `.Package(url:majorVersion:)`, `.Package(url:majorVersion:minor:)`,
        /// `.Package(url:versions:)` or `.Package(url:Version(...))`: every form has an upper
        /// bound by nature (majorVersion 2 is 2.0.0..<3.0.0). ceiling reads it, never edits it.
        case legacy
    }

    /// How the manifest writes things, so new text looks like the old.
    package struct Style: Sendable, Equatable {
        /// `.exact("1.0.0")` / `.revision(...)` rather than `exact:` / `revision:` (old manifests, tools < 5.6).
        package var usesFunctionStyle: Bool
        /// `from: "1.0.0"` rather than `from:"1.0.0"`.
        package var spaceAfterColon: Bool
        /// `"1.0.0" ..< "2.0.0"` rather than `"1.0.0"..<"2.0.0"`, when the manifest's ranges are spaced.
        package var spacedRangeOperator: Bool
        init(usesFunctionStyle: Bool = false, spaceAfterColon: Bool = true, spacedRangeOperator: Bool = false) {
            self.usesFunctionStyle = usesFunctionStyle
            self.spaceAfterColon = spaceAfterColon
            self.spacedRangeOperator = spacedRangeOperator
        }
    }

    init(identity: String, url: String?, kind: Kind, range: Range<Int>, text: String, style: Style = Style()) {
        self.identity = identity
        self.url = url
        self.kind = kind
        self.range = range
        self.text = text
        self.style = style
    }

    /// The version range the requirement admits now, upper bound excluded; nil for branch and revision.
    package var bounds: (lower: SemanticVersion, upper: SemanticVersion)? {
        switch kind {
        case .from(let v), .upToNextMajor(let v): return (v.version, v.version.nextMajor)
        case .upToNextMinor(let v): return (v.version, v.version.nextMinor)
        case .exact(let v): return (v.version, v.version.nextPatch)
        case .range(let a, let b, _): return (a.version, b.version)
        case .closedRange(let a, let b, _): return (a.version, b.version.nextPatch)
        case .branch, .revision, .legacy: return nil
        }
    }

    /// Whether the lower bound is 0.0.0 (`from: "0.0.0"`): "any version", never a reference.
    package var lowerBoundIsAllZero: Bool {
        guard let lower = bounds?.lower else { return false }
        return lower.major == 0 && lower.minor == 0 && lower.patch == 0
    }
}

/// One version in a requirement, with how the call site spells it.
package struct VersionOperand: Sendable, Equatable {
    package var version: SemanticVersion
    /// The call-site text: `"1.0.0"`, `Version(1, 0, 0)`, `nioVersion`.
    package var spelling: String
    /// The call-site bytes of the operand.
    package var range: Range<Int>
    /// When the operand is a constant used only here: the content bytes of its string literal
    /// (`2.0.0` in `let nioVersion: Version = "2.0.0"`), where a changed version is written.
    package var constantLiteral: Range<Int>?

    init(version: SemanticVersion, spelling: String, range: Range<Int>, constantLiteral: Range<Int>? = nil) {
        self.version = version
        self.spelling = spelling
        self.range = range
        self.constantLiteral = constantLiteral
    }

    /// Whether the call site writes `Version(1, 2, 3)`, so new versions are written the same way.
    var usesIntegerInitializer: Bool {
        spelling.hasPrefix("Version(") && !spelling.contains("\"")
    }

    /// A new version in this operand's style.
    package func spell(_ v: SemanticVersion) -> String {
        if usesIntegerInitializer, v.prerelease.isEmpty, v.build.isEmpty {
            return "Version(\(v.major), \(v.minor), \(v.patch))"
        }
        return "\"\(v)\""
    }
}
