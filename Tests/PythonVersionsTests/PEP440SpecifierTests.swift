import Foundation
import Testing
@testable import PythonVersions

/// PEP 440 specifiers and specifier sets against packaging 26.2's vectors.
@Suite struct PEP440SpecifierTests {
    @Test func keepsVersionTextAsWrittenAndParsesWildcardPrefix() throws {
        let spec = try #require(PEP440Specifier("  == v1.0.*  "))
        #expect(spec.op == .equal)
        #expect(spec.versionText == "v1.0.*")
        #expect(spec.hasWildcard)
        #expect(spec.version == PEP440Version("1.0"))
        let arbitrary = try #require(PEP440Specifier("===foo-bar"))
        #expect(arbitrary.version == nil)
        #expect(arbitrary.versionText == "foo-bar")
    }

    @Test func appliesPEP440ExclusionsForStrictBounds() throws {
        let less = try #require(PEP440Specifier("<2.0"))
        #expect(!less.contains(PEP440Version("2.0a1")!, prereleases: true))
        #expect(less.contains(PEP440Version("1.9a1")!, prereleases: true))
        let greater = try #require(PEP440Specifier(">2.0"))
        #expect(!greater.contains(PEP440Version("2.0.post1")!))
        #expect(!greater.contains(PEP440Version("2.0+local")!))
        #expect(greater.contains(PEP440Version("2.1")!))
    }

    @Test func reportsUpperAndLowerBounds() throws {
        #expect(try #require(PEP440SpecifierSet(">=1.0,!=1.5")).hasUpperBound == false)
        #expect(try #require(PEP440SpecifierSet(">=1.0,<2")).hasUpperBound)
        #expect(try #require(PEP440SpecifierSet("==1.2.*")).hasUpperBound)
        #expect(try #require(PEP440SpecifierSet("~=1.4")).hasUpperBound)
        #expect(try #require(PEP440SpecifierSet("")).specifiers.isEmpty)
        #expect(try #require(PEP440SpecifierSet(">=1.0, >1.5,~=1.2, ==1.7.*")).highestLowerBound == PEP440Version("1.7"))
        #expect(try #require(PEP440SpecifierSet("<3")).highestLowerBound == nil)
        #expect(PEP440SpecifierSet(">=1.0,>=") == nil)
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func acceptsPackagingValidSpecifiers() throws {
        for case let s as String in try PEPVectors.cases("specifiers_valid.json") {
            #expect(PEP440Specifier(s) != nil, "\(s)")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func rejectsPackagingInvalidSpecifiers() throws {
        let dropped = try PEPVectors.dropped("specifiers_invalid.json")
        for case let s as String in try PEPVectors.cases("specifiers_invalid.json")
        where !dropped.contains(PEPVectors.canonicalJSON(s)) {
            #expect(PEP440Specifier(s) == nil, "\(s)")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func printsLikePackaging() throws {
        for case let c as [String: Any] in try PEPVectors.cases("specifier_str.json") {
            let input = c["input"] as? String ?? ""
            let printed = c["kind"] as? String == "Specifier"
                ? PEP440Specifier(input)?.description : PEP440SpecifierSet(input)?.description
            #expect(printed == c["str"] as? String, "\(input)")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func containsLikePackaging() throws {
        var count = 0
        for case let c as [String: Any] in try PEPVectors.cases("specifier_contains.json") {
            let text = c["specifier"] as? String ?? ""
            let version = c["version"] as? String ?? ""
            let specPre = c["spec_prereleases"] as? Bool
            let containsPre = c["contains_prereleases"] as? Bool
            let installed = c["installed"] as? Bool
            let asObject = c["version_is_object"] as? Bool ?? false
            let expected = c["expected"] as? Bool ?? false
            let result: Bool?
            if c["kind"] as? String == "Specifier" {
                guard var spec = PEP440Specifier(text) else {
                    Issue.record("unparsed \(text)")
                    continue
                }
                spec.prereleases = specPre
                result = asObject
                    ? PEP440Version(version).map { spec.contains($0, prereleases: containsPre) }
                    : spec.contains(text: version, prereleases: containsPre)
            } else {
                guard var set = PEP440SpecifierSet(text) else {
                    Issue.record("unparsed \(text)")
                    continue
                }
                set.prereleases = specPre
                result = asObject
                    ? PEP440Version(version).map { set.contains($0, prereleases: containsPre, installed: installed) }
                    : set.contains(text: version, prereleases: containsPre, installed: installed)
            }
            count += 1
            #expect(result == expected, "\(c["kind"]!) \(text) contains \(version) pre=\(String(describing: specPre))/\(String(describing: containsPre)) installed=\(String(describing: installed))")
        }
        #expect(count == 624)
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func filtersLikePackaging() throws {
        let dropped = try PEPVectors.dropped("specifier_filter.json")
        var count = 0
        for case let c as [String: Any] in try PEPVectors.cases("specifier_filter.json")
        where !dropped.contains(PEPVectors.canonicalJSON(c)) {
            let text = c["specifier"] as? String ?? ""
            let input = (c["input"] as? [Any] ?? []).compactMap { $0 as? String }
            let expected = (c["expected"] as? [Any] ?? []).compactMap { $0 as? String }
            let specPre = c["spec_prereleases"] as? Bool
            let filterPre = c["filter_prereleases"] as? Bool
            let result: [String]?
            if c["kind"] as? String == "Specifier" {
                var spec = PEP440Specifier(text)
                spec?.prereleases = specPre
                result = spec?.filter(input, prereleases: filterPre)
            } else {
                var set = PEP440SpecifierSet(text)
                set?.prereleases = specPre
                result = set?.filter(input, prereleases: filterPre)
            }
            count += 1
            #expect(result == expected, "\(text) filter \(input) pre=\(String(describing: specPre))/\(String(describing: filterPre))")
        }
        #expect(count == 141)
    }
}
