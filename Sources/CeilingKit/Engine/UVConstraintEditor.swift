import SourceText
import TOMLSpans
import ManifestScanners

/// Writes transitive caps into `[tool.uv] constraint-dependencies` of a pyproject.toml,
/// as insertions into the original bytes (nothing is re-serialized).
///
/// An existing array is extended after its last element, in its own layout:
///
///     constraint-dependencies = ["a<2"]      ->  constraint-dependencies = ["a<2", "b<3"]
///     constraint-dependencies = [            ->  constraint-dependencies = [
///         "a<2",                                     "a<2",
///     ]                                              "b<3",
///                                                ]
///
/// A `[tool.uv]` table without the key gets it on the line after its header; a file
/// without `[tool.uv]` gets the table at its end. A new array copies the layout of the
/// file's `project.dependencies` (one element per line or all on one, indentation,
/// quote, trailing comma). `tool.uv` written inline or through dotted keys is not
/// guessed at: that is an error, and the file is left alone.
enum UVConstraintEditor {
    static func edits(adding requirements: [String], to file: SourceFile) -> Result<[Edit], Diagnostic> {
        let document: TOMLDocument
        switch TOMLDocument.parse(file) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let bytes = file.bytes
        let nl = RequirementsAppender.newline(of: bytes)
        let root = document.root
        let tool = root["tool"]
        if let tool, tool.tableValue == nil {
            return .failure(Diagnostic(offset: TOMLDependencyCollector.offset(of: tool), message: "tool is not a table; constraint-dependencies not written"))
        }
        let uv = tool?.tableValue?["uv"]
        if let uv, let table = uv.tableValue {
            if let existing = table.entry("constraint-dependencies") {
                guard let array = existing.value.arrayValue, !array.isArrayOfTables else {
                    return .failure(Diagnostic(offset: existing.keyOffset, message: "tool.uv.constraint-dependencies is not an array; not edited"))
                }
                return extend(array, with: requirements, bytes: bytes, nl: nl)
            }
            if table.form == .header, let lineEnd = lineEnd(after: table.offset, in: bytes) {
                // [tool.uv]                     [tool.uv]
                // dev-dependencies = [...]  ->  constraint-dependencies = [...]
                //                               dev-dependencies = [...]
                let style = ArrayStyle(of: root, bytes: bytes)
                let prefix = lineEnd.hasBreak ? "" : nl
                return .success([Edit.insert(prefix + style.keyValue(requirements, nl: nl) + (lineEnd.hasBreak ? nl : ""), at: lineEnd.offset)])
            }
            if table.form != .implicit {
                return .failure(Diagnostic(offset: table.offset, message: "tool.uv is written inline or with dotted keys; add constraint-dependencies to it by hand"))
            }
        } else if let uv {
            return .failure(Diagnostic(offset: TOMLDependencyCollector.offset(of: uv), message: "tool.uv is not a table; constraint-dependencies not written"))
        }
        if let table = tool?.tableValue, table.form == .inline {
            return .failure(Diagnostic(offset: table.offset, message: "tool is an inline table; add [tool.uv] constraint-dependencies by hand"))
        }
        // No [tool.uv] header: a new table at the end, after a blank line.
        //     ...                     ...
        //     [tool.ruff]       ->    [tool.ruff]
        //     line-length = 88        line-length = 88
        //                             (blank)
        //                             [tool.uv]
        //                             constraint-dependencies = [...]
        let style = ArrayStyle(of: root, bytes: bytes)
        let endsWithBreak = bytes.last == 0x0A || bytes.last == 0x0D
        let block = "[tool.uv]" + nl + style.keyValue(requirements, nl: nl)
        let text: String
        if bytes.isEmpty {
            text = block + nl
        } else if endsWithBreak {
            text = (endsWithBlankLine(bytes) ? "" : nl) + block + nl
        } else {
            text = nl + nl + block
        }
        return .success([Edit.insert(text, at: bytes.count)])
    }

    /// New elements after the last one, in the array's layout.
    private static func extend(_ array: TOMLArray, with requirements: [String], bytes: [UInt8], nl: String) -> Result<[Edit], Diagnostic> {
        var strings: [TOMLString] = []
        for element in array.elements {
            guard let s = element.stringValue else {
                return .failure(Diagnostic(offset: TOMLDependencyCollector.offset(of: element), message: "constraint-dependencies holds a value that is not a string; not edited"))
            }
            strings.append(s)
        }
        let quote = strings.first.map { $0.style == .literal ? "'" : "\"" } ?? "\""
        let quoted = requirements.map { quote + $0 + quote }
        guard let last = strings.last else {
            // An empty array: the new elements go right after `[`.
            return .success([Edit.insert(quoted.joined(separator: ", "), at: array.offset + 1)])
        }
        let isMultiline = bytes[array.offset..<last.offset].contains(0x0A)
        // After the last element: spaces, then maybe its comma, then maybe a comment, then the line's end.
        var i = last.endOffset
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        let hasComma = i < bytes.count && bytes[i] == UInt8(ascii: ",")
        if !isMultiline {
            let separator = strings.count >= 2 ? separator(between: strings[strings.count - 2], and: last, bytes: bytes) : ", "
            return .success([Edit.insert(quoted.map { separator + $0 }.joined(), at: last.endOffset)])
        }
        let indent = indentation(of: last.offset, in: bytes)
        var lineEnd = last.endOffset
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        if hasComma {
            //     "a<2",  # kept       ->      "a<2",  # kept
            // ]                                "b<3",
            //                              ]
            let text = quoted.map { nl + indent + $0 + "," }.joined()
            return .success([Edit.insert(text, at: lineEnd)])
        }
        //     "a<2"       ->      "a<2",
        // ]                       "b<3"
        //                     ]
        let text = quoted.map { nl + indent + $0 }.joined(separator: ",")
        return .success([Edit.insert(",", at: last.endOffset), Edit.insert(text, at: lineEnd)])
    }

    private static func separator(between a: TOMLString, and b: TOMLString, bytes: [UInt8]) -> String {
        let between = bytes[a.endOffset..<b.offset]
        guard between.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ",") }) else { return ", " }
        return String(decoding: between, as: UTF8.self)
    }

    static func indentation(of offset: Int, in bytes: [UInt8]) -> String {
        var start = offset
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    /// The end of the line holding `offset`: where a new line can be inserted after it.
    private static func lineEnd(after offset: Int, in bytes: [UInt8]) -> (offset: Int, hasBreak: Bool)? {
        var i = offset
        while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
        if i == bytes.count { return (i, false) }
        if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { return (i + 2, true) }
        return (i + 1, true)
    }

    private static func endsWithBlankLine(_ bytes: [UInt8]) -> Bool {
        var i = bytes.count - 1
        while i >= 0, bytes[i] == 0x0A || bytes[i] == 0x0D { i -= 1 }
        let tail = bytes[(i + 1)...]
        return tail.filter { $0 == 0x0A }.count >= 2 || tail.filter { $0 == 0x0D }.count >= 2 && !tail.contains(0x0A)
    }
}
