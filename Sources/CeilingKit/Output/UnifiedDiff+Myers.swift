extension UnifiedDiff {
    /// The changed runs between two line lists whose counts differ (a file that gained lines),
    /// by Myers' O((N+M)D) greedy algorithm ("An O(ND) Difference Algorithm", 1986): the
    /// fewest lines removed and added, so an insertion shows as an insertion and the caps
    /// elsewhere in the file stay small hunks of their own.
    ///
    /// Past `limit` edits (files rewritten wholesale, never ceiling's case) it gives up and
    /// returns the whole differing middle as one change.
    static func changes(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>], limit: Int = 2_000) -> [(oldRange: Range<Int>, newRange: Range<Int>)] {
        let n = a.count, m = b.count
        let maxD = min(n + m, limit)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break outer
                }
            }
        }
        guard found else {
            var prefix = 0
            while prefix < min(n, m), a[prefix] == b[prefix] { prefix += 1 }
            var suffix = 0
            while suffix < min(n, m) - prefix, a[n - 1 - suffix] == b[m - 1 - suffix] { suffix += 1 }
            return [(prefix..<(n - suffix), prefix..<(m - suffix))]
        }
        // Walk back through the saved frontiers, collecting single-line deletions and insertions.
        var x = n, y = m
        var steps: [(isDeletion: Bool, x: Int, y: Int)] = []
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
            }
            if previousK == k + 1 {
                steps.append((false, previousX, previousY))  // b[previousY] inserted
            } else {
                steps.append((true, previousX, previousY))  // a[previousX] deleted
            }
            x = previousX
            y = previousY
        }
        // Adjacent single-line steps form one change.
        var result: [(oldRange: Range<Int>, newRange: Range<Int>)] = []
        for step in steps.reversed() {
            let old = step.isDeletion ? step.x..<(step.x + 1) : step.x..<step.x
            let new = step.isDeletion ? step.y..<step.y : step.y..<(step.y + 1)
            if let last = result.last, last.oldRange.upperBound == old.lowerBound, last.newRange.upperBound == new.lowerBound {
                result[result.count - 1] = (last.oldRange.lowerBound..<old.upperBound, last.newRange.lowerBound..<new.upperBound)
            } else {
                result.append((old, new))
            }
        }
        return result
    }
}
