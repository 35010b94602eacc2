// The README's PythonVersions example; the tests below check every printed value.
//
//     import PythonVersions
//
//     let version = PEP440Version("1.4.0rc1")!                // nil if not PEP 440
//     print(version < PEP440Version("1.4")!)                  // true: rc1 comes before the release
//     let supported = PEP440SpecifierSet(">=1.2, <2")!
//     print(supported.contains(PEP440Version("1.9.3")!))      // true
//
//     let text = "requests[socks] >=2.8, <3 ; python_version >= '3.8'"
//     let requirement = try PEP508Requirement.parse(text).get()
//     print(requirement.name, requirement.extras)             // requests ["socks"]
//     for clause in requirement.clauses {                     // UTF-8 byte ranges into text
//         print(clause.specifier, clause.range)               // >=2.8 16..<21, then <3 23..<25
//     }
//     print(requirement.markerRange!)                         // 26..<51, from the ';'
//
//     let caret = try PoetryConstraint.parse("^1.2").get()
//     print(caret.normalizedDescription)                      // >=1.2,<2.0
//     print(caret.allows(PEP440Version("1.9")!))              // true

import PythonVersions
import Testing

/// What another package sees: only `public` declarations (no `@testable`), used as the README shows.
@Suite struct PublicAPITests {
    @Test func parsesAndOrdersVersionsAsPEP440Does() throws {
        let version = try #require(PEP440Version("1.4.0rc1"))
        #expect(version < PEP440Version("1.4")!)
        #expect(version.description == "1.4.0rc1")
        #expect(version.pre == PEP440Version.PreRelease(kind: .rc, number: 1))
        #expect(version.isPrerelease)
        #expect(PEP440Version("v1.0-RC.1")?.description == "1.0rc1")
        #expect(PEP440Version("1.0") == PEP440Version("1.0.0"))
        #expect(PEP440Version("1.0.x") == nil)
        #expect(PEP440Version("1!2.0rc1+Ubuntu.1")?.publicVersion.description == "1!2.0rc1")
        #expect(PEP440Version("1!2.0rc1+Ubuntu.1")?.baseVersion.description == "1!2.0")
        #expect(PEP440Version("1.0+Ubuntu.1")?.localLabel == "ubuntu.1")
    }

    @Test func specifierSetContainsVersionsItsClausesAdmit() throws {
        let supported = try #require(PEP440SpecifierSet(">=1.2, <2"))
        #expect(supported.contains(PEP440Version("1.9.3")!))
        #expect(!supported.contains(PEP440Version("2.0")!))
        #expect(!supported.contains(PEP440Version("1.1")!))
        #expect(supported.specifiers.map(\.op) == [.greaterEqual, .less])
        #expect(supported.hasUpperBound)
        #expect(supported.highestLowerBound == PEP440Version("1.2"))
        #expect(supported.filter(["1.0", "1.5", "1.6b1", "2.0"]) == ["1.5"])
        // Pre-releases are refused only under an explicit `false` policy (packaging 26.2).
        #expect(PEP440SpecifierSet(">=1.0")!.contains(PEP440Version("2.0b1")!))
        #expect(!PEP440SpecifierSet(">=1.0")!.contains(PEP440Version("2.0b1")!, prereleases: false))
        #expect(PEP440SpecifierSet("")?.specifiers.isEmpty == true)
        #expect(PEP440SpecifierSet(">=1.2, ~=1") == nil)
        #expect(PEP440Specifier("==1.4.*")?.hasWildcard == true)
        #expect(PEP440Specifier("==1.4.*")?.contains(PEP440Version("1.4.7")!) == true)
    }

    @Test func parsesRequirementWithTheByteRangeOfEachPart() throws {
        let text = "requests[socks] >=2.8, <3 ; python_version >= '3.8'"
        let requirement = try PEP508Requirement.parse(text).get()
        #expect(requirement.name == "requests")
        #expect(requirement.nameRange == 0..<8)
        #expect(requirement.extras == ["socks"])
        #expect(requirement.clauses.map(\.specifier.description) == [">=2.8", "<3"])
        #expect(requirement.clauses.map(\.range) == [16..<21, 23..<25])
        #expect(requirement.markerRange == 26..<51)
        #expect(requirement.marker == "python_version >= '3.8'")
        #expect(requirement.normalizedMarker == "python_version >= \"3.8\"")
        #expect(requirement.specifier.contains(PEP440Version("2.31")!))
        #expect(requirement.normalizedName == "requests")
        #expect(PackageName.normalize("Foo_Bar.baz") == "foo-bar-baz")
    }

    @Test func reportsWhereARequirementStopsParsing() {
        guard case .failure(let error) = PEP508Requirement.parse("requests >=") else {
            Issue.record("`requests >=` parsed")
            return
        }
        #expect(error.offset == 11)
        #expect(!error.message.isEmpty)
        guard case .failure(let marker) = PEP508Marker.parse("python_version >= ") else {
            Issue.record("an unfinished marker parsed")
            return
        }
        #expect(marker.offset == 18)
    }

    @Test func parsesPoetryConstraintsAsPoetryCoreDoes() throws {
        let caret = try PoetryConstraint.parse("^1.2").get()
        #expect(caret.normalizedDescription == ">=1.2,<2.0")
        #expect(caret.allows(PEP440Version("1.9")!))
        #expect(!caret.allows(PEP440Version("2.0")!))
        #expect(caret.hasUpperBound)

        let text = ">=2.7, !=3.0.* || ^3.8"
        let either = try PoetryConstraint.parse(text).get()
        #expect(either.alternatives.count == 2)
        #expect(either.alternatives.flatMap(\.clauses).map(\.op) == [">=", "!=", "^"])
        #expect(either.alternatives.flatMap(\.clauses).map(\.range) == [0..<5, 7..<14, 18..<22])
        #expect(!either.hasUpperBound)
        #expect(either.highestLowerBound == PEP440Version("3.8"))
        #expect(try PoetryConstraint.parse(">=1.0").get().allows(PEP440Version("2.0b1")!))
        #expect(try PoetryConstraint.parse("*").get().alternatives.first?.isWildcard == true)
        guard case .failure(let error) = PoetryConstraint.parse(">=1 || ") else {
            Issue.record("an empty alternative parsed")
            return
        }
        #expect(error.offset >= 4)
    }

    @Test func readsSemanticVersionsAsSwiftPMDoes() {
        #expect(SemanticVersion("1.2.3-beta.1+exp")?.prerelease == ["beta", "1"])
        #expect(SemanticVersion("1.2.3-beta.1")! < SemanticVersion("1.2.3")!)
        #expect(SemanticVersion("1.2") == nil)
        #expect(SemanticVersion(0, 4, 2).nextMajor.description == "1.0.0")
        #expect(SemanticVersion(0, 4, 2).nextMinor == SemanticVersion(0, 5, 0))
    }
}
