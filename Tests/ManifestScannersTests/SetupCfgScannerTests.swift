import Testing
@testable import SourceText
@testable import ManifestScanners

/// What a scan found, flattened for comparison: requirement texts, names and raw ranges.
struct FoundRequirement: Equatable, CustomStringConvertible {
    var name: String
    var text: String
    var raw: String
    var isIgnored: Bool
    var description: String { "\(name) \(text.debugDescription) raw=\(raw.debugDescription)\(isIgnored ? " ignored" : "")" }
}

func requirements(_ result: ScanResult, in bytes: [UInt8]) -> [FoundRequirement] {
    result.dependencies.compactMap { dependency in
        guard case .pep508(let text) = dependency.constraint else { return nil }
        return FoundRequirement(name: dependency.name, text: text.string,
                                raw: String(decoding: bytes[text.rawRange], as: UTF8.self), isIgnored: dependency.isIgnored)
    }
}

@Suite struct SetupCfgScannerTests {
    func scan(_ text: String) -> (ScanResult, [String]) {
        let file = SourceFile(path: "setup.cfg", text: text)
        let result = SetupCfgScanner.scan(file)
        return (result, requirements(result, in: file.bytes).map(\.text))
    }

    @Test func readsContinuedInstallRequiresOnePerLine() {
        let (result, found) = scan("[metadata]\nname = x\n\n[options]\ninstall_requires =\n    requests>=2.0\n    click>=7; python_version<\"3.8\"\n    Foo_Bar.baz[extra] ~= 1.0\n")
        #expect(result.errors.isEmpty)
        #expect(found == ["requests>=2.0", "click>=7; python_version<\"3.8\"", "Foo_Bar.baz[extra] ~= 1.0"])
        #expect(result.dependencies.map(\.name) == ["requests", "click", "Foo_Bar.baz"])
    }

    @Test func pointsDependencyOffsetsAtTheName() {
        let text = "[options]\ninstall_requires =\n    requests>=2.0\n"
        let (result, _) = scan(text)
        let offset = result.dependencies.first?.offset ?? -1
        #expect(Array(text.utf8)[offset...].starts(with: Array("requests".utf8)))
    }

    @Test func splitsSingleLineValueOnSemicolons() {
        let (_, found) = scan("[options]\ninstall_requires = a>=1; b>=2 ;c\nsetup_requires=setuptools_scm>=6\ntests_require: pytest; pytest-cov\n")
        #expect(found == ["a>=1", "b>=2", "c", "setuptools_scm>=6", "pytest", "pytest-cov"])
    }

    @Test func keepsValueOnKeyLineAsFirstOfContinuedList() {
        let (_, found) = scan("[options]\ninstall_requires = a>=1\n    b>=2; os_name == \"nt\"\n")
        #expect(found == ["a>=1", "b>=2; os_name == \"nt\""])
    }

    @Test func readsEveryExtrasKey() {
        let (result, found) = scan("[options.extras_require]\ntest =\n    pytest>=6\ndocs = sphinx>=4; furo\nall-things =\n\tblack\n")
        #expect(found == ["pytest>=6", "sphinx>=4", "furo", "black"])
        #expect(result.skips.isEmpty)
    }

    @Test func ignoresOtherSectionsAndKeys() {
        let (_, found) = scan("[metadata]\ninstall_requires = nope>=1\n[options]\npython_requires = >=3.8\npackages = find:\n[tool:pytest]\ntests_require = nope\n")
        #expect(found.isEmpty)
    }

    @Test func dropsFullLineCommentsAndKeepsBlankLinesInsideValue() {
        let (_, found) = scan("[options]\ninstall_requires =\n    a>=1\n    # a comment\n    ; another\n\n    b>=2\n# at column 0 too\n    c\n")
        #expect(found == ["a>=1", "b>=2", "c"])
    }

    @Test func treatsBlankTrailingLinesAsSingleLineValue() {
        // configparser rstrips "a; b\n\n" to "a; b": no newline left, so setuptools splits on ';'.
        let (_, found) = scan("[options]\ninstall_requires = a; b\n\n\n[x]\ny=1\n")
        #expect(found == ["a", "b"])
    }

    /// setuptools reads `['foo>=1', 'python_version<"3.8"']` and rejects the second: the file is broken.
    @Test func markerWrittenOnTheKeyLineIsAnErrorAtTheMarker() {
        let source = "[options]\ninstall_requires = foo>=1; python_version<\"3.8\"\n"
        let (result, found) = scan(source)
        #expect(found.isEmpty)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("splits") == true)
        #expect(result.errors.first.map { Array(source.utf8)[$0.offset] } == UInt8(ascii: "p"))
    }

    /// `%(io)s` pulls in requirements checked where they are written; `foo>=%(v)s` hides its version.
    @Test func interpolatedVersionIsUnboundedButAReferenceAloneIsNot() {
        let (result, _) = scan("[options.extras_require]\nall =\n    %(io)s\n    foo>=%(v)s\n")
        #expect(result.skips.map(\.isUnbounded) == [false, true])
    }

    @Test func invalidEntryOfASemicolonSplitLineIsAnError() {
        let (result, _) = scan("[options]\ninstall_requires = foo>=1; ===bad\n")
        #expect(result.errors.count == 1)
    }

    @Test func dropsInlineCommentAfterSpaceAsSetuptoolsDoes() {
        let (result, found) = scan("[options]\ninstall_requires =\n    foo>=1  # pinned for reasons\n    bar @ https://x.org/bar.zip#sha256=ab\n    baz>=2\t# after a tab\n[options.extras_require]\nt = a>=1 # c; b\n")
        #expect(found == ["foo>=1", "bar @ https://x.org/bar.zip#sha256=ab", "a>=1", "b"])
        #expect(result.skips.map(\.name) == ["baz"])
        #expect(result.skips.first?.reason.contains("tab") == true)
    }

    @Test func joinsBackslashContinuedEntriesAsSetuptoolsDoes() {
        let text = "[options]\ninstall_requires =\n    pytest-black >= 0.3.7; \\\n    # a comment line\n      python_implementation != \"PyPy\"\n    goo\\\n    dly\n    bar\n    last \\\n"
        let file = SourceFile(path: "setup.cfg", text: text)
        let result = SetupCfgScanner.scan(file)
        let found = requirements(result, in: file.bytes)
        #expect(found.map(\.text) == ["pytest-black >= 0.3.7;python_implementation != \"PyPy\"", "godly", "bar"])
        #expect(result.dependencies.first?.offset == Array(text.utf8).firstRange(of: Array("pytest".utf8))?.lowerBound)
        guard case .pep508(let joined)? = result.dependencies.first?.constraint else { return }
        // The specifier is verbatim on the first line; the join is not.
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[joined.rawRange(of: 13..<21)], as: UTF8.self) == ">= 0.3.7")
        #expect(joined.isVerbatim(13..<22))
        #expect(!joined.isVerbatim(21..<23))
        #expect(result.skips.map(\.reason).first?.contains("drops") == true)
    }

    @Test func marksPragmaLinesIgnored() {
        let text = "[options]\ninstall_requires =\n    foo>=1  # ceiling: ignore\n    bar  # renovate: ignore\n    baz  # PYUP: IGNORE\n    qux\n"
        let file = SourceFile(path: "setup.cfg", text: text)
        let found = requirements(SetupCfgScanner.scan(file), in: file.bytes)
        #expect(found.map(\.text) == ["foo>=1", "bar", "baz", "qux"])
        #expect(found.map(\.isIgnored) == [true, true, true, false])
    }

    @Test func skipsFileDirective() {
        let (result, found) = scan("[options]\ninstall_requires = file: requirements.txt\n[options.extras_require]\ndev = file: dev.txt\n")
        #expect(found.isEmpty)
        #expect(result.skips.count == 2)
        #expect(result.skips.allSatisfy { $0.reason.contains("file:") })
    }

    @Test func skipsInterpolatedValues() {
        let (result, found) = scan("[options]\ninstall_requires =\n    foo>=%(v)s\n    bar\n")
        #expect(found == ["bar"])
        #expect(result.skips.first?.reason.contains("%") == true)
    }

    @Test func dropsEntriesStartingWithHash() {
        let (result, found) = scan("[options]\ninstall_requires = #nothing\ntests_require = #pytest; nose\n")
        #expect(found == ["nose"])
        #expect(result.skips.isEmpty)
    }

    @Test func readsCRLFAndCRLineEnds() {
        for newline in ["\r\n", "\r"] {
            let text = ["[options]", "install_requires =", "    a>=1", "", "    b>=2", "tests_require = c; d"].joined(separator: newline) + newline
            let file = SourceFile(path: "setup.cfg", text: text)
            let found = requirements(SetupCfgScanner.scan(file), in: file.bytes)
            #expect(found.map(\.text) == ["a>=1", "b>=2", "c", "d"])
            #expect(found.map(\.raw) == ["a>=1", "b>=2", "c", "d"])
        }
    }

    @Test func readsColonDelimiterAndSkipsDashedKeys() {
        let (result, found) = scan("[options]\ninstall-requires:\n  a\n  b\ntests_require: c\n")
        #expect(found == ["c"])
        #expect(result.skips.map(\.reason) == ["install-requires is a dash-separated key setuptools deprecates; not edited"])
    }

    @Test func indentedSectionHeaderAfterOptionIsAContinuation() {
        let (result, found) = scan("[options]\ninstall_requires =\n    a\n    [b]\n")
        #expect(found == ["a"])
        #expect(result.skips.first?.reason.contains("not a PEP 508 requirement") == true)
    }

    @Test func reportsLinesBeforeAnySection() {
        let (result, _) = scan("install_requires = a\n[options]\n")
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("section header") == true)
    }

    @Test func reportsDuplicateOptionsAndSections() {
        #expect(scan("[options]\ninstall_requires = a\ninstall_requires = b\n").0.errors.count == 1)
        #expect(scan("[options]\n[options]\n").0.errors.first?.message.contains("duplicate section") == true)
    }

    @Test func reportsLineThatIsNotAnOption() {
        let (result, found) = scan("[options]\ninstall_requires = a\nnot an option\n")
        #expect(found.isEmpty)
        #expect(result.errors.first?.offset == 31)
    }

    @Test func skipsDependencyKeysInDefaultSection() {
        let (result, found) = scan("[DEFAULT]\ninstall_requires = a\n")
        #expect(found.isEmpty)
        #expect(result.skips.count == 1)
    }

    @Test func skipsByteOrderMarkAndReadsFileWithoutFinalNewline() {
        let file = SourceFile(path: "setup.cfg", bytes: [0xEF, 0xBB, 0xBF] + Array("[options]\ninstall_requires = a>=1".utf8))
        #expect(requirements(SetupCfgScanner.scan(file), in: file.bytes).map(\.text) == ["a>=1"])
    }

    @Test func handlesHugeAndHostileInputInLinearTime() {
        let text = "[options]\ninstall_requires =\n" + String(repeating: "    [[[;;;###%%%\\\\\r", count: 20_000)
        let (result, _) = scan(text)
        #expect(result.errors.isEmpty)
        #expect(scan(String(repeating: "[", count: 10_000)).0.errors.count == 1)
    }
}
