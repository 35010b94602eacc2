import SourceText
import PythonVersions

/// Finds the requirement lists of a setuptools setup.cfg: `[options]` `install_requires`,
/// `setup_requires` and `tests_require`, and every key of `[options.extras_require]`.
///
/// How setuptools (65.x, `config/setupcfg.py`) turns a value into requirements, copied here:
/// `_parse_list(value, separator=';')` splits the configparser value on newlines when it has
/// any (after configparser's `rstrip()`), else on `;`; every chunk is stripped and empty ones
/// dropped, and so are chunks starting with `#`.
///
///     install_requires = a>=1; b>=2        -> "a>=1", "b>=2"
///     install_requires =
///         foo>=1; python_version<"3.8"     -> one requirement with its marker
///
/// Inline comments: configparser keeps `foo>=1  # why` whole (no inline comment prefixes), but
/// setuptools then reads every requirement list through `_reqs.parse`, which applies jaraco.text's
/// `yield_lines` (drops entries starting with `#`), `drop_comment` (`line.partition(' #')[0]`:
/// a space, not a tab, before `#`) and `join_continuation` (a trailing `\` glues the next entry).
/// So `foo>=1  # why` is the requirement `foo>=1` (checked with setuptools 65.5), while a `#`
/// after a tab, or a trailing backslash, leaves text `packaging` rejects: those are skipped.
/// (`packaging.Requirement` alone rejects the comment, so a judge using only packaging disagrees.)
enum SetupCfgScanner: ManifestScanner {
    static let optionKeys: Set<String> = ["install_requires", "setup_requires", "tests_require"]

    static func scan(_ file: SourceFile) -> ScanResult {
        let reader = SetupCfgReader(file)
        if !reader.errors.isEmpty { return ScanResult(errors: reader.errors) }
        var result = ScanResult()
        for option in reader.options {
            let key = option.key
            let isDependencyKey: Bool
            switch option.section {
            case "options" where optionKeys.contains(key.replacingDashes()) && key.contains("-"):
                // setuptools 65 reads `install-requires` as `install_requires` with a deprecation
                // warning; setuptools 78.0 made it an error and other readers ignore it: left alone.
                result.skips.append(Skip(offset: option.keyOffset, name: nil,
                                         reason: "\(key) is a dash-separated key setuptools deprecates; not edited", isWarning: true))
                continue
            case "options": isDependencyKey = optionKeys.contains(key)
            case "options.extras_require": isDependencyKey = true
            case "DEFAULT":
                if optionKeys.contains(key) {
                    result.skips.append(Skip(offset: option.keyOffset, name: nil,
                                             reason: "\(option.key) in [DEFAULT] applies to every section; not edited", isWarning: true))
                }
                continue
            default: isDependencyKey = false
            }
            if isDependencyKey { scanRequirements(option, key: key, bytes: file.bytes, into: &result) }
        }
        return result
    }

    /// Splits one option's value the way `_parse_list_semicolon` does and reads each chunk.
    private static func scanRequirements(_ option: SetupCfgReader.Option, key: String, bytes: [UInt8], into result: inout ScanResult) {
        let label = option.section == "options" ? key : "extras_require[\(option.key)]"
        let first = option.lines.first.flatMap { $0 } ?? option.keyOffset..<option.keyOffset
        // `value.startswith('file:')` on the joined value: only the key line's text counts.
        if bytes[first].starts(with: Array("file:".utf8)) {
            result.skips.append(Skip(offset: first.lowerBound, name: nil, reason: "\(label) reads a file: directive; not edited"))
            return
        }
        let lastNonEmpty = option.lines.lastIndex { $0.map { !$0.isEmpty } ?? false } ?? 0
        var chunks: [Range<Int>] = []
        if lastNonEmpty >= 1 {
            chunks = option.lines.compactMap { $0 }.filter { !$0.isEmpty }
        } else {
            var start = first.lowerBound
            for i in first where bytes[i] == UInt8(ascii: ";") {
                chunks.append(stripped(start..<i, bytes))
                start = i + 1
            }
            chunks.append(stripped(start..<first.upperBound, bytes))
            chunks.removeAll { $0.isEmpty }
            // `foo; python_version<"3.8"` on one line is two entries to setuptools, and the second is
            // no requirement: setuptools refuses the file, so ceiling reports it as broken.
            //     hdfs = pyarrow>=2.0.0; python_version < "3.10"   ->  ['pyarrow>=2.0.0', 'python_version < "3.10"']
            if chunks.count > 1 {
                for chunk in chunks where bytes[chunk.lowerBound] != UInt8(ascii: "#") {
                    let entry = chunk.lowerBound..<commentStart(chunk, bytes)
                    if case .failure = PEP508Requirement.parse(Array(bytes[stripped(entry, bytes)])) {
                        let shown = String(decoding: bytes[stripped(entry, bytes)], as: UTF8.self)
                        let isMarker = startsWithMarkerVariable(bytes[chunk])
                        let what = isMarker ? "a marker alone, not a PEP 508 requirement" : "not a PEP 508 requirement"
                        let fix = isMarker ? "write each requirement with its marker on a line of its own" : "write one requirement per line"
                        result.errors.append(Diagnostic(offset: chunk.lowerBound, message:
                            "setuptools splits the one-line \(label) on ';', and '\(shown)' is \(what); \(fix)"))
                    }
                }
                if !result.errors.isEmpty { return }
            }
        }
        var i = 0
        while i < chunks.count {
            // `yield_lines` drops entries that start with `#`.
            if bytes[chunks[i].lowerBound] == UInt8(ascii: "#") {
                i += 1
                continue
            }
            // `join_continuation`: an entry ending in `\` loses its last two bytes and the next
            // entry is glued on, so the requirement is made of several raw pieces.
            //     pytest-black >= 0.3.7; \        ->  pytest-black >= 0.3.7;python_implementation != "PyPy"
            //         python_implementation != "PyPy"
            let first = chunks[i]
            var pieces: [Range<Int>] = []
            var isIgnored = false
            var isComplete = false
            while i < chunks.count {
                let chunk = chunks[i]
                i += 1
                let cut = commentStart(chunk, bytes)
                isIgnored = isIgnored || (cut < chunk.upperBound && RequirementText.hasIgnorePragma(bytes[cut..<chunk.upperBound]))
                if cut > chunk.lowerBound, bytes[cut - 1] == UInt8(ascii: "\\") {
                    pieces.append(chunk.lowerBound..<max(chunk.lowerBound, cut - 2))
                    continue
                }
                pieces.append(chunk.lowerBound..<cut)
                isComplete = true
                break
            }
            guard isComplete else {
                result.skips.append(Skip(offset: first.lowerBound, name: nil,
                                         reason: "a backslash continuation at the end of \(label), which setuptools drops; not edited",
                                         isUnbounded: !isIgnored))
                continue
            }
            scanEntry(pieces, isIgnored: isIgnored, label: label, bytes: bytes, into: &result)
        }
    }

    /// jaraco.text's `drop_comment` (`line.partition(' #')[0]`): where a space-then-`#` starts.
    private static func commentStart(_ chunk: Range<Int>, _ bytes: [UInt8]) -> Int {
        var i = chunk.lowerBound
        while i + 1 < chunk.upperBound {
            if bytes[i] == 0x20, bytes[i + 1] == UInt8(ascii: "#") { return i }
            i += 1
        }
        return chunk.upperBound
    }

    /// The decoded requirement of raw `pieces` (each stripped at the joins, as setuptools does).
    private static func joinedText(_ pieces: [Range<Int>], _ bytes: [UInt8]) -> ScannedText {
        if pieces.count == 1, let only = pieces.first { return ScannedText(verbatim: stripped(only, bytes), in: bytes) }
        var value: [UInt8] = []
        var starts: [Int] = []
        for piece in pieces {
            // `item[:-2].strip() + next`: the text so far loses its trailing blanks at each join.
            while case let n = PythonWhitespace.lengthEnding(value, at: value.count, lowerBound: 0), n > 0 {
                value.removeLast(n)
                starts.removeLast(n)
            }
            for k in stripped(piece, bytes) {
                value.append(bytes[k])
                starts.append(k)
            }
        }
        let lower = starts.first ?? pieces[0].lowerBound
        let upper = (starts.last ?? lower - 1) + 1
        return ScannedText(value: value, rawRange: lower..<upper, rawStarts: starts, rawEnds: starts.map { $0 + 1 })
    }

    /// One requirement: yields a Dependency unless setuptools could not read it either.
    private static func scanEntry(_ pieces: [Range<Int>], isIgnored: Bool, label: String, bytes: [UInt8],
                                  into result: inout ScanResult) {
        let text = joinedText(pieces, bytes)
        let offset = text.rawRange.lowerBound
        let (name, _) = RequirementText.leadingName(text.value[...])
        if text.value.contains(UInt8(ascii: "%")) {
            // `%(io)s` alone pulls in another option's requirements, checked where they are
            // written; `foo>=%(v)s` hides a version, so ceiling cannot show it bounded.
            let isReferenceOnly = withoutInterpolations(text.value).allSatisfy(RequirementText.isBlank)
            result.skips.append(Skip(offset: offset, name: name.isEmpty ? nil : name,
                                     reason: "contains '%', which setuptools' ConfigParser interpolates; not edited",
                                     isUnbounded: !isIgnored && !isReferenceOnly && ConstraintBound.isUnbounded(requirement: text.value)))
            return
        }
        if name.isEmpty {
            result.skips.append(Skip(offset: offset, name: nil, reason: "not a PEP 508 requirement in \(label); not edited", isWarning: true))
            return
        }
        // Only `drop_comment`'s space-`#` is stripped; a tab-`#` stays and packaging rejects it.
        if let hash = text.value.indices.dropFirst().first(where: { text.value[$0] == UInt8(ascii: "#")
            && (RequirementText.isBlank(text.value[$0 - 1]) || PythonWhitespace.lengthEnding(text.value, at: $0, lowerBound: 0) > 0) }) {
            result.skips.append(Skip(offset: offset, name: name,
                                     reason: "\(name): a comment after a tab in \(label), which setuptools does not strip; not edited",
                                     isUnbounded: !isIgnored && ConstraintBound.isUnbounded(requirement: Array(text.value[..<hash]))))
            return
        }
        result.dependencies.append(Dependency(name: name, offset: offset, constraint: .pep508(text), isIgnored: isIgnored))
    }

    /// `value` without its `%(name)s` interpolations.
    private static func withoutInterpolations(_ value: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < value.count {
            if value[i] == UInt8(ascii: "%"), i + 1 < value.count, value[i + 1] == UInt8(ascii: "("),
               let close = value[i...].firstIndex(of: UInt8(ascii: ")")), close + 1 < value.count, value[close + 1] == UInt8(ascii: "s") {
                i = close + 2
                continue
            }
            out.append(value[i])
            i += 1
        }
        return out
    }

    /// `range` without whitespace at either end, as Python's `str.strip()` (Unicode spaces too).
    private static func stripped(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        PythonWhitespace.trim(bytes, in: range)
    }

    /// Whether a chunk begins with a PEP 508 marker variable followed by an operator or a blank.
    private static func startsWithMarkerVariable(_ chunk: ArraySlice<UInt8>) -> Bool {
        let (name, start) = RequirementText.leadingName(chunk)
        guard SetupRequirementText.markerVariables.contains(name) else { return false }
        let after = start + name.utf8.count
        guard after < chunk.endIndex else { return false }
        let b = chunk[after]
        return RequirementText.isBlank(b) || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
            || b == UInt8(ascii: "=") || b == UInt8(ascii: "!") || b == UInt8(ascii: "~")
    }
}

private extension String {
    /// `install-requires` -> `install_requires`.
    func replacingDashes() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}
