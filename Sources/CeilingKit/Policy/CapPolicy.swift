/// How far above the reference version a new upper bound goes.
///
/// | policy | 1.2.3 | 0.3.1 | 0.0.7 |
/// |--------|-------|-------|-------|
/// | major  | <2    | <0.4  | <0.0.8 |
/// | minor  | <1.3  | <0.3.2 | <0.0.8 |
/// | exact  | ==1.2.3 | ==0.3.1 | ==0.0.7 |
enum CapPolicy: String, Sendable, CaseIterable {
    case major
    case minor
    case exact

    /// Index of the release component the policy bumps, for a release padded to three components:
    /// major bumps the first non-zero one (caret), minor the one after it; both stop at the third.
    func bumpIndex(for release: [Int]) -> Int {
        let padded = Array((release + [0, 0, 0]).prefix(3))
        let firstNonZero = padded.firstIndex { $0 != 0 } ?? 2
        switch self {
        case .major, .exact: return firstNonZero
        case .minor: return min(firstNonZero + 1, 2)
        }
    }

    /// The release of the first version past the policy's range: 1.2.3 under major gives [2].
    func boundary(for release: [Int]) -> [Int] {
        let padded = Array((release + [0, 0, 0]).prefix(max(3, release.count)))
        let i = bumpIndex(for: release)
        var up = Array(padded.prefix(i + 1))
        up[i] += 1
        return up
    }
}
