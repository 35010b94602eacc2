/// PEP 440 ordering, mirroring `packaging`'s `_cmpkey`.
extension PEP440Version: Comparable, Hashable {
    /// Ranks of the pre-release slot: a dev-only release sorts before `a`, a final release after `rc`.
    private var suffixKey: (Int, Int, Int, Int, Int, Int) {
        let preRank: Int
        let preNumber: Int
        if let pre {
            preRank = pre.kind.rawValue
            preNumber = pre.number
        } else if post == nil && dev != nil {
            preRank = -1
            preNumber = 0
        } else {
            preRank = 3
            preNumber = 0
        }
        return (preRank, preNumber, post == nil ? 0 : 1, post ?? 0, dev == nil ? 1 : 0, dev ?? 0)
    }

    /// Compares two versions: negative, zero or positive.
    func compare(to other: PEP440Version) -> Int {
        if epoch != other.epoch { return epoch < other.epoch ? -1 : 1 }
        let lhs = trimmedRelease
        let rhs = other.trimmedRelease
        for (a, b) in zip(lhs, rhs) where a != b {
            return a < b ? -1 : 1
        }
        if lhs.count != rhs.count { return lhs.count < rhs.count ? -1 : 1 }
        let ls = suffixKey
        let rs = other.suffixKey
        if ls != rs { return ls < rs ? -1 : 1 }
        return Self.compareLocal(local, other.local)
    }

    /// No label sorts first; then segment by segment: text before numbers, a shorter prefix first.
    private static func compareLocal(_ lhs: [LocalSegment], _ rhs: [LocalSegment]) -> Int {
        for (a, b) in zip(lhs, rhs) {
            switch (a, b) {
            case (.number(let x), .number(let y)) where x != y: return x < y ? -1 : 1
            case (.text(let x), .text(let y)) where x != y:
                return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
            case (.text, .number): return -1
            case (.number, .text): return 1
            default: continue
            }
        }
        if lhs.count != rhs.count { return lhs.count < rhs.count ? -1 : 1 }
        return 0
    }

    public static func < (lhs: PEP440Version, rhs: PEP440Version) -> Bool { lhs.compare(to: rhs) < 0 }

    public static func == (lhs: PEP440Version, rhs: PEP440Version) -> Bool { lhs.compare(to: rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epoch)
        for part in trimmedRelease { hasher.combine(part) }
        hasher.combine(pre)
        hasher.combine(post)
        hasher.combine(dev)
        hasher.combine(local)
    }
}
