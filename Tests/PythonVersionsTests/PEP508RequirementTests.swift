import Foundation
import Testing
@testable import PythonVersions

/// PEP 508 requirements and markers: packaging 26.2's vectors, and the byte ranges editors rely on.
@Suite struct PEP508RequirementTests {
    private func parse(_ text: String) throws -> PEP508Requirement {
        try PEP508Requirement.parse(text).get()
    }

    private func slice(_ text: String, _ range: Range<Int>?) -> String? {
        guard let range else { return nil }
        return String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    @Test func locatesEveryPartWithSpacesEverywhere() throws {
        let text = "  requests [ security , tests ] >= 2.8.1 , == 2.8.* ; python_version < \"2.7\"   "
        let r = try parse(text)
        #expect(r.name == "requests")
        #expect(slice(text, r.nameRange) == "requests")
        #expect(r.extras == ["security", "tests"])
        #expect(slice(text, r.afterNameAndExtras..<(r.afterNameAndExtras + 1)) == " ")
        #expect(slice(text, 0..<r.afterNameAndExtras)?.hasSuffix("tests ]") == true)
        #expect(r.clauses.map { slice(text, $0.range) } == [">= 2.8.1", "== 2.8.*"])
        #expect(r.parentheses == nil)
        #expect(slice(text, r.markerRange) == "; python_version < \"2.7\"")
        #expect(r.marker == "python_version < \"2.7\"")
        #expect(r.normalizedMarker == "python_version < \"2.7\"")
        #expect(r.end == text.utf8.count - 3)
        #expect(r.specifier == PEP440SpecifierSet(">=2.8.1,==2.8.*"))
    }

    @Test func placesSpecifierAfterBareNameOrExtras() throws {
        #expect(try parse("flask").afterNameAndExtras == 5)
        #expect(try parse("flask ; os_name == 'nt'").afterNameAndExtras == 5)
        let withExtras = try parse("flask[async]\t; os_name == 'nt'")
        #expect(withExtras.afterNameAndExtras == 12)
        #expect(withExtras.end == 30)
        #expect(try parse("flask[]").extras.isEmpty)
        #expect(try parse("flask").end == 5)
    }

    @Test func recordsParenthesesAroundClauses() throws {
        let text = "name ( >=1.0 ,<2 , )  ;extra=='x'"
        let r = try parse(text)
        #expect(slice(text, r.parentheses) == "( >=1.0 ,<2 , )")
        #expect(r.clauses.map { slice(text, $0.range) } == [">=1.0", "<2"])
        #expect(slice(text, r.markerRange) == ";extra=='x'")
        #expect(r.normalizedMarker == "extra == \"x\"")
        #expect(try parse("name()").parentheses == 4..<6)
    }

    @Test func offsetsAreRelativeToTheWholeBuffer() throws {
        let buffer = Array("xx\tDjango>=3.2 # comment\n".utf8)
        let r = try PEP508Requirement.parse(buffer, in: 3..<14).get()
        #expect(r.nameRange == 3..<9)
        #expect(r.clauses.first?.range == 9..<14)
        #expect(r.end == 14)
    }

    @Test func keepsURLAndMarkerApart() throws {
        let text = "pkg @ https://example.com/a.whl ; python_version >= '3'"
        let r = try parse(text)
        #expect(r.url == "https://example.com/a.whl")
        #expect(slice(text, r.urlRange) == "https://example.com/a.whl")
        #expect(r.clauses.isEmpty)
        #expect(slice(text, r.markerRange) == "; python_version >= '3'")
    }

    @Test func explainsWhatWasExpected() {
        let cases: [(String, String, Int)] = [
            ("name>=", "expected version after '>='", 6),
            ("name >= 1.0, <", "expected version after '<'", 14),
            ("name>=1 <=2", "expected ',' (within version specifier), ';' (after version specifier) or end", 8),
            ("name[a b]", "expected comma between extra names", 7),
            ("", "expected package name at the start of dependency specifier", 0),
            ("name; os_name", "expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in", 13),
            ("name>=1.0.*", ".* suffix can only be used with `==` or `!=` operators", 4),
            ("name>=1\r", "expected ',' (within version specifier), ';' (after version specifier) or end", 7),
        ]
        for (text, message, offset) in cases {
            guard case .failure(let error) = PEP508Requirement.parse(text) else {
                Issue.record("accepted \(text)")
                continue
            }
            #expect(error.message == message, "\(text)")
            #expect(error.offset == offset, "\(text)")
        }
    }

    @Test func refusesDeepMarkerNestingWithoutCrashing() {
        let deep = "name; " + String(repeating: "(", count: 10_000) + "os_name == 'a'" + String(repeating: ")", count: 10_000)
        guard case .failure(let error) = PEP508Requirement.parse(deep) else {
            Issue.record("accepted deep nesting")
            return
        }
        #expect(error.message.contains("nested"))
        let fine = "name; " + String(repeating: "(", count: 50) + "os_name == 'a'" + String(repeating: ")", count: 50)
        #expect((try? PEP508Requirement.parse(fine).get()) != nil)
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func parsesPackagingValidRequirements() throws {
        var count = 0
        for case let c as [String: Any] in try PEPVectors.cases("requirements_valid.json") {
            let input = c["input"] as? String ?? ""
            count += 1
            guard case .success(let r) = PEP508Requirement.parse(input) else {
                Issue.record("rejected \(input.debugDescription): \(PEP508Requirement.parse(input))")
                continue
            }
            #expect(r.name == c["name"] as? String, "\(input)")
            #expect(Set(r.extras) == Set((c["extras"] as? [String]) ?? []), "\(input)")
            #expect(r.url == c["url"] as? String, "\(input)")
            #expect(r.specifier == PEP440SpecifierSet(c["specifier"] as? String ?? "?"), "\(input)")
            if let marker = c["marker"] as? String {
                let expected = try PEP508Marker.parse(marker).get().normalized
                #expect(r.normalizedMarker == expected, "\(input)")
            } else {
                #expect(r.marker == nil, "\(input)")
            }
        }
        #expect(count == 5199)
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func rejectsPackagingInvalidRequirements() throws {
        let dropped = try PEPVectors.dropped("requirements_invalid.json")
        for case let c as [String: Any] in try PEPVectors.cases("requirements_invalid.json")
        where !dropped.contains(PEPVectors.canonicalJSON(c)) {
            let input = c["input"] as? String ?? ""
            if case .success = PEP508Requirement.parse(input) { Issue.record("accepted \(input.debugDescription)") }
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func printsRequirementMarkersLikePackaging() throws {
        for case let c as [String: Any] in try PEPVectors.cases("markers_str.json") {
            let input = c["input"] as? String ?? ""
            #expect((try? PEP508Marker.parse(input).get().normalized) == c["str"] as? String, "\(input)")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func validatesPackagingMarkers() throws {
        let valid = try PEPVectors.cases("markers_valid.json").compactMap { $0 as? String }
        #expect(valid.count == 2160)
        for marker in valid {
            if case .failure(let e) = PEP508Marker.parse(marker) { Issue.record("rejected \(marker): \(e)") }
        }
        let dropped = try PEPVectors.dropped("markers_invalid.json")
        for case let marker as String in try PEPVectors.cases("markers_invalid.json")
        where !dropped.contains(PEPVectors.canonicalJSON(marker)) {
            if case .success = PEP508Marker.parse(marker) { Issue.record("accepted \(marker)") }
        }
    }
}

extension PEP508RequirementTests {
    @Test func treatsRangeStartAsWordBoundary() throws {
        let buffer = Array("xdjango>=1".utf8)
        let r = try PEP508Requirement.parse(buffer, in: 1..<buffer.count).get()
        #expect(r.name == "django")
        #expect(r.nameRange == 1..<7)
    }

    @Test func rejectsRangesOutsideTheBuffer() {
        let buffer = Array("a>=1".utf8)
        #expect((try? PEP508Requirement.parse(buffer, in: 0..<9).get()) == nil)
        #expect((try? PEP508Marker.parse(buffer, in: 2..<9).get()) == nil)
        #expect((try? PoetryConstraint.parse(buffer, in: 0..<9).get()) == nil)
    }
}

extension PEP508RequirementTests {
    @Test func normalizesNamesLikePEP503() throws {
        #expect(try parse("Foo__Bar.baz-Q>=1").normalizedName == "foo-bar-baz-q")
    }
}
