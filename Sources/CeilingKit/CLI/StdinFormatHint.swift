import ManifestScanners

/// What to tell a user whose `-` input failed as a requirements file (the default for stdin)
/// while it looks like another manifest: `ceiling - < pyproject.toml` otherwise ends in one
/// parse error per line and no word of `--format`.
///
///     [project]                      ->  starts with a [table] header
///     from setuptools import setup   ->  looks like Python
///     // swift-tools-version:5.9     ->  looks like a Package.swift
enum StdinFormatHint {
    /// The hint line (without the newline), or nil when the input looks like requirements.
    static func line(for bytes: [UInt8]) -> String? {
        guard let first = firstLine(bytes) else { return nil }
        let what: String
        if first.hasPrefix("[") {
            what = "it starts with a [table] header: give --format pyproject, pipfile or setup.cfg"
        } else if first.hasPrefix("// swift-tools-version") {
            what = "it looks like a Package.swift: give --format package.swift"
        } else if first.hasPrefix("import ") || first.hasPrefix("from ") || first.hasPrefix("#!") || first.hasPrefix("\"\"\"") {
            what = "it looks like Python: give --format setup.py"
        } else {
            return nil
        }
        return "<stdin>: note: - is read as a requirements file unless told otherwise; \(what), or --stdin-filename with the file's name"
    }

    /// The first line that is neither blank nor a `#` comment (a shebang counts), without its
    /// leading and trailing blanks.
    private static func firstLine(_ bytes: [UInt8]) -> String? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for line in bytes[start...].split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            let text = line.drop(while: RequirementText.isBlank).reversed().drop(while: RequirementText.isBlank).reversed()
            if text.isEmpty || (text.first == UInt8(ascii: "#") && !text.starts(with: Array("#!".utf8))) { continue }
            return String(decoding: text, as: UTF8.self)
        }
        return nil
    }
}
