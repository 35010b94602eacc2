import TOMLSpans

extension UVConstraintEditor {
    /// The layout a new array copies: that of the file's `project.dependencies` (else the
    /// first dependency group, else uv's own layout: one element per line, four spaces,
    /// double quotes, a trailing comma).
    ///
    ///     dependencies = ["flask>=2", "click"]    ->  constraint-dependencies = ["a<2", "b<3"]
    ///     dependencies = [                        ->  constraint-dependencies = [
    ///       'flask>=2',                                 'a<2',
    ///     ]                                           ]
    struct ArrayStyle {
        var isMultiline = true
        var indent = "    "
        var quote = "\""
        var trailingComma = true
        var separator = ", "

        init(of root: TOMLTable, bytes: [UInt8]) {
            let model = root[path: ["project", "dependencies"]]?.arrayValue
                ?? root["dependency-groups"]?.tableValue?.entries.lazy.compactMap { $0.value.arrayValue }.first
            guard let array = model else { return }
            let strings = array.elements.compactMap(\.stringValue)
            guard let first = strings.first, let last = strings.last, !array.isArrayOfTables else { return }
            quote = first.style == .literal ? "'" : "\""
            isMultiline = bytes[array.offset..<first.offset].contains(0x0A)
            if isMultiline {
                indent = UVConstraintEditor.indentation(of: first.offset, in: bytes)
                var i = last.endOffset
                while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                trailingComma = i < bytes.count && bytes[i] == UInt8(ascii: ",")
            } else if strings.count >= 2 {
                let between = bytes[strings[0].endOffset..<strings[1].offset]
                if between.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ",") }) {
                    separator = String(decoding: between, as: UTF8.self)
                }
            }
        }

        /// `constraint-dependencies = [...]` holding `requirements`, without a final newline.
        func keyValue(_ requirements: [String], nl: String) -> String {
            let quoted = requirements.map { quote + $0 + quote }
            if !isMultiline { return "constraint-dependencies = [" + quoted.joined(separator: separator) + "]" }
            let body = quoted.map { nl + indent + $0 }.joined(separator: ",") + (trailingComma ? "," : "")
            return "constraint-dependencies = [" + body + nl + "]"
        }
    }
}
