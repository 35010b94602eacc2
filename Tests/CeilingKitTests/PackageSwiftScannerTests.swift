import Testing
@testable import SourceText
@testable import PythonVersions
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// `PackageSwiftScanner` finds every `.package(...)` form, with the exact bytes of its requirement.
@Suite struct PackageSwiftScannerTests {
    static func manifest(_ body: String, tools: String = "5.9") -> String {
        "// swift-tools-version:\(tools)\nimport PackageDescription\n\n\(body)\n"
    }

    static func requirements(_ source: String) -> (reqs: [SwiftPackageRequirement], result: ScanResult, file: SourceFile) {
        let file = SourceFile(path: "Package.swift", text: source)
        let result = PackageSwiftScanner.scan(file)
        let reqs = result.dependencies.compactMap { dep -> SwiftPackageRequirement? in
            if case .swiftPackage(let r) = dep.constraint { return r }
            return nil
        }
        return (reqs, result, file)
    }

    /// (dependency line, identity, exact requirement text, kind summary)
    static let forms: [(String, String, String, String)] = [
        (#".package(url: "https://github.com/apple/swift-nio.git", from: "2.0.0")"#, "swift-nio", #"from: "2.0.0""#, "from 2.0.0"),
        (#".package(url: "https://github.com/a/B.git", .upToNextMajor(from: "1.2.3"))"#, "b", #".upToNextMajor(from: "1.2.3")"#, "major 1.2.3"),
        (#".package(url: "https://github.com/a/b", .upToNextMinor(from: "0.3.1"))"#, "b", #".upToNextMinor(from: "0.3.1")"#, "minor 0.3.1"),
        (#".package(url: "https://github.com/a/b", .exact("1.0.0"))"#, "b", #".exact("1.0.0")"#, "exact 1.0.0"),
        (#".package(url: "https://github.com/a/b", exact: "1.0.0")"#, "b", #"exact: "1.0.0""#, "exact 1.0.0"),
        (#".package(url: "https://github.com/a/b", "1.0.0"..<"3.0.0")"#, "b", #""1.0.0"..<"3.0.0""#, "range 1.0.0 3.0.0"),
        (#".package(url: "https://github.com/a/b", "1.0.0" ... "1.9.9")"#, "b", #""1.0.0" ... "1.9.9""#, "closed 1.0.0 1.9.9"),
        (#".package(url: "https://github.com/a/b", branch: "main")"#, "b", #"branch: "main""#, "branch main"),
        (#".package(url: "https://github.com/a/b", .branch("dev"))"#, "b", #".branch("dev")"#, "branch dev"),
        (#".package(url: "https://github.com/a/b", revision: "abc123")"#, "b", #"revision: "abc123""#, "revision abc123"),
        (#".package(url: "https://github.com/a/b", .revision("abc123"))"#, "b", #".revision("abc123")"#, "revision abc123"),
        (#".package(name: "Bee", url: "https://github.com/a/b.git", from: "1.0.0")"#, "b", #"from: "1.0.0""#, "from 1.0.0"),
        (#".package(id: "Scope.Name", from: "1.0.0")"#, "scope.name", #"from: "1.0.0""#, "from 1.0.0"),
        (#".package(url: "https://github.com/a/b", from: Version(1, 2, 3))"#, "b", "from: Version(1, 2, 3)", "from 1.2.3"),
        (#".package(url: "https://github.com/a/b", from: Version("1.2.3"))"#, "b", #"from: Version("1.2.3")"#, "from 1.2.3"),
        (#".package(url: "https://github.com/a/b", Package.Dependency.Requirement.upToNextMajor(from: "1.0.0"))"#, "b",
         #"Package.Dependency.Requirement.upToNextMajor(from: "1.0.0")"#, "major 1.0.0"),
        (#".package(url: "git@github.com:a/Some.Lib.git", from: "1.0.0-beta.2")"#, "some.lib", #"from: "1.0.0-beta.2""#, "from 1.0.0-beta.2"),
        (#".package(url: "https://github.com/a/b", from: "1.0.0", traits: ["X"])"#, "b", #"from: "1.0.0""#, "from 1.0.0"),
        // SwiftPM 3/4: bounded by nature, read and never edited.
        (#".Package(url: "https://github.com/apple/swift-nio.git", majorVersion: 1)"#, "swift-nio", "majorVersion: 1", "legacy"),
        (#".Package(url: "https://github.com/a/b.git", majorVersion: 2, minor: 1)"#, "b", "majorVersion: 2, minor: 1", "legacy"),
    ]

    static func summary(_ kind: SwiftPackageRequirement.Kind) -> String {
        switch kind {
        case .from(let v): return "from \(v.version)"
        case .upToNextMajor(let v): return "major \(v.version)"
        case .upToNextMinor(let v): return "minor \(v.version)"
        case .exact(let v): return "exact \(v.version)"
        case .range(let a, let b, _): return "range \(a.version) \(b.version)"
        case .closedRange(let a, let b, _): return "closed \(a.version) \(b.version)"
        case .branch(let s): return "branch \(s)"
        case .revision(let s): return "revision \(s)"
        case .legacy: return "legacy"
        }
    }

    @Test(arguments: forms)
    func findsEachRequirementFormWithItsExactBytes(line: String, identity: String, text: String, kind: String) {
        let source = Self.manifest("let package = Package(\n    name: \"x\",\n    dependencies: [\n        \(line),\n    ]\n)")
        let (reqs, result, file) = Self.requirements(source)
        #expect(result.errors == [])
        #expect(result.skips == [])
        #expect(reqs.count == 1)
        guard let req = reqs.first else { return }
        #expect(req.identity == identity)
        #expect(file.text(req.range) == text)
        #expect(req.text == text)
        #expect(Self.summary(req.kind) == kind)
        #expect(result.dependencies.first?.name == identity)
    }

    @Test func findsDependenciesInIfBlocksLetArraysAndLaterAppends() {
        let source = Self.manifest("""
        let shared: [Package.Dependency] = [
            .package(url: "https://github.com/a/one.git", from: "1.0.0"),
        ]
        let package = Package(
            name: "x",
            dependencies: shared + [
                #if os(Linux)
                .package(url: "https://github.com/a/two.git", from: "2.0.0"),
                #else
                .package(url: "https://github.com/a/three.git", from: "3.0.0"),
                #endif
            ]
        )
        package.dependencies += [
            .package(url: "https://github.com/a/four.git", from: "4.0.0"),
        ]
        package.dependencies.append(.package(url: "https://github.com/a/five.git", branch: "main"))
        // .package(url: "https://github.com/a/commented.git", from: "9.0.0"),
        let note = ".package(url: \\"https://github.com/a/in-string.git\\", from: \\"9.0.0\\")"
        """)
        let (reqs, result, _) = Self.requirements(source)
        #expect(result.errors == [])
        #expect(reqs.map(\.identity) == ["one", "two", "three", "four", "five"])
    }

    @Test func skipsLocalPathDependenciesWithoutTouchingThem() {
        let source = Self.manifest(#"let package = Package(name: "x", dependencies: [.package(path: "../Local"), .package(name: "L", path: "../L2")])"#)
        let (reqs, result, _) = Self.requirements(source)
        #expect(reqs.isEmpty)
        #expect(result.skips.map(\.reason) == ["local path dependency", "local path dependency"])
        #expect(result.skips.map(\.name) == ["../Local", "../L2"])
    }

    @Test func readsAConstantUsedOnceAndPointsAtItsLiteral() {
        let source = Self.manifest(#"""
        let nioVersion: Version = "2.0.0"
        let package = Package(name: "x", dependencies: [.package(url: "https://github.com/apple/swift-nio.git", from: nioVersion)])
        """#)
        let (reqs, result, file) = Self.requirements(source)
        #expect(result.skips == [])
        guard case .from(let operand)? = reqs.first?.kind, let literal = operand.constantLiteral else {
            Issue.record("no constant operand")
            return
        }
        #expect(operand.spelling == "nioVersion")
        #expect(operand.version == SemanticVersion(2, 0, 0))
        #expect(file.text(literal) == "2.0.0")
        // The literal is the one in the declaration, not anything at the call site.
        #expect(file.text(file.lineStarts[3]..<literal.upperBound) == #"let nioVersion: Version = "2.0.0"#)
    }

    @Test func skipsWithAWarningAConstantUsedTwice() {
        let source = Self.manifest(#"""
        let v = "1.0.0"
        let package = Package(name: "x", dependencies: [
            .package(url: "https://github.com/a/b.git", from: v),
            .package(url: "https://github.com/a/c.git", from: v),
            .package(url: "https://github.com/a/d.git", from: other),
        ])
        """#)
        let (reqs, result, _) = Self.requirements(source)
        #expect(reqs.isEmpty)
        #expect(result.skips.map(\.name) == ["b", "c", "d"])
        #expect(result.skips.first?.reason == "warning: version constant 'v' is used 2 times; cap it by hand")
        #expect(result.skips.last?.reason == "version 'other' is not a literal ceiling can find")
    }

    /// A branch floats: one ceiling cannot read is still unbounded; any other form has a bound by nature.
    @Test func unreadableBranchIsUnboundedAndUnreadableVersionIsNot() {
        let source = Self.manifest("""
        let package = Package(name: "x", dependencies: [
            .package(url: "https://github.com/a/b.git", branch: name()),
            .package(url: "https://github.com/a/c.git", from: version()),
        ])
        """)
        let (_, result, _) = Self.requirements(source)
        #expect(result.skips.map(\.isUnbounded) == [true, false])
    }

    @Test func skipsWhatItCannotReadAndSaysWhy() {
        let source = Self.manifest(#"""
        let package = Package(name: "x", dependencies: [
            .package(url: base + "/b.git", from: "1.0.0"),
            .package(url: "https://github.com/a/c.git", from: "1.0"),
            .package(url: "https://github.com/a/d.git", branch: name),
            .package(url: "https://github.com/a/e.git", .upToNextMajor(from: "1.0.0").then),
        ])
        """#)
        let (reqs, result, _) = Self.requirements(source)
        #expect(reqs.isEmpty)
        #expect(result.skips.map(\.reason) == [
            "package URL is not a string literal",
            "version '\"1.0\"' is not a literal x.y.z version",
            "branch is not a string literal",
            "requirement is not a form ceiling reads",
        ])
    }

    @Test func reportsLexerErrorsInsteadOfGuessing() {
        let (reqs, result, file) = Self.requirements(Self.manifest(#"let package = Package(name: "x", dependencies: [.package(url: "u", from: "1.0.0")"#))
        #expect(reqs.isEmpty)
        #expect(result.errors.map { "\(file.location(of: $0.offset)) \($0.message)" } == [
            "4:48 expected ']' before the end of the file to close '[' at 4:48",
            "4:22 expected ')' before the end of the file to close '(' at 4:22",
        ])
    }

    @Test func usesFunctionStyleForOldToolsAndForManifestsThatPreferIt() {
        let dep = #"let package = Package(name: "x", dependencies: [.package(url: "https://github.com/a/b.git", from: "1.0.0")])"#
        #expect(Self.requirements(Self.manifest(dep, tools: "5.5")).reqs.first?.style.usesFunctionStyle == true)
        #expect(Self.requirements(Self.manifest(dep, tools: "5.6")).reqs.first?.style.usesFunctionStyle == false)
        #expect(Self.requirements(Self.manifest(dep, tools: "6.0")).reqs.first?.style.usesFunctionStyle == false)
        let old = #"let package = Package(name: "x", dependencies: [.package(url: "https://github.com/a/b.git", .exact("1.0.0")), .package(url: "https://github.com/a/c.git", .upToNextMajor(from: "1.0.0"))])"#
        #expect(Self.requirements(Self.manifest(old, tools: "5.9")).reqs.allSatisfy { $0.style.usesFunctionStyle })
        let tight = #"let package = Package(name: "x", dependencies: [.package(url:"https://github.com/a/b.git",from:"1.0.0")])"#
        #expect(Self.requirements(Self.manifest(tight, tools: "5.9")).reqs.first?.style.spaceAfterColon == false)
    }
}

extension PackageSwiftScannerTests {
    @Test func marksACeilingIgnoreCommentOnTheDependencysLine() {
        let source = Self.manifest(#"""
        let package = Package(name: "x", dependencies: [
            .package(url: "https://github.com/a/b.git", from: "1.0.0"), // ceiling: ignore
            .package(url: "https://github.com/a/c.git", from: "1.0.0"), // keep
            .package(
                url: "https://github.com/a/d.git",
                from: "1.0.0" /* ceiling: ignore */
            ),
        ])
        """#)
        let (_, result, _) = Self.requirements(source)
        #expect(result.dependencies.map(\.isIgnored) == [true, false, true])
    }
}

extension PackageSwiftScannerTests {
    @Test func countsAConstantsUsesButNotLabelsOfTheSameName() {
        let source = Self.manifest(#"""
        let from: Version = "1.0.0"
        let package = Package(name: "x", dependencies: [.package(url: "https://github.com/a/b.git", from: from)])
        let banner = "uses \(from)"
        """#)
        let (reqs, result, _) = Self.requirements(source)
        #expect(reqs.isEmpty)
        #expect(result.skips.map(\.reason) == ["warning: version constant 'from' is used 2 times; cap it by hand"])
        let once = Self.manifest(#"""
        let from: Version = "1.0.0"
        let package = Package(name: "x", dependencies: [.package(url: "https://github.com/a/b.git", from: from)])
        """#)
        #expect(Self.requirements(once).reqs.count == 1)
    }
}

extension PackageSwiftScannerTests {
    @Test func scansTenThousandDependenciesOnOneLineAndDeepNestingQuickly() {
        let one = #".package(url: "https://github.com/a/b.git", from: "0.1.0"), "#
        let wide = Self.manifest("let package = Package(name: \"x\", dependencies: [" + String(repeating: one, count: 10_000) + "])")
        let (reqs, result, _) = Self.requirements(wide)
        #expect(result.errors == [])
        #expect(reqs.count == 10_000)
        let deep = Self.manifest("let x = " + String(repeating: "[(", count: 10_000) + ".package(url: \"u\", from: \"1.0.0\")"
            + String(repeating: ")]", count: 10_000))
        #expect(Self.requirements(deep).reqs.count == 1)
        #expect(Self.requirements(String(repeating: "(", count: 10_000)).result.errors.count == 20)
    }
}

extension PackageSwiftScannerTests {
    @Test func neverCrashesOnAnyPrefixOrByteFlipOfAManifest() {
        let source = Array(Self.manifest(#"""
        let v: Version = "0.2.0"
        let package = Package(name: "x", dependencies: [
            .package(url: "https://github.com/a/b.git", from: v), // ceiling: ignore
            .package(url: "https://github.com/a/c.git", .upToNextMajor(from: Version(0, 1, 2))),
            .package(url: "https://github.com/a/d.git", "1.0.0"..."2.0.0"),
            .package(id: "s.n", exact: "1.0.0"), .package(url: "u", branch: "main"), .package(path: "p"),
        ])
        #if os(Linux)
        package.dependencies += [.package(url: #"https://github.com/a/e.git"#, from: "1.0.0")]
        #endif
        """#).utf8)
        var entry = LockIndex.Entry(version: "0.3.0", source: "Package.resolved", revision: "abc")
        for n in 0...source.count {
            var flipped = source
            if n < source.count { flipped[n] = flipped[n] == UInt8(ascii: "\"") ? UInt8(ascii: "(") : UInt8(ascii: "\"") }
            for bytes in [Array(source.prefix(n)), flipped] {
                for dependency in PackageSwiftScanner.scan(SourceFile(path: "Package.swift", bytes: bytes)).dependencies {
                    guard case .swiftPackage(let requirement) = dependency.constraint else { continue }
                    for policy in CapPolicy.allCases {
                        if case .edits(let edits, _, _, _) = requirement.plan(resolved: entry, policy: policy) {
                            #expect((try? Splicer.apply(edits, to: bytes)) != nil)
                        }
                    }
                }
            }
            entry.version = n % 2 == 0 ? "0.3.0" : "junk"
        }
    }
}
