import Testing
@testable import SourceText
@testable import PythonVersions
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// `SwiftPackageRequirement.plan` writes exactly this requirement for each form and policy.
@Suite struct PackageSwiftPlanTests {
    /// `--policy minor` on a SwiftPM version gives SwiftPM's own next-minor boundary.
    @Test func minorBoundaryIsSwiftPMsNextMinor() {
        #expect(SemanticVersion(release: CapPolicy.minor.boundary(for: [1, 4, 2])).description == "1.5.0")
    }

    /// Plans the one dependency in `line` and returns the line as rewritten, or `bounded` / `skip: reason`.
    static func rewrite(_ line: String, tools: String = "5.9", resolved: String? = nil, revision: String? = nil,
                        branch: String? = "main", policy: CapPolicy, extra: String = "") -> String {
        let source = "// swift-tools-version:\(tools)\nimport PackageDescription\n\(extra)\nlet package = Package(name: \"x\", dependencies: [\n\(line)\n])\n"
        let file = SourceFile(path: "Package.swift", text: source)
        let result = PackageSwiftScanner.scan(file)
        guard result.errors.isEmpty, let dependency = result.dependencies.first,
              case .swiftPackage(let requirement) = dependency.constraint else {
            return "not found: \(result.skips.map(\.reason)) \(result.errors.map(\.message))"
        }
        var entry = resolved.map { LockIndex.Entry(version: $0, source: "Package.resolved", revision: revision) }
            ?? revision.map { LockIndex.Entry(version: "", source: "Package.resolved", revision: $0) }
        if resolved == nil, revision != nil { entry?.branch = branch }
        switch requirement.plan(resolved: entry, policy: policy) {
        case .bounded: return "bounded"
        case .skip(let reason): return "skip: \(reason)"
        case .unreadable(let reason): return "unreadable: \(reason)"
        case .edits(let edits, let old, let new, _):
            guard let out = try? Splicer.apply(edits, to: file.bytes) else { return "overlapping edits" }
            let text = String(decoding: out, as: UTF8.self)
            // Only the requirement's bytes (and a constant's literal it owns) may change.
            var owned = [requirement.range]
            if case .from(let v) = requirement.kind, let literal = v.constantLiteral { owned.append(literal) }
            #expect(edits.allSatisfy { edit in owned.contains { edit.range.clamped(to: $0) == edit.range } })
            #expect(old == requirement.text)
            #expect(text.contains(new))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let extraLines = extra.isEmpty ? [] : lines.filter { $0.hasPrefix("let ") && !$0.hasPrefix("let package") }.map(String.init)
            return (extraLines + [String(lines.first { $0.hasPrefix(".package") } ?? "")]).joined(separator: "\n")
        }
    }

    static let u = #".package(url: "https://github.com/a/b.git", "#

    /// (requirement, resolved version, policy, expected requirement text after the `url:` argument, or bounded/skip)
    static let cases: [(String, String?, CapPolicy, String)] = [
        // from: already stops at the next major.
        (#"from: "1.2.3")"#, nil, .major, "bounded"),
        (#"from: "1.0.0")"#, "1.4.2", .major, "bounded"),
        (#"from: "0.3.1")"#, nil, .major, #".upToNextMinor(from: "0.3.1"))"#),
        (#"from: "0.0.7")"#, nil, .major, #""0.0.7"..<"0.0.8")"#),
        (#"from: "0.3.1")"#, "0.4.2", .major, #""0.3.1"..<"0.5.0")"#),
        (#"from: "0.3.1")"#, "0.3.9", .major, #".upToNextMinor(from: "0.3.1"))"#),
        (#"from: "1.2.3")"#, nil, .minor, #".upToNextMinor(from: "1.2.3"))"#),
        (#"from: "1.0.0")"#, "1.4.2", .minor, #""1.0.0"..<"1.5.0")"#),
        (#"from: "0.3.1")"#, nil, .minor, #""0.3.1"..<"0.3.2")"#),
        (#"from: "1.0.0")"#, "1.4.2", .exact, #"exact: "1.4.2")"#),
        (#"from: "1.0.0")"#, nil, .exact, #"exact: "1.0.0")"#),
        (#"from: "1.0.0")"#, "2.0.1", .minor, "skip: resolved version 2.0.1 is outside the requirement from: \"1.0.0\""),
        (#"from: "1.0.0")"#, "not-a-version", .minor, "unreadable: the resolved version \"not-a-version\" in Package.resolved is not a semantic version; not capped"),
        // Function style.
        (#".upToNextMajor(from: "1.2.3"))"#, nil, .major, "bounded"),
        (#".upToNextMajor(from: "1.2.3"))"#, nil, .minor, #".upToNextMinor(from: "1.2.3"))"#),
        (#".upToNextMajor(from: "0.2.0"))"#, nil, .major, #".upToNextMinor(from: "0.2.0"))"#),
        (#".upToNextMajor(from: "1.2.3"))"#, nil, .exact, #".exact("1.2.3"))"#),
        (#".upToNextMinor(from: "1.2.3"))"#, nil, .minor, "bounded"),
        (#".upToNextMinor(from: "0.3.1"))"#, nil, .minor, #""0.3.1"..<"0.3.2")"#),
        (#".upToNextMinor(from: "1.2.0"))"#, "1.2.5", .minor, "bounded"),
        // Ranges: only the upper operand changes.
        (#""1.0.0"..<"3.0.0")"#, "1.2.0", .major, #""1.0.0"..<"2.0.0")"#),
        (#""1.0.0"..<"2.0.0")"#, "1.2.0", .major, "bounded"),
        (#""1.0.0" ..< "3.0.0")"#, "1.2.0", .minor, #""1.0.0" ..< "1.3.0")"#),
        (#""1.0.0"..."2.5.0")"#, nil, .major, #""1.0.0"..<"2.0.0")"#),
        (#""1.0.0"..."1.9.9")"#, nil, .major, "bounded"),
        (#""1.0.0"..<"3.0.0")"#, "1.2.0", .exact, #"exact: "1.2.0")"#),
        // Exact and revision are already bounded.
        (#"exact: "1.0.0")"#, nil, .exact, "bounded"),
        (#".exact("1.0.0"))"#, nil, .minor, "bounded"),
        (#"revision: "abc")"#, nil, .major, "bounded"),
        // Version literals keep their form.
        ("from: Version(0, 3, 1))", nil, .major, ".upToNextMinor(from: Version(0, 3, 1)))"),
        ("from: Version(0, 0, 7))", nil, .minor, "Version(0, 0, 7)..<Version(0, 0, 8))"),
        (#"from: Version("1.2.3"))"#, "1.3.0", .minor, #"Version("1.2.3")..<"1.4.0")"#),
    ]

    @Test(arguments: cases)
    func writesTheExactRequirementForEachPolicy(requirement: String, resolved: String?, policy: CapPolicy, expected: String) {
        let out = Self.rewrite(Self.u + requirement, resolved: resolved, policy: policy)
        let want = expected == "bounded" || expected.hasPrefix("skip:") || expected.hasPrefix("unreadable:") ? expected : Self.u + expected
        #expect(out == want)
    }

    @Test func pinsABranchToItsResolvedRevisionInTheManifestsStyle() {
        #expect(Self.rewrite(Self.u + #"branch: "main")"#, revision: "5f0ab1", policy: .major) == Self.u + #"revision: "5f0ab1")"#)
        #expect(Self.rewrite(Self.u + #".branch("main"))"#, revision: "5f0ab1", policy: .minor) == Self.u + #".revision("5f0ab1"))"#)
        #expect(Self.rewrite(Self.u + #"branch: "main")"#, policy: .major) == "skip: branch dependency with no resolved revision")
    }

    @Test func neverPinsABranchToARevisionResolvedForAnotherBranch() {
        #expect(Self.rewrite(Self.u + #"branch: "release/2.0")"#, revision: "5f0ab1", branch: "main", policy: .major)
            == #"skip: branch "release/2.0" is resolved for branch "main" in Package.resolved; not pinned"#)
        #expect(Self.rewrite(Self.u + #"branch: "main")"#, revision: "5f0ab1", branch: nil, policy: .major)
            == #"skip: branch "main" is resolved for no branch in Package.resolved; not pinned"#)
    }

    @Test func anUnreadableResolvedVersionIsReportedNotReplacedByTheLowerBound() {
        #expect(Self.rewrite(Self.u + #"from: "0.3.0")"#, resolved: "release-7", policy: .major)
            == #"unreadable: the resolved version "release-7" in Package.resolved is not a semantic version; not capped"#)
    }

    @Test func writesExactInFunctionStyleForToolsBeforeFiveSix() {
        #expect(Self.rewrite(Self.u + #"from: "1.0.0")"#, tools: "5.5", resolved: "1.1.0", policy: .exact) == Self.u + #".exact("1.1.0"))"#)
        #expect(Self.rewrite(Self.u + #"from: "1.0.0")"#, tools: "5.6", resolved: "1.1.0", policy: .exact) == Self.u + #"exact: "1.1.0")"#)
    }

    @Test func copiesTheManifestsColonSpacing() {
        let line = #".package(url:"https://github.com/a/b.git",from:"1.0.0")"#
        #expect(Self.rewrite(line, policy: .minor) == #".package(url:"https://github.com/a/b.git",.upToNextMinor(from:"1.0.0"))"#)
        #expect(Self.rewrite(line, resolved: "1.2.0", policy: .exact) == #".package(url:"https://github.com/a/b.git",exact:"1.2.0")"#)
    }

    @Test func keepsAConstantAndWritesAChangedVersionIntoItsLiteral() {
        let extra = #"let nioVersion: Version = "2.0.0""#
        let line = #".package(url: "https://github.com/apple/swift-nio.git", from: nioVersion)"#
        #expect(Self.rewrite(line, policy: .minor, extra: extra)
            == extra + "\n" + #".package(url: "https://github.com/apple/swift-nio.git", .upToNextMinor(from: nioVersion))"#)
        #expect(Self.rewrite(line, resolved: "2.3.0", policy: .minor, extra: extra)
            == extra + "\n" + #".package(url: "https://github.com/apple/swift-nio.git", nioVersion..<"2.4.0")"#)
        #expect(Self.rewrite(line, resolved: "2.3.0", policy: .exact, extra: extra)
            == #"let nioVersion: Version = "2.3.0""# + "\n" + #".package(url: "https://github.com/apple/swift-nio.git", exact: nioVersion)"#)
    }

    @Test func registryDependenciesUseLabels() {
        #expect(Self.rewrite(#".package(id: "mona.LinkedList", from: "0.3.1")"#, tools: "5.9", policy: .exact) == #".package(id: "mona.LinkedList", exact: "0.3.1")"#)
    }
}

extension PackageSwiftPlanTests {
    @Test func pinsABranchHeldInASharedConstantAtTheCallSiteOnly() {
        let extra = #"let relatedBranch = "main""# + "\n" + #"let other = [relatedBranch, relatedBranch]"#
        let line = #".package(url: "https://github.com/a/b.git", branch: relatedBranch)"#
        #expect(Self.rewrite(line, revision: "5f0ab1", policy: .major, extra: extra)
            == extra + "\n" + #".package(url: "https://github.com/a/b.git", revision: "5f0ab1")"#)
    }
}

extension PackageSwiftPlanTests {
    @Test func spacesANewRangeLikeTheManifestsOtherRanges() {
        let spaced = #".package(url: "https://github.com/a/b.git", from: "0.0.7"),"# + "\n"
            + #".package(url: "https://github.com/a/c.git", "1.0.0" ..< "2.0.0")"#
        #expect(Self.rewrite(spaced, policy: .major) == #".package(url: "https://github.com/a/b.git", "0.0.7" ..< "0.0.8"),"#)
    }
}
