import SourceText

/// PEP 503: the HTML form of a project page, one anchor per file.
///
///     <a href="../../packages/Werkzeug-1.0.1.tar.gz#sha256=..."
///        data-requires-python="&gt;=2.7, !=3.0.*" data-yanked="">Werkzeug-1.0.1.tar.gz</a>
///
/// Attribute values are HTML-unescaped (PEP 503 requires `<`, `>` to be escaped); a
/// `data-yanked` attribute, with or without a reason, means yanked (PEP 592).
extension SimpleIndexPage {
    /// Reads an HTML page; a body that is no HTML at all is a message.
    static func parseHTML(_ bytes: [UInt8], project: String) -> Result<SimpleIndexPage, LookupFailure> {
        guard UTF8Check.firstInvalidOffset(in: bytes) == nil else { return .failure(LookupFailure("not UTF-8 text")) }
        guard bytes.contains(UInt8(ascii: "<")) else { return .failure(LookupFailure("not an HTML page (PEP 503)")) }
        var files: [File] = []
        var i = 0
        let n = bytes.count
        while i < n {
            // `<a` followed by whitespace or `>`, in any case.
            guard bytes[i] == 0x3C, i + 2 < n, bytes[i + 1] | 0x20 == 0x61, [0x20, 0x09, 0x0A, 0x0D, 0x3E].contains(bytes[i + 2]) else {
                i += 1
                continue
            }
            var attributes: [String: String] = [:]
            i = readAttributes(bytes, from: i + 2, into: &attributes)
            guard let close = find(bytes, "</a", from: i, caseInsensitive: true) else { return .failure(LookupFailure("an <a> element is never closed")) }
            let text = unescape(String(decoding: bytes[i..<close], as: UTF8.self)).trimmingWhitespace
            i = close + 3
            let filename = !text.isEmpty ? text : Self.lastPathComponent(attributes["href"] ?? "")
            guard let version = version(ofFile: filename, project: project) else { continue }
            files.append(File(filename: filename, version: version, isYanked: attributes["data-yanked"] != nil,
                              requiresPython: attributes["data-requires-python"], uploadTime: nil))
        }
        return .success(SimpleIndexPage(files: files))
    }

    /// Reads `name="value"`, `name='value'`, `name=value` and bare `name` up to `>`; returns the index after `>`.
    private static func readAttributes(_ b: [UInt8], from start: Int, into attributes: inout [String: String]) -> Int {
        var i = start
        let n = b.count
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }
        while i < n {
            while i < n, isSpace(b[i]) || b[i] == 0x2F { i += 1 }
            if i >= n { return n }
            if b[i] == 0x3E { return i + 1 }
            let nameStart = i
            while i < n, !isSpace(b[i]), b[i] != 0x3D, b[i] != 0x3E { i += 1 }
            let name = String(decoding: b[nameStart..<i], as: UTF8.self).lowercased()
            while i < n, isSpace(b[i]) { i += 1 }
            guard i < n, b[i] == 0x3D else {
                attributes[name] = ""
                continue
            }
            i += 1
            while i < n, isSpace(b[i]) { i += 1 }
            var value = ""
            if i < n, b[i] == 0x22 || b[i] == 0x27 {
                let quote = b[i]
                let valueStart = i + 1
                i = valueStart
                while i < n, b[i] != quote { i += 1 }
                value = String(decoding: b[valueStart..<min(i, n)], as: UTF8.self)
                i += 1
            } else {
                let valueStart = i
                while i < n, !isSpace(b[i]), b[i] != 0x3E { i += 1 }
                value = String(decoding: b[valueStart..<i], as: UTF8.self)
            }
            attributes[name] = unescape(value)
        }
        return n
    }

    private static func find(_ b: [UInt8], _ needle: String, from start: Int, caseInsensitive: Bool) -> Int? {
        let pattern = Array(needle.utf8)
        guard start <= b.count - pattern.count else { return nil }
        for i in start...(b.count - pattern.count) {
            var matches = true
            for (j, c) in pattern.enumerated() where (caseInsensitive ? b[i + j] | 0x20 : b[i + j]) != c {
                matches = false
                break
            }
            if matches { return i }
        }
        return nil
    }

    /// `&gt;`, `&lt;`, `&amp;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;`; anything else stays as written.
    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let entity = after[..<semi]
            var replacement: String?
            switch entity {
            case "gt": replacement = ">"
            case "lt": replacement = "<"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// `../../packages/x/Flask-1.0.tar.gz#sha256=...` -> `Flask-1.0.tar.gz`.
    private static func lastPathComponent(_ href: String) -> String {
        var path = Substring(href)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        return path.split(separator: "/").last.map(String.init) ?? ""
    }
}

extension String {
    /// Without leading and trailing ASCII whitespace.
    var trimmingWhitespace: String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        while end > start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
