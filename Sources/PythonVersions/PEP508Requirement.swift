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
        public var range: Range<Int>
        public var specifier: PEP440Specifier
    }

    public var name: String
    public var nameRange: Range<Int>
    public var extras: [String]
    /// Just after the name, or after the `]` closing the extras: where `>=1` goes for a bare name.
    public var afterNameAndExtras: Int
    public var clauses: [Clause]
    public var specifier: PEP440SpecifierSet
    /// `(` through `)` when the clauses are parenthesized: `name (>=1.0)`.
    public var parentheses: Range<Int>?
    /// The URL of `name @ url`.
    public var url: String?
    public var urlRange: Range<Int>?
    /// The marker text after `;`, trimmed; `markerRange` runs from the `;` to its last non-space byte.
    public var marker: String?
    public var markerRange: Range<Int>?
    /// The marker in packaging's normalized form (for comparing markers).
    public var normalizedMarker: String?
    /// Just after the last non-space byte of the requirement.
    public var end: Int

    /// The name normalized as PEP 503 does for lookups: `Foo_Bar.baz` → `foo-bar-baz`.
    public var normalizedName: String { PEP508Marker.canonicalName(name) }

    /// Parses `bytes[range]` (all of `bytes` by default) as exactly one requirement;
    /// spaces and tabs may surround it, anything else left over is an error.
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

    /// Convenience for a requirement held in a string; offsets are UTF-8 offsets into it.
    public static func parse(_ text: String) -> Result<PEP508Requirement, PEP508Error> {
        parse(Array(text.utf8))
    }
}
