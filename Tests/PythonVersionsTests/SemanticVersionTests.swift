import Testing
@testable import PythonVersions

@Suite struct SemanticVersionTests {
    @Test(arguments: ["1.2.3", "0.0.0", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7", "1.0.0-x.7.z.92",
                      "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85", "1.0.0-x-y-z.--"])
    func roundTripsEveryValidVersionText(text: String) {
        #expect(SemanticVersion(text)?.description == text)
    }

    @Test(arguments: ["", "1", "1.2", "1.2.3.4", "v1.2.3", "1.2.x", "1.2.3-", "1.2.3+", "1..3", "1.2.3-a..b", " 1.2.3",
                      "1.2.3-ä", "99999999999999999999.0.0"])
    func rejectsWhatSwiftPMRejects(text: String) {
        #expect(SemanticVersion(text) == nil)
    }

    @Test func ordersBySemVerPrecedence() {
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
                       "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0", "2.0.0"].compactMap(SemanticVersion.init)
        #expect(ordered.count == 12)
        for (a, b) in zip(ordered, ordered.dropFirst()) {
            #expect(a < b, "\(a) < \(b)")
            #expect(!(b < a))
        }
    }

    @Test func ignoresBuildMetadataForEquality() {
        #expect(SemanticVersion("1.0.0+a") == SemanticVersion("1.0.0+b"))
        #expect(!(SemanticVersion("1.0.0+a")! < SemanticVersion("1.0.0")!))
    }

    @Test func givesSwiftPMsUpperBounds() {
        let v = SemanticVersion(0, 3, 1)
        #expect(v.nextMajor.description == "1.0.0")
        #expect(v.nextMinor.description == "0.4.0")
        #expect(v.nextPatch.description == "0.3.2")
    }

    @Test func comparesVersionTextForTheLockIndex() {
        #expect(SemanticVersion.isHigher("1.10.0", than: "1.9.0"))
        #expect(!SemanticVersion.isHigher("junk", than: "1.0.0"))
        #expect(SemanticVersion.isHigher("1.0.0", than: ""))
    }
}
