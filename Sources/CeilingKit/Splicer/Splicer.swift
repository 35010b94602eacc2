import SourceText

/// Applies edits to the original bytes in one forward pass.
///
/// Edits are sorted by start; overlapping or out-of-range edits are refused
/// rather than guessed at, and two insertions at one offset keep their given order.
enum Splicer {
    enum Failure: Error, Sendable, Equatable {
        case overlap(Edit, Edit)
        case outOfBounds(Edit)
    }

    static func apply(_ edits: [Edit], to bytes: [UInt8]) throws(Failure) -> [UInt8] {
        if edits.isEmpty { return bytes }
        let sorted = edits.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.replacement.count })
        var cursor = 0
        var previous: Edit?
        for edit in sorted {
            guard edit.range.upperBound <= bytes.count else { throw .outOfBounds(edit) }
            if edit.range.lowerBound < cursor, let previous { throw .overlap(previous, edit) }
            out.append(contentsOf: bytes[cursor..<edit.range.lowerBound])
            out.append(contentsOf: edit.replacement)
            cursor = edit.range.upperBound
            previous = edit
        }
        out.append(contentsOf: bytes[cursor...])
        return out
    }
}
