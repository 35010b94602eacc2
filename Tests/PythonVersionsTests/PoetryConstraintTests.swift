import Foundation
import Testing
@testable import PythonVersions

/// Poetry constraints against poetry-core 2.3.2's vectors, plus the byte ranges editors rely on.
@Suite struct PoetryConstraintTests {
    private func parse(_ text: String) throws -> PoetryConstraint {
        try PoetryConstraint.parse(text).get()
    }

    private func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    @Test func locatesAlternativesAndClauses() throws {
        let text = "  >=2.7 , !=3.0.* ||  ^3.8  |<4,  "
        let c = try parse(text)
        #expect(c.alternatives.map { slice(text, $0.range) } == [">=2.7 , !=3.0.*", "^3.8", "<4"])
        #expect(c.alternatives[0].clauses.map { slice(text, $0.range) } == [">=2.7", "!=3.0.*"])
        #expect(c.alternatives[0].clauses.map(\.op) == [">=", "!="])
        #expect(c.alternatives[0].clauses[1].versionText == "3.0.*")
        #expect(c.alternatives[0].clauses[1].version == PEP440Version("3.0"))
        #expect(c.alternatives[1].clauses.first?.op == "^")
        #expect(c.hasUpperBound == false)
    }

    @Test func splitsClausesOnSpacesButNotAfterOperators() throws {
        let text = ">= 1.2 < 2.0"
        let c = try parse(text)
        #expect(c.alternatives[0].clauses.map { slice(text, $0.range) } == [">= 1.2", "< 2.0"])
        #expect(c.alternatives[0].clauses.map(\.versionText) == ["1.2", "2.0"])
        #expect(c.hasUpperBound)
        #expect(c.highestLowerBound == PEP440Version("1.2"))
    }

    @Test func treatsStarAndEmptyAsUnbounded() throws {
        for text in ["*", "", "  ", "x.X.*", "v*"] {
            let c = try parse(text)
            #expect(c.alternatives.count == 1, "\(text)")
            #expect(c.alternatives[0].isWildcard, "\(text)")
            #expect(!c.hasUpperBound, "\(text)")
            #expect(c.allows(PEP440Version("99")!), "\(text)")
        }
        #expect(try parse("^1.2").hasUpperBound)
        #expect(try parse("~1.2").hasUpperBound)
        #expect(try parse("1.2.*").hasUpperBound)
        #expect(try parse("1.2.3").hasUpperBound)
        #expect(try parse("!=1.2.*").hasUpperBound == false)
        #expect(try parse("^1 || >=3").hasUpperBound == false)
    }

    @Test func reportsWhereAClauseCannotBeRead() {
        for (text, offset) in [(">=1.0, <2.x.y", 7), ("^1 || ", 5), ("~=1 || >=2 ||| <3", 13), ("1.0 - 2.0", 0)] {
            guard case .failure(let error) = PoetryConstraint.parse(text) else {
                Issue.record("accepted \(text)")
                continue
            }
            #expect(error.offset == offset, "\(text): \(error)")
        }
    }

    @Test func offsetsAreRelativeToTheWholeBuffer() throws {
        let buffer = Array("requests = \"^2.31\"\n".utf8)
        let c = try PoetryConstraint.parse(buffer, in: 12..<17).get()
        #expect(c.alternatives.first?.clauses.first?.range == 12..<17)
        #expect(c.alternatives.first?.clauses.first?.versionText == "2.31")
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func parsesPoetryCoreConstraints() throws {
        var count = 0
        for case let c as [String: Any] in try PEPVectors.cases("poetry_parse_constraint.json") {
            let input = c["input"] as? String ?? ""
            let intervals = (c["expected"] as? [String: Any])?["intervals"] as? [[String: Any]] ?? []
            count += 1
            guard case .success(let constraint) = PoetryConstraint.parse(input) else {
                Issue.record("rejected \(input)")
                continue
            }
            let expected = intervals.map { i in
                PoetryRange(
                    min: (i["min"] as? String).flatMap { PEP440Version($0) },
                    max: (i["max"] as? String).flatMap { PEP440Version($0) },
                    includeMin: i["include_min"] as? Bool ?? false, includeMax: i["include_max"] as? Bool ?? false
                )
            }
            let actual = constraint.ranges.map { r in
                PoetryRange(min: r.min, max: r.max, includeMin: r.includeMin, includeMax: r.includeMax)
            }
            #expect(Self.sorted(actual) == Self.sorted(expected), "\(input)")
        }
        #expect(count == 102)
    }

    /// Orders intervals by lower bound so unions compare regardless of order.
    static func sorted(_ ranges: [PoetryRange]) -> [PoetryRange] {
        ranges.sorted { a, b in
            switch (a.min, b.min) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x < y
            }
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func allowsLikePoetryCore() throws {
        var count = 0
        for case let c as [String: Any] in try PEPVectors.cases("poetry_allows.json") {
            let constraint = c["constraint"] as? String ?? ""
            let version = c["version"] as? String ?? ""
            count += 1
            guard let v = PEP440Version(version), case .success(let parsed) = PoetryConstraint.parse(constraint) else {
                Issue.record("unparsed \(constraint) / \(version)")
                continue
            }
            #expect(parsed.allows(v) == c["expected"] as? Bool, "\(constraint) allows \(version)")
        }
        #expect(count == 215)
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func rejectsPoetryCoreInvalidConstraints() throws {
        for case let c as [String: Any] in try PEPVectors.cases("poetry_invalid.json") {
            let input = c["input"] as? String ?? ""
            if case .success = PoetryConstraint.parse(input) { Issue.record("accepted \(input)") }
        }
    }

    @Test(.enabled(if: PEPVectors.isAvailable)) func computesNextBreakingLikePoetryCore() throws {
        for case let c as [String: String] in try PEPVectors.cases("poetry_next_breaking.json") {
            let v = try #require(PEP440Version(c["version"] ?? ""))
            #expect(v.nextBreaking.description == c["next_breaking"], "\(c["version"] ?? "")")
        }
    }
}

extension PoetryConstraintTests {
    @Test(.enabled(if: PEPVectors.isAvailable)) func printsLikePoetryCore() throws {
        var count = 0
        for case let c as [String: Any] in try PEPVectors.cases("poetry_constraint_str.json") {
            let input = c["input"] as? String ?? ""
            count += 1
            #expect((try? PoetryConstraint.parse(input).get().normalizedDescription) == c["str"] as? String, "\(input)")
        }
        #expect(count == 45)
    }
}

extension PoetryConstraintTests {
    @Test func refusesPathologicalClauseCountsQuickly() {
        let many = Array(repeating: "!=1.0", count: 5_000).joined(separator: ",")
        guard case .failure(let error) = PoetryConstraint.parse(many) else {
            Issue.record("accepted 5,000 clauses")
            return
        }
        #expect(error.message.contains("clauses"))
    }

    @Test func computesBoundsOfEmptyReleaseWithoutCrashing() {
        let empty = PEP440Version(release: [])
        #expect(empty.nextBreaking == empty)
    }
}

extension PoetryConstraintTests {
    @Test func decidesEachAlternativesBoundFromItsIntervals() throws {
        let c = try parse("* || >=1,!=1.5 || ^2 || 3.1.* || !=4.* || ==5.0 || >=6,<7 || <8,>=9")
        #expect(c.alternatives.map(\.hasUpperBound) == [false, false, true, true, false, true, true, true])
        #expect(c.alternatives[0].clauses.first?.op == "")
        #expect(c.alternatives[0].isWildcard)
    }
}
