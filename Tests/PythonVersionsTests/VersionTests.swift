import Foundation
import Testing
@testable import PythonVersions

/// PEP 440 versions against packaging 26.2's own vectors, plus the edge cases the project relies on.
@Suite struct VersionTests {
    @Test func normalizesEverySpelling() {
        let cases: [(String, String)] = [
            ("v1.0", "1.0"), ("V1.0", "1.0"), ("1.0a", "1.0a0"), ("1.0-1", "1.0.post1"), ("1.0.post", "1.0.post0"),
            ("1.0dev", "1.0.dev0"), ("1.0-alpha.2", "1.0a2"), ("1.0BETA", "1.0b0"), ("1.0c3", "1.0rc3"),
            ("1.0pre", "1.0rc0"), ("1.0preview1", "1.0rc1"), ("1.0rev2", "1.0.post2"), ("1.0r", "1.0.post0"),
            ("  1!2.0RC1_post2-dev3+ABC-5  ", "1!2.0rc1.post2.dev3+abc.5"), ("1.0+01", "1.0+1"),
        ]
        for (input, expected) in cases {
            #expect(PEP440Version(input)?.description == expected, "\(input)")
        }
    }

    @Test func rejectsNonASCIIAndMalformedSpellings() {
        for input in ["", "1.0+", "1.0 a1", "٠١٢", "1.0+İ", "1.0ａ1", "v", "1!", "1.0.*", "1.0-"] {
            #expect(PEP440Version(input) == nil, "\(input)")
        }
    }

    @Test func rejectsNumbersThatOverflowInt() {
        #expect(PEP440Version("1.99999999999999999999") == nil)
        #expect(PEP440Version("1.0+99999999999999999999") == nil)
        #expect(PEP440Version("9223372036854775807")?.release == [Int.max])
    }

    @Test func ordersTrailingZerosDevOnlyAndLocalLabelsLikePEP440() throws {
        func v(_ s: String) throws -> PEP440Version { try #require(PEP440Version(s)) }
        #expect(try v("1.0") == v("1.0.0"))
        #expect(try v("1.0").hashValue == v("1.0.0.0").hashValue)
        #expect(try v("1.0.dev1") < v("1.0a1"))
        #expect(try v("1.0a1.post1") < v("1.0a2.dev0"))
        #expect(try v("1.0+abc") < v("1.0+1"))
        #expect(try v("1.0+1") < v("1.0+1.0"))
        #expect(try v("1.0") < v("1.0+0"))
        #expect(try v("1.0.post1") > v("1.0+zzz"))
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func sortsPackagingVersionsList() throws {
        let list = try PEPVectors.cases("versions_sorted.json").compactMap { $0 as? String }
        let parsed = list.map { PEP440Version($0) }
        #expect(parsed.allSatisfy { $0 != nil })
        let versions = parsed.compactMap { $0 }
        for (a, b) in zip(versions, versions.dropFirst()) {
            #expect(a < b, "\(a) < \(b)")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func rejectsPackagingInvalidVersions() throws {
        for case let input as String in try PEPVectors.cases("versions_invalid.json") {
            #expect(PEP440Version(input) == nil, "\(input)")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func normalizesLikePackaging() throws {
        for case let pair as [String] in try PEPVectors.cases("versions_normalized.json") {
            #expect(PEP440Version(pair[0])?.description == pair[1], "\(pair[0])")
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func exposesPackagingProperties() throws {
        for case let c as [String: Any] in try PEPVectors.cases("version_properties.json") {
            let input = c["version"] as? String ?? ""
            let property = c["property"] as? String ?? ""
            let expected = c["expected"]
            guard let v = PEP440Version(input) else {
                Issue.record("unparsed \(input)")
                continue
            }
            let actual: String
            switch property {
            case "public": actual = v.publicVersion.description
            case "base_version": actual = v.baseVersion.description
            case "epoch": actual = String(v.epoch)
            case "release": actual = "\(v.release)"
            case "local": actual = v.local.isEmpty ? "nil" : v.localLabel
            case "pre": actual = v.pre.map { "[\($0.kind.letter), \($0.number)]" } ?? "nil"
            case "dev": actual = v.dev.map(String.init) ?? "nil"
            case "post": actual = v.post.map(String.init) ?? "nil"
            case "is_devrelease": actual = "\(v.isDevrelease)"
            case "is_prerelease": actual = "\(v.isPrerelease)"
            case "is_postrelease": actual = "\(v.isPostrelease)"
            default: actual = "unknown property"
            }
            #expect(actual == Self.render(expected, property: property), "\(input).\(property)")
        }
    }

    /// Renders a JSON value the way the property test prints Swift values.
    static func render(_ value: Any?, property: String) -> String {
        if value == nil || value is NSNull { return "nil" }
        if property.hasPrefix("is_") { return "\((value as? Bool) ?? false)" }
        if let s = value as? String { return s }
        if let list = value as? [Any] {
            return "[" + list.map { render($0, property: "") }.joined(separator: ", ") + "]"
        }
        if let n = value as? Int { return String(n) }
        return "\(value!)"
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func comparesAllPackagingPairs() throws {
        var cache: [String: PEP440Version] = [:]
        var failures = 0
        var total = 0
        for case let c as [Any] in try PEPVectors.cases("version_comparisons.json") {
            guard c.count == 4, let l = c[0] as? String, let op = c[1] as? String, let r = c[2] as? String,
                  let expected = c[3] as? Bool
            else { continue }
            total += 1
            let lv = cache[l] ?? PEP440Version(l)
            let rv = cache[r] ?? PEP440Version(r)
            guard let lv, let rv else {
                failures += 1
                continue
            }
            cache[l] = lv
            cache[r] = rv
            let result: Bool
            switch op {
            case "<": result = lv < rv
            case "<=": result = lv <= rv
            case "==": result = lv == rv
            case "!=": result = lv != rv
            case ">=": result = lv >= rv
            case ">": result = lv > rv
            default: result = !expected
            }
            if result != expected {
                failures += 1
                if failures < 10 { Issue.record("\(l) \(op) \(r) should be \(expected)") }
            }
        }
        #expect(total == 50_784)
        #expect(failures == 0)
    }
}
