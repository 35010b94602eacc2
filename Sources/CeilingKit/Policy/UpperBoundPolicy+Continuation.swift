import SourceText

extension UpperBoundPolicy {
    /// The decoded bytes `range` of `text` as a separator to copy, without the indentation of a
    /// continued line: a line joined with a backslash keeps the next line's leading blanks in its
    /// decoded value (pip's `join_lines`), and those lay out the file, they are not the spacing
    /// of the constraint.
    ///
    ///     jinja2 >= 2.10, \            between the clauses: `, ` + `     ` (indentation)
    ///          !=2.11.0                ->  copied as `, `: `!=2.11.0, <4`
    ///     jinja2>=2.10,\               ->  `,`: `!=2.11.0,<4`
    ///          !=2.11.0
    func separatorText(_ text: ScannedText, _ range: Range<Int>) -> String {
        let value = text.value
        guard !text.isVerbatim(range) else { return String(decoding: value[range], as: UTF8.self) }
        var kept: [UInt8] = []
        var afterJoin = false
        for i in range {
            let isBlank = value[i] == 0x20 || value[i] == 0x09
            if i > 0, text.rawRange(of: i..<(i + 1)).lowerBound != text.rawRange(of: (i - 1)..<i).upperBound {
                afterJoin = true
            }
            if afterJoin && isBlank { continue }
            afterJoin = false
            kept.append(value[i])
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
