/// A unified diff of one file that `git apply` and `patch -p1` accept.
///
/// Lines are split on `\n` only, as git does, so a `\r` stays part of its line
/// and CRLF files diff cleanly; a missing final newline gets git's marker.
enum UnifiedDiff {
    static let context = 3

    static func make(path: String, old: [UInt8], new: [UInt8]) -> [UInt8] {
        if old == new { return [] }
        let a = lines(old)
        let b = lines(new)
        var out = Array("--- a/\(path)\n+++ b/\(path)\n".utf8)
        for hunk in hunks(a, b) {
            out += Array("@@ -\(range(hunk.oldStart, hunk.oldCount)) +\(range(hunk.newStart, hunk.newCount)) @@\n".utf8)
            for (mark, line) in hunk.lines {
                out.append(mark)
                out += line
                if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
            }
        }
        return out
    }

    private struct Hunk {
        var oldStart: Int, oldCount: Int, newStart: Int, newCount: Int
        var lines: [(UInt8, ArraySlice<UInt8>)]
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        // An empty side is numbered from the line before it, as diff does.
        count == 1 ? "\(start + 1)" : "\(count == 0 ? start : start + 1),\(count)"
    }

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            result.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// Caps never add or remove a newline, so the two sides pair line by line; lines added
    /// (`--transitive`) are found by a shortest edit script.
    private static func hunks(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Hunk] {
        var changes: [(oldRange: Range<Int>, newRange: Range<Int>)] = []
        if a.count == b.count {
            // Adjacent changed lines form one change, so its `-` lines come before its `+` lines.
            for i in a.indices where a[i] != b[i] {
                if let last = changes.last, last.oldRange.upperBound == i {
                    changes[changes.count - 1] = (last.oldRange.lowerBound..<(i + 1), last.newRange.lowerBound..<(i + 1))
                } else {
                    changes.append((i..<(i + 1), i..<(i + 1)))
                }
            }
        } else {
            changes = Self.changes(a, b)
        }
        var hunks: [Hunk] = []
        var index = 0
        while index < changes.count {
            // Merge changes whose contexts touch.
            var last = index
            while last + 1 < changes.count, changes[last + 1].oldRange.lowerBound - changes[last].oldRange.upperBound <= 2 * context {
                last += 1
            }
            let oldStart = max(0, changes[index].oldRange.lowerBound - context)
            let oldEnd = min(a.count, changes[last].oldRange.upperBound + context)
            // Lines added or removed by earlier changes shift where this hunk starts in the new file.
            let newStart = changes[index].newRange.lowerBound - (changes[index].oldRange.lowerBound - oldStart)
            var hunk = Hunk(oldStart: oldStart, oldCount: oldEnd - oldStart, newStart: newStart, newCount: 0, lines: [])
            var cursor = oldStart
            for change in changes[index...last] {
                for i in cursor..<change.oldRange.lowerBound { hunk.lines.append((0x20, a[i])) }
                for i in change.oldRange { hunk.lines.append((0x2D, a[i])) }
                for i in change.newRange { hunk.lines.append((0x2B, b[i])) }
                cursor = change.oldRange.upperBound
            }
            for i in cursor..<oldEnd { hunk.lines.append((0x20, a[i])) }
            hunk.newCount = hunk.lines.filter { $0.0 != 0x2D }.count
            hunks.append(hunk)
            index = last + 1
        }
        return hunks
    }
}
