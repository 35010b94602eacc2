/// One PEP 508 dependency specifier, parsed with packaging 26.2's grammar, keeping the byte
/// range of every part so a constraint can be capped without touching other bytes.
///
///     requests [security] >= 2.8.1 , == 2.8.* ; python_version < "2.7"
///     ^name^   ^extras^  ^clause^   ^clause^  ^marker (from ';')       ^
///
/// All offsets index the `bytes` given to `parse`, not the start of the requirement.
public struct PEP508Requirement: Sendable {
    /// One version clause and its exact range (operator through version, no spaces or commas).
    public struct Clause: Sendable {
        /// Byte offsets into the parsed bytes of the clause, `>=` through the version's last
        /// byte (`>= 2.8.1` keeps its inner space; a `.*` is included).
        public var range: Range<Int>
        /// The clause parsed (`>= 2.8.1` gives operator `>=`, version `2.8.1`).
        public var specifier: PEP440Specifier
    }

    /// The name as written (`Requests`, not normalized; see `normalizedName`).
    public var name: String
    /// Byte offsets of `name` in the parsed bytes.
    public var nameRange: Range<Int>
    /// The extras in brackets, as written and in order (`[security, socks]`); empty when none.
    public var extras: [String]
    /// Byte offset just after the name, or after the `]` closing the extras: where `>=1` goes for a bare name.
    public var afterNameAndExtras: Int
    /// The version clauses in the order written, each with its byte range; empty for a bare
    /// name or a URL requirement.
    public var clauses: [Clause]
    /// The clauses as one set, for membership (`specifier.contains(version)`); empty when there are none.
    public var specifier: PEP440SpecifierSet
    /// Byte offsets of `(` through `)` when the clauses are parenthesized: `name (>=1.0)`.
    public var parentheses: Range<Int>?
    /// The URL of `name @ url`, as written; nil for a version requirement.
    public var url: String?
    /// Byte offsets of `url` in the parsed bytes; nil when there is no URL.
    public var urlRange: Range<Int>?
    /// The marker text after `;`, trimmed; `markerRange` runs from the `;` to its last non-space byte.
    public var marker: String?
    /// Byte offsets from the `;` through the marker's last non-space byte (removing this range
    /// removes the marker); nil when there is no marker.
    public var markerRange: Range<Int>?
    /// The marker in packaging's normalized form (for comparing markers).
    public var normalizedMarker: String?
    /// Byte offset just after the last non-space byte of the requirement.
    public var end: Int

    /// The name normalized as PEP 503 does for lookups: `Foo_Bar.baz` → `foo-bar-baz`.
    public var normalizedName: String { PEP508Marker.canonicalName(name) }

    /// Parses `bytes[range]` (all of `bytes` by default; byte offsets) as exactly one PEP 508
    /// requirement; spaces and tabs may surround it, anything else left over is an error.
    /// Fails with the byte offset into `bytes` where reading stopped and what was expected
    /// there; a `range` outside `bytes` fails at offset 0.
    public static func parse(_ bytes: [UInt8], in range: Range<Int>? = nil) -> Result<PEP508Requirement, PEP508Error> {
        let range = range ?? 0..<bytes.count
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            return .failure(PEP508Error(offset: 0, message: "range outside the text"))
        }
        var parser = PEP508RequirementParser(scanner: PEP508Scanner(bytes, range: range))
        do {
            return .success(try parser.parse())
        } catch {
            return .failure(error)
        }
    }

    /// Convenience for a requirement held in a string; all ranges and error offsets are UTF-8
    /// byte offsets into `text` (not `String.Index` or `Character` counts).
    public static func parse(_ text: String) -> Result<PEP508Requirement, PEP508Error> {
        parse(Array(text.utf8))
    }
}
