import SourceText

/// Finds every `.package(...)` dependency in a Package.swift (or Package@swift-X.Y.swift).
///
/// It does not parse Swift: it lexes the file (so strings, comments and `#if`
/// lines cannot fool it) and reads each `.package(` call's argument list. That
/// finds a dependency wherever it is written: in `Package(dependencies:)`, in an
/// array bound with `let`, under `#if`, or added by `+=` or `.append(...)`.
struct PackageSwiftScanner: ManifestScanner {
    let file: SourceFile
    let tokens: [SwiftToken]
    let partner: [Int]
    let comments: [Range<Int>]
    let constants: ManifestConstants
    /// The file's line starts, worked out once: every dependency looks up the end of its line.
    let lineStarts: [Int]
    var result = ScanResult()
    /// Requirements found, with whether each was written in function style (`.exact(...)`) or label style.
    var found: [(dependency: Dependency, functionStyle: Bool?)] = []

    static func scan(_ file: SourceFile) -> ScanResult {
        let lexed = SwiftLexer.tokenize(file)
        if !lexed.diagnostics.isEmpty { return ScanResult(errors: lexed.diagnostics) }
        var scanner = PackageSwiftScanner(file: file, tokens: lexed.tokens, partner: lexed.partner, comments: lexed.comments,
                                          constants: ManifestConstants(tokens: lexed.tokens, partner: lexed.partner, file: file),
                                          lineStarts: file.lineStarts)
        scanner.run()
        return scanner.result
    }

    private mutating func run() {
        var k = 0
        while k + 2 < tokens.count {
            if tokens[k].kind == .punctuation, text(k) == ".", tokens[k + 1].kind == .identifier, text(k + 1) == "package",
               text(k + 2) == "(", partner[k + 2] > k + 2 {
                readPackageCall(dot: k, open: k + 2, close: partner[k + 2])
            }
            if tokens[k].kind == .punctuation, text(k) == ".", tokens[k + 1].kind == .identifier, text(k + 1) == "Package",
               text(k + 2) == "(", partner[k + 2] > k + 2 {
                readLegacyPackageCall(dot: k, open: k + 2, close: partner[k + 2])
            }
            k += 1
        }
        applyStyle()
    }

    /// Old manifests (tools < 5.6) have no `exact:` label; newer ones may still prefer
    /// `.exact(...)`: new text follows whichever form the manifest uses more.
    private mutating func applyStyle() {
        let functionCount = found.filter { $0.functionStyle == true }.count
        let labelCount = found.filter { $0.functionStyle == false }.count
        let usesFunctionStyle = toolsVersion < (5, 6) || functionCount > labelCount
        // A new range is spaced like the manifest's first range, if it has one.
        let spacedRangeOperator = found.lazy.compactMap { entry -> Bool? in
            guard case .swiftPackage(let requirement) = entry.dependency.constraint else { return nil }
            switch requirement.kind {
            case .range(let a, _, let op), .closedRange(let a, _, let op): return a.range.upperBound < op.lowerBound
            default: return nil
            }
        }.first ?? false
        for entry in found {
            var dependency = entry.dependency
            if case .swiftPackage(var requirement) = dependency.constraint {
                // Registry dependencies came with tools 5.7, which has every label.
                requirement.style.usesFunctionStyle = usesFunctionStyle && requirement.url != nil
                requirement.style.spacedRangeOperator = spacedRangeOperator
                dependency.constraint = .swiftPackage(requirement)
            }
            result.dependencies.append(dependency)
        }
    }

    /// `// swift-tools-version:5.9` on the first line; (5, 0) when it cannot be read.
    var toolsVersion: (Int, Int) {
        let end = lineStarts.count > 1 ? lineStarts[1] : file.bytes.count
        let line = Array(file.bytes[file.contentStart..<end])
        let marker = Array("swift-tools-version".utf8)
        guard let at = line.indices.first(where: { line[$0...].starts(with: marker) }) else { return (5, 0) }
        let rest = String(decoding: line[(at + marker.count)...], as: UTF8.self)
        let numbers = rest.drop { $0 == ":" || $0 == " " }.prefix { $0.isNumber || $0 == "." }
            .split(separator: ".").compactMap { Int($0) }
        return (numbers.first ?? 5, numbers.count > 1 ? numbers[1] : 0)
    }

    func text(_ k: Int) -> String { file.text(tokens[k].range) }

    /// One argument of a call: its label (if any), where it starts, and its value's tokens.
    struct Argument {
        var label: String?
        var start: Int
        var value: Range<Int>
    }

    /// Splits the tokens between `open` and `close` at top-level commas; nested brackets are jumped over.
    func arguments(open: Int, close: Int) -> [Argument] {
        var out: [Argument] = []
        var start = open + 1
        var k = open + 1
        while k <= close {
            if k == close || (tokens[k].kind == .punctuation && text(k) == ",") {
                if start < k {
                    let isLabeled = start + 1 < k && text(start + 1) == ":" && tokens[start + 1].kind == .punctuation
                        && (tokens[start].kind == .identifier || tokens[start].kind == .keyword)
                    out.append(Argument(label: isLabeled ? text(start) : nil, start: start,
                                        value: (isLabeled ? start + 2 : start)..<k))
                }
                start = k + 1
                k += 1
                continue
            }
            k = partner[k] > k ? partner[k] + 1 : k + 1
        }
        return out
    }

    /// Reads one SwiftPM 3/4 `.Package(url: "...", majorVersion: 1)` call (any of its forms):
    /// a dependency bounded by nature, so a run counts it as bounded and `--check` passes it.
    private mutating func readLegacyPackageCall(dot: Int, open: Int, close: Int) {
        let args = arguments(open: open, close: close)
        guard let urlArg = args.first(where: { $0.label == "url" }), let url = stringValue(urlArg.value) else {
            result.skips.append(Skip(offset: tokens[dot].range.lowerBound, name: nil, reason: "SwiftPM 3/4 package with no literal url"))
            return
        }
        let offset = tokens[urlArg.value.lowerBound].range.lowerBound
        let rest = args.filter { $0.label != "url" }
        let range = rest.first.map { tokens[$0.start].range.lowerBound..<tokens[rest[rest.count - 1].value.upperBound - 1].range.upperBound }
            ?? offset..<offset
        let requirement = SwiftPackageRequirement(identity: SwiftPackageIdentity.identity(ofURL: url), url: url, kind: .legacy,
                                                  range: range, text: file.text(range))
        found.append((Dependency(name: requirement.identity, offset: offset, constraint: .swiftPackage(requirement)), nil))
    }

    /// Reads one `.package(...)` call: who it names and what it requires.
    private mutating func readPackageCall(dot: Int, open: Int, close: Int) {
        let args = arguments(open: open, close: close)
        func arg(_ label: String) -> Argument? { args.first { $0.label == label } }
        let place = tokens[dot].range.lowerBound
        // Every SwiftPM requirement has an upper bound but a branch, which floats: a branch
        // ceiling cannot read stays listed by --check.
        let floats = arg("branch") != nil || args.contains { $0.label == nil && text($0.value.lowerBound) == "." && $0.value.count > 1 && text($0.value.lowerBound + 1) == "branch" }
        if let path = arg("path"), arg("url") == nil {
            result.skips.append(Skip(offset: tokens[path.start].range.lowerBound, name: stringValue(path.value),
                                     reason: "local path dependency"))
            return
        }
        var identity: String
        var url: String?
        var offset = place
        if let urlArg = arg("url") {
            offset = tokens[urlArg.value.lowerBound].range.lowerBound
            guard let value = stringValue(urlArg.value) else {
                result.skips.append(Skip(offset: offset, name: nil, reason: "package URL is not a string literal", isUnbounded: floats))
                return
            }
            url = value
            identity = SwiftPackageIdentity.identity(ofURL: value)
        } else if let idArg = arg("id") {
            offset = tokens[idArg.value.lowerBound].range.lowerBound
            guard let value = stringValue(idArg.value) else {
                result.skips.append(Skip(offset: offset, name: nil, reason: "registry id is not a string literal", isUnbounded: floats))
                return
            }
            identity = value.lowercased()
        } else {
            result.skips.append(Skip(offset: place, name: nil, reason: "package dependency with no url, id or path"))
            return
        }
        let requirementArgs = args.filter { $0.label == nil || ["from", "exact", "branch", "revision"].contains($0.label ?? "") }
        guard requirementArgs.count == 1, let requirementArg = requirementArgs.first else {
            let reason = requirementArgs.isEmpty ? "package dependency with no version requirement" : "package dependency with more than one requirement"
            result.skips.append(Skip(offset: offset, name: identity, reason: reason))
            return
        }
        // The requirement's own label shows the spacing best; else the call's first label.
        let spaceAfterColon = (requirementArg.label != nil ? requirementArg : args.first { $0.label != nil }).map { tokens[$0.start + 1].range.upperBound < tokens[$0.value.lowerBound].range.lowerBound } ?? true
        switch readRequirement(requirementArg) {
        case .failure(let failure):
            result.skips.append(Skip(offset: offset, name: identity, reason: failure.reason, isUnbounded: floats))
        case .success(let (kind, functionStyle)):
            let range = tokens[requirementArg.start].range.lowerBound..<tokens[requirementArg.value.upperBound - 1].range.upperBound
            let requirement = SwiftPackageRequirement(identity: identity, url: url, kind: kind, range: range, text: file.text(range),
                                                      style: .init(spaceAfterColon: spaceAfterColon))
            let dependency = Dependency(name: identity, offset: offset, constraint: .swiftPackage(requirement),
                                        isIgnored: hasIgnorePragma(from: place, through: tokens[close].range.upperBound))
            found.append((dependency, functionStyle))
        }
    }

    /// Whether a `// ceiling: ignore` comment sits inside the call or on the rest of its last line.
    ///
    ///     .package(url: "https://github.com/a/b.git", from: "1.0.0"), // ceiling: ignore
    func hasIgnorePragma(from start: Int, through end: Int) -> Bool {
        // The end of `end`'s line is the next line's start, found by bisection (a one-line file may hold every call).
        let starts = lineStarts
        var first = 0
        var last = starts.count
        while first < last {
            let mid = (first + last) / 2
            if starts[mid] <= end { first = mid + 1 } else { last = mid }
        }
        let lineEnd = first < starts.count ? starts[first] : file.bytes.count
        let pragma = Array("ceiling: ignore".utf8)
        // Comments are in file order: find the first at or after `start` by bisection.
        var lo = 0
        var hi = comments.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if comments[mid].lowerBound < start { lo = mid + 1 } else { hi = mid }
        }
        for comment in comments[lo...] {
            guard comment.lowerBound < lineEnd else { break }
            let text = file.bytes[comment]
            if text.indices.contains(where: { text[$0...].starts(with: pragma) }) { return true }
        }
        return false
    }

    /// The value of an argument that is exactly one plain string literal.
    func stringValue(_ value: Range<Int>) -> String? {
        guard value.count == 1 else { return nil }
        return tokens[value.lowerBound].stringLiteral?.value
    }
}
