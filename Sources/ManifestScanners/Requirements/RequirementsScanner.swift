import SourceText
import PythonVersions

/// Reads a pip requirements file the way pip does and yields every named requirement.
///
/// Handles what pip accepts: comments (`#` at the start or after whitespace),
/// backslash continuations anywhere, option lines (`-r`, `-c`, `-e`, `-i`, `--pre`, ...),
/// per-requirement options (`--hash=...`), URL and path requirements, `name @ url`,
/// markers, extras and `${VAR}`. Only named requirements become dependencies; the
/// rest is left alone.
package enum RequirementsScanner: ManifestScanner {
    package static func scan(_ file: SourceFile) -> ScanResult {
        var result = ScanResult()
        let bytes = file.bytes
        LogicalLine.forEach(in: bytes, from: file.contentStart) { line in
            scanLine(line, bytes: bytes, into: &result)
        }
        return result
    }

    private static func scanLine(_ line: LogicalLine, bytes: [UInt8], into result: inout ScanResult) {
        let value = line.value
        let comment = line.commentOffset
        // pip's `strip()` and its option split use Python's Unicode whitespace (U+00A0, U+2003, ...).
        let space = { (i: Int) in RequirementText.isBlank(value[i]) ? 1 : PythonWhitespace.length(value, at: i, limit: comment) }
        var start = 0
        while start < comment, case let n = space(start), n > 0 { start += n }
        if start == comment { return }
        // An option line (`-r file`, `-e url`, `--index-url ...`): nothing to cap.
        if value[start] == UInt8(ascii: "-") { return }
        // The requirement ends where the first option token (` --hash=...`) begins.
        var end = start
        var i = start
        while i < comment {
            if space(i) > 0 {
                var j = i
                while j < comment, case let n = space(j), n > 0 { j += n }
                if j < comment, value[j] == UInt8(ascii: "-"), j + 1 < comment, isOptionStart(value[j + 1]) { break }
                i = j
                continue
            }
            i += 1
            end = i
        }
        let requirement = Array(value[start..<end])
        let name = RequirementText.leadingName(requirement[...]).name
        let offset = line.rawOffset(start)
        if isURLOrPath(requirement) {
            result.skips.append(Skip(offset: offset, name: nil, reason: "a URL or path requirement; not edited"))
            return
        }
        let pragma = comment < value.count && RequirementText.hasIgnorePragma(value[comment...])
        if requirement.contains(UInt8(ascii: "$")), containsEnvironmentVariable(requirement) {
            let variables = ConstraintBound.variableNames(requirement).joined(separator: ", ")
            let shown = String(decoding: requirement, as: UTF8.self)
            result.skips.append(Skip(offset: offset, name: name.isEmpty ? nil : name,
                                     reason: "\(shown) uses the environment variable \(variables); not edited",
                                     isUnbounded: !pragma && ConstraintBound.isUnbounded(requirementWithVariables: requirement)))
            return
        }
        result.dependencies.append(Dependency(
            name: name, offset: offset, constraint: .pep508(line.text(start..<end, in: bytes)), isIgnored: pragma))
    }

    /// Options that may follow a requirement start with a letter or a second dash (`-e`, `--hash`).
    private static func isOptionStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }


    /// pip reads a line as a URL or path (not as PEP 508) when it has a scheme,
    /// starts like a path, contains a path separator outside `name @ url`, or
    /// names an archive.
    static func isURLOrPath(_ requirement: [UInt8]) -> Bool {
        // Markers follow `;`; only the part before them decides.
        let head = requirement.prefix { $0 != UInt8(ascii: ";") }
        guard let first = head.first else { return false }
        if first == UInt8(ascii: ".") || first == UInt8(ascii: "/") || first == UInt8(ascii: "~") || first == UInt8(ascii: "\\") {
            return true
        }
        let hasAt = head.contains(UInt8(ascii: "@"))
        // A scheme: letters, digits, + . - then ':' (https:, git+ssh:, file:).
        var i = 0
        while i < head.count, isSchemeByte(head[head.startIndex + i]) { i += 1 }
        if i > 0, i < head.count, head[head.startIndex + i] == UInt8(ascii: ":") { return true }
        if !hasAt, head.contains(UInt8(ascii: "/")) { return true }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let archives = [".whl", ".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tlz", ".tar.lz", ".tar.lzma", ".tar"]
        return !hasAt && archives.contains { text.hasSuffix($0) }
    }

    private static func isSchemeByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == 0x2B || b == 0x2E || b == 0x2D
    }

    /// pip expands `${NAME}` (upper-case letters, digits, `_`) before parsing; ceiling cannot.
    private static func containsEnvironmentVariable(_ requirement: [UInt8]) -> Bool {
        var i = 0
        while i + 2 < requirement.count {
            if requirement[i] == UInt8(ascii: "$"), requirement[i + 1] == UInt8(ascii: "{") { return true }
            i += 1
        }
        return false
    }
}
