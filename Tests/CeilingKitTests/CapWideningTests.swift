import Testing
@testable import SourceText
@testable import PythonVersions
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// `--raise` and `--relax` only widen: every probe version the old constraint admits, the new
/// one admits too. Raising also keeps an upper bound and admits the locked version.
@Suite struct CapWideningTests {
    /// Versions around every bound the table uses, pre-releases included.
    static let probes: [PEP440Version] = [
        "0.9", "1.0", "1.0.5", "1.1", "1.3", "1.4", "1.4.2", "1.5", "1.9", "1.9.9", "2.0a1", "2.0", "2.0.1", "2.1",
        "2.3.2", "2.4", "2.9", "3.0rc1", "3.0", "3.1", "4.0", "9.0", "1!1.0", "1!2.5", "1!3.0",
    ].compactMap { PEP440Version($0) }

    static let raiseCases: [(String, String)] = [
        ("flask>=1.1,<2", "2.3.2"), ("flask>=1.1,<2.0.0", "2.3.2"), ("flask~=1.4", "2.1"), ("flask~=1.4.2", "2.1"),
        ("flask<=1.9,>=1.0", "2.3.2"), ("flask<2,!=1.5", "2.3.2"), ("flask (>=1.0, <1.5)", "2.0a1"),
        ("flask>=1.0,<2", "1!2.5"), ("flask<2,<1.5", "3.0rc1"),
    ]

    static let relaxCases: [String] = [
        "flask>=1.1,<2", "flask<2", "flask~=1.4", "flask <2, >=1.0, !=1.5", "flask (<=1.9)", "flask~=1.4.2,<1.4.9",
    ]

    private func requirement(_ text: String) -> PEP508Requirement? {
        try? PEP508Requirement.parse(text).get()
    }

    private func planned(_ text: String, mode: CapMode, version: String?) -> String? {
        let bytes = Array(text.utf8)
        let dependency = Dependency(name: "flask", offset: 0, constraint: .pep508(ScannedText(verbatim: 0..<bytes.count, in: bytes)))
        let entry = version.map { LockIndex.Entry(version: $0, source: "test.lock") }
        guard case .success(.capped(_, _, let new, _)) = UpperBoundPolicy(policy: .major, mode: mode).plan(dependency, locked: entry) else { return nil }
        return new
    }

    @Test(arguments: raiseCases)
    func raiseOnlyWidensUpwardKeepsABoundAndAdmitsTheLock(_ example: (String, String)) throws {
        let (text, locked) = example
        let new = try #require(planned(text, mode: .raise, version: locked))
        let old = try #require(requirement(text)).specifier
        let raised = try #require(requirement(new)).specifier
        let version = try #require(PEP440Version(locked))
        #expect(raised.hasUpperBound, "\(new)")
        #expect(raised.contains(version, prereleases: true), "\(new) admits \(locked)")
        for probe in Self.probes where old.contains(probe, prereleases: true) {
            #expect(raised.contains(probe, prereleases: true), "\(text) -> \(new) drops \(probe)")
        }
        for probe in Self.probes where probe < (old.highestLowerBound ?? probe) {
            #expect(!raised.contains(probe, prereleases: true) || old.contains(probe, prereleases: true), "\(new) widened downward to \(probe)")
        }
        #expect(planned(new, mode: .raise, version: locked) == nil, "\(new) raised twice")
    }

    @Test(arguments: relaxCases)
    func relaxOnlyWidensAndLeavesNoUpperBound(_ text: String) throws {
        let new = try #require(planned(text, mode: .relax, version: nil))
        let old = try #require(requirement(text)).specifier
        let relaxed = try #require(requirement(new)).specifier
        #expect(!relaxed.hasUpperBound, "\(new)")
        for probe in Self.probes where old.contains(probe, prereleases: true) {
            #expect(relaxed.contains(probe, prereleases: true), "\(text) -> \(new) drops \(probe)")
        }
        #expect(planned(new, mode: .relax, version: nil) == nil, "\(new) relaxed twice")
    }

    @Test func pinsAreNeverRaisedNorRelaxed() {
        for pin in ["flask==1.0", "flask===1.0", "flask==1.*", "flask>=1.0,==1.2"] {
            #expect(planned(pin, mode: .raise, version: "2.3.2") == nil, "\(pin)")
            #expect(planned(pin, mode: .relax, version: nil) == nil, "\(pin)")
        }
    }

    @Test func aCapThatAdmitsTheLockOrALowerBoundAboveItIsNotRaised() {
        #expect(planned("flask>=1.1,<3", mode: .raise, version: "2.3.2") == nil)
        #expect(planned("flask>=2.5,<3", mode: .raise, version: "3.1") == "flask>=2.5,<4")
        #expect(planned("flask>=3.5,<4", mode: .raise, version: "3.1") == nil)
        #expect(planned("flask>=1.0,!=2.3.2,<2", mode: .raise, version: "2.3.2") == nil)
        #expect(planned("flask>=1.1,<2", mode: .raise, version: nil) == nil)
    }
}
