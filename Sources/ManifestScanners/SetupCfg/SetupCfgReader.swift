import SourceText
import PythonVersions

/// Reads a setup.cfg the way setuptools' `ConfigParser()` does (Python 3.11 `RawConfigParser._read`)
/// and yields every option with the raw ranges of its value lines.
///
/// The rules it copies, because they decide what a requirement list is:
/// - a line whose stripped text starts with `#` or `;` is a comment wherever it is, even
///   indented inside a continued value, and is dropped from the value;
/// - there are no inline comments (`inline_comment_prefixes=None`): `foo  # x` is the value;
/// - a line indented deeper than its option line continues the value; a blank line inside a
///   value is kept as an empty line (`empty_lines_in_values=True`) and does not end it;
/// - `[header]` is the text between the first `[` and the last `]` of the stripped line;
/// - an option line splits at the first `=` or `:`;
/// - `strict=True`: a duplicate section or option is an error, as are lines before any section
///   and lines that are neither header, option nor continuation.
/// CR, LF and CRLF all end a line (setuptools opens the file with universal newlines).
struct SetupCfgReader {
    /// One `key = value` with the stripped raw ranges of its lines.
    struct Option {
        var section: String
        var key: String
        var keyOffset: Int
        /// The value on the key line (possibly empty), then each continuation line;
        /// `nil` stands for a blank line kept inside the value.
        var lines: [Range<Int>?]
    }

    private(set) var options: [Option] = []
    private(set) var errors: [Diagnostic] = []

    /// Reads `file`; problems end up in `errors`, the options read so far in `options`.
    init(_ file: SourceFile) {
        let bytes = file.bytes
        var seenSections: Set<String> = []
        var seenOptions: Set<[String]> = []
        var section: String?
        var current: Option?
        var indentLevel = 0
        var lineStart = file.contentStart
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            var next = lineEnd
            if next < bytes.count {
                next += (bytes[next] == 0x0D && next + 1 < bytes.count && bytes[next + 1] == 0x0A) ? 2 : 1
            }
            defer { lineStart = next }
            // configparser's `strip()` and its `\S` indentation test use Python's Unicode
            // whitespace: a line indented with a no-break space continues the value.
            let trimmed = PythonWhitespace.trim(bytes, in: lineStart..<lineEnd)
            let lo = trimmed.lowerBound
            let hi = trimmed.upperBound
            if lo < hi, bytes[lo] == UInt8(ascii: "#") || bytes[lo] == UInt8(ascii: ";") { continue }
            if lo == hi {
                current?.lines.append(nil)
                continue
            }
            // In characters, as configparser measures it.
            let indent = bytes[lineStart..<lo].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            if current != nil, indent > indentLevel {
                current?.lines.append(lo..<hi)
                continue
            }
            indentLevel = indent
            if let header = Self.sectionHeader(bytes, lo..<hi) {
                if let done = current { options.append(done) }
                current = nil
                let name = String(decoding: bytes[header], as: UTF8.self)
                if seenSections.contains(name) {
                    errors.append(Diagnostic(offset: lo, message: "duplicate section [\(name)] (setuptools' ConfigParser rejects it)"))
                }
                seenSections.insert(name)
                section = name
                continue
            }
            guard let sectionName = section else {
                errors.append(Diagnostic(offset: lo, message: "expected a section header such as [options] before the first option"))
                return
            }
            guard let delimiter = bytes[lo..<hi].firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }) else {
                errors.append(Diagnostic(offset: lo, message: "expected `key = value`, a [section] header or an indented continuation line"))
                continue
            }
            let keyEnd = PythonWhitespace.trim(bytes, in: lo..<delimiter).upperBound
            if keyEnd == lo {
                errors.append(Diagnostic(offset: lo, message: "expected an option name before '\(Character(Unicode.Scalar(bytes[delimiter])))'"))
                continue
            }
            let valueStart = PythonWhitespace.trim(bytes, in: (delimiter + 1)..<hi).lowerBound
            let key = String(decoding: bytes[lo..<keyEnd], as: UTF8.self)
            if seenOptions.contains([sectionName, key]) {
                errors.append(Diagnostic(offset: lo, message: "duplicate option '\(key)' in [\(sectionName)] (setuptools' ConfigParser rejects it)"))
            }
            seenOptions.insert([sectionName, key])
            if let done = current { options.append(done) }
            current = Option(section: sectionName, key: key, keyOffset: lo, lines: [valueStart..<hi])
        }
        if let done = current { options.append(done) }
    }

    /// configparser's `SECTCRE` (`\[(?P<header>.+)\]` matched at the start): the bytes between
    /// the opening `[` and the last `]` of the line, at least one of them.
    private static func sectionHeader(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int>? {
        guard bytes[line.lowerBound] == UInt8(ascii: "["),
              let close = bytes[line].lastIndex(of: UInt8(ascii: "]")),
              close >= line.lowerBound + 2 else { return nil }
        return (line.lowerBound + 1)..<close
    }
}
