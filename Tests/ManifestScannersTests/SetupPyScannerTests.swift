import Testing
@testable import SourceText
@testable import ManifestScanners

@Suite struct SetupPyScannerTests {
    func scan(_ text: String) -> (ScanResult, [FoundRequirement]) {
        let file = SourceFile(path: "setup.py", text: text)
        let result = SetupPyScanner.scan(file)
        return (result, requirements(result, in: file.bytes))
    }

    func texts(_ text: String) -> [String] { scan(text).1.map(\.text) }

    func reasons(_ text: String) -> [String] { scan(text).0.skips.map(\.reason) }

    @Test func readsListsAndTuplesOfEveryKey() {
        let found = texts("""
        from setuptools import setup
        setup(
            name="x",
            install_requires=["Werkzeug>=0.15", 'Jinja2>=2.10.1',],
            setup_requires=("setuptools_scm>=6",),
            tests_require=("pytest",
                           "mock"),
            extras_require={"dev": ["black"], 'async': ("asgiref>=3.2",)},
        )
        """)
        #expect(found == ["Werkzeug>=0.15", "Jinja2>=2.10.1", "setuptools_scm>=6", "pytest", "mock", "black", "asgiref>=3.2"])
    }

    @Test func namesAndOffsetsPointAtTheRequirementName() {
        let source = "setup(install_requires=['  Foo_Bar.baz[x]>=1; python_version<\"3.8\"'])\n"
        let (result, found) = scan(source)
        #expect(result.dependencies.map(\.name) == ["Foo_Bar.baz"])
        #expect(found.map(\.raw) == ["  Foo_Bar.baz[x]>=1; python_version<\"3.8\""])
        let offset = result.dependencies.first?.offset ?? 0
        #expect(Array(source.utf8)[offset...].starts(with: Array("Foo_Bar".utf8)))
    }

    @Test func findsQualifiedAndDistutilsSetupButNotDefinitions() {
        #expect(texts("import setuptools\nsetuptools.setup(install_requires=['a'])\n") == ["a"])
        #expect(texts("from distutils.core import setup\nsetup(install_requires=['b'])\n") == ["b"])
        #expect(texts("def setup(install_requires=['c']):\n    pass\n").isEmpty)
        #expect(texts("if __name__ == '__main__':\n    setup(install_requires=['d'])\n") == ["d"])
    }

    @Test func decodesEveryStringForm() {
        let source = #"""
        setup(install_requires=[
            "a>=1", 'b>=1', '''c>=1''', """d>=1""", r"e>=1", R'f>=1', u"g>=1", U'h>=1',
            "i\x3e=1", "j\u003e=1", "k\U0000003e=1", "l\N{GREATER-THAN SIGN}=1", "m\076=1", "n\
        >=1", "o\t", 'p\'q', "r\\d", "s\d",
        ])
        """#
        let found = scan(source).1
        #expect(found.map(\.text) == ["a>=1", "b>=1", "c>=1", "d>=1", "e>=1", "f>=1", "g>=1", "h>=1",
                                      "i>=1", "j>=1", "k>=1", "l>=1", "m>=1", "n>=1", "o\t", "p'q", "r\\d", "s\\d"])
        #expect(found.map(\.raw) == ["a>=1", "b>=1", "c>=1", "d>=1", "e>=1", "f>=1", "g>=1", "h>=1",
                                     "i\\x3e=1", "j\\u003e=1", "k\\U0000003e=1", "l\\N{GREATER-THAN SIGN}=1", "m\\076=1",
                                     "n\\\n>=1", "o\\t", "p\\'q", "r\\\\d", "s\\d"])
    }

    @Test func mapsEachDecodedByteToItsRawRange() {
        let source = #"setup(install_requires=["i\x3e=1\N{DIGIT ZERO}"])"#
        let (result, _) = scan(source)
        guard case .pep508(let text)? = result.dependencies.first?.constraint else {
            Issue.record("no dependency")
            return
        }
        let bytes = Array(source.utf8)
        #expect(text.string == "i>=10")
        #expect(String(decoding: bytes[text.rawRange(of: 1..<2)], as: UTF8.self) == "\\x3e")
        #expect(String(decoding: bytes[text.rawRange(of: 2..<4)], as: UTF8.self) == "=1")
        #expect(String(decoding: bytes[text.rawRange(of: 4..<5)], as: UTF8.self) == "\\N{DIGIT ZERO}")
        #expect(text.isVerbatim(2..<4))
        #expect(!text.isVerbatim(1..<3))
        #expect(text.rawInsertionPoint(at: 5) == bytes.count - 3)
    }

    @Test func decodesNonASCIIEscapesToUTF8() {
        let found = scan(#"setup(install_requires=["caf\u00e9>=1", "\N{latin small letter a}"])"#).1
        #expect(found.map(\.text) == ["café>=1", "a"])
    }

    @Test func followsNameBoundOnceToALiteral() {
        let found = texts("""
        install_requires = ["click>=7"]
        REQUIRES = ("jinja2",)
        EXTRAS = {"dev": DEV, "docs": "sphinx"}
        DEV = ["pytest"]
        setup(install_requires=install_requires, setup_requires=REQUIRES, extras_require=EXTRAS)
        """)
        #expect(found == ["click>=7", "jinja2", "pytest", "sphinx"])
    }

    @Test func followsNamesBoundTwiceOrChangedAndWarnsOfUnknownOnes() {
        let source = """
        A = ["a"]
        A = ["a2"]
        B = ["b"]
        B += ["c"]
        C = ["c"]
        C.append("d")
        if x:
            D = ["d"]
        setup(install_requires=A, setup_requires=B, tests_require=C, extras_require={"x": D, "y": E})
        """
        #expect(texts(source).sorted() == ["a", "a2", "b", "c", "c", "d", "d"])
        #expect(reasons(source) == ["extras_require[\"y\"] is E, a name this file does not bind at module level; not followed"])
        #expect(scan(source).0.skips.allSatisfy { $0.isWarning && !$0.isUnbounded })
    }

    @Test func warnsOfComputedValuesWithTheirOffset() {
        let source = """
        setup(
            install_requires=open("requirements.txt").read().splitlines(),
            setup_requires=[r for r in reqs],
            tests_require=["a"] + ["b"],
            extras_require=make_extras(dev=["x"]),
        )
        """
        let (result, found) = scan(source)
        #expect(found.map(\.text) == ["a", "b"])
        #expect(result.skips.map(\.reason) == [
            "install_requires is computed (a call); not followed",
            "setup_requires is computed (a comprehension); not followed",
            "extras_require is computed (a call); not followed",
        ])
        let bytes = Array(source.utf8)
        #expect(result.skips.map { String(decoding: bytes[$0.offset..<($0.offset + 4)], as: UTF8.self) } == ["open", "[r f", "make"])
    }

    @Test func skipsEntriesThatAreNotPlainStrings() {
        let (result, found) = scan("""
        setup(install_requires=["ok", "a" "b", f"c>={v}", b"d", get(), *more, NAME, "", "x\\ny", "~bad", "\\xZZ"])
        """)
        #expect(found.map(\.text) == ["ok"])
        #expect(result.skips.map(\.reason) == [
            "an entry of install_requires is 2 adjacent strings with no comma between them, which Python joins into 'ab'; is a comma missing? not edited",
            "an entry of install_requires is an f-string; not edited",
            "an entry of install_requires is a bytes literal; not edited",
            "an entry of install_requires is computed (a call); not followed",
            "install_requires is more, a name this file does not bind at module level; not followed",
            "an entry of install_requires is NAME, not a name bound to a string; not followed",
            "an entry of install_requires is empty; not edited",
            "an entry of install_requires spans several lines; not edited",
            "an entry of install_requires is not a PEP 508 requirement; not edited",
            "an entry of install_requires has a truncated \\x escape; not edited",
        ])
    }

    @Test func readsExtrasDictsWithStringValuesAndSkipsUnpacking() {
        let (result, found) = scan("setup(extras_require={'a': 'one>=1', \"b\": ['two'], **other, 'c': [x for x in y]})")
        #expect(found.map(\.text) == ["one>=1", "two"])
        #expect(result.skips.map(\.reason) == [
            "extras_require is other, a name this file does not bind at module level; not followed",
            "extras_require[\"c\"] is computed (a comprehension); not followed",
        ])
    }

    @Test func readsDictCallsAndArgumentsUnpackedIntoSetup() {
        let (result, found) = scan("""
        ARGS = dict(install_requires=["a>=1"], extras_require=dict(dev=["b>=2"], **more, doc="c>=3"), name="x")
        META = {"tests_require": ("d>=4",), "version": "1.0"}
        setup(**ARGS, **META, **{"setup_requires": ["e>=5"]}, **dict(extras_require={"x": ["f>=6"]}))
        setup(**computed(), **unknown)
        """)
        #expect(found.map(\.text) == ["a>=1", "b>=2", "c>=3", "d>=4", "e>=5", "f>=6"])
        #expect(result.skips.map(\.reason) == [
            "extras_require is more, a name this file does not bind at module level; not followed",
            "a dict unpacked into setup() is computed (a call); not followed",
            "a dict unpacked into setup() is unknown, a name this file does not bind at module level; not followed",
        ])
    }

    /// `dict` bound in the file is not the builtin: its call is computed.
    @Test func aShadowedDictIsNotRead() {
        #expect(reasons("dict = OrderedDict\nsetup(extras_require=dict(dev=['x']))") == ["extras_require is computed (a call); not followed"])
    }

    @Test func skipsSingleStringOrDictWhereAListIsExpected() {
        #expect(reasons("setup(install_requires='a>=1')") == ["install_requires is a single string, not a list; not edited"])
        #expect(scan("setup(install_requires='a>=1')").0.skips.first?.isUnbounded == true)
        #expect(reasons("setup(install_requires={'a': ['b']})") == ["install_requires is a dict, not a list; not followed"])
    }

    @Test func unwrapsParenthesesButKeepsTuples() {
        #expect(texts("setup(install_requires=(['a']), tests_require=('b',), setup_requires=[('c')])") == ["a", "b", "c"])
    }

    @Test func ignoresCommentsAndStringsThatLookLikeCode() {
        let found = texts("""
        # setup(install_requires=["no"])
        x = "setup(install_requires=['no'])"
        setup(  # a comment ( with brackets [
            install_requires=[  # ]]
                "yes",  # ceiling: ignore
                "also",
            ],
        )
        """)
        #expect(found == ["yes", "also"])
        #expect(scan("setup(install_requires=[\n  'yes',  # ceiling: ignore\n  'also'  # renovate: ignore\n, 'no'])\n").1.map(\.isIgnored) == [true, true, false])
    }

    /// Python 3.12 (PEP 701): strings nest inside f-string fields, the same quote included.
    @Test func fStringsEndWherePython312EndsThem() {
        let source = #"""
        NAME = f"{meta["name"]}-{'"'}"
        DOC = f'{"\n".join(lines)}' + f"{x:{"w"}>{10}}" + f"{{not a field}}" + rf"\{y!r:'>5}"
        NESTED = f"{f"{f'{a["b"]}'}"}" + t"{x}" + f"""{
            x  # a comment in a field
        }"""
        setup(install_requires=["a>=1", f"b>={v["min"]}", "c>=2"])
        """#
        let (result, found) = scan(source)
        #expect(result.errors.isEmpty)
        #expect(found.map(\.text) == ["a>=1", "c>=2"])
        #expect(result.skips.map(\.reason) == ["an entry of install_requires is an f-string; not edited"])
        // Each of these is exactly one string token.
        let tokens = PythonTokenizer(SourceFile(path: "setup.py", text: source)).tokens
        let strings = tokens.filter(\.isString).map { String(decoding: Array(source.utf8)[$0.range], as: UTF8.self) }
        #expect(strings.first == #"f"{meta["name"]}-{'"'}""#)
        #expect(strings.contains(#"f"{f"{f'{a["b"]}'}"}""#))
        #expect(strings.contains(#"f"{x:{"w"}>{10}}""#))
        #expect(strings.contains(#"rf"\{y!r:'>5}""#))
        // `if` before a quote is a keyword, not a prefix: `"{"` inside is a plain string.
        let keyword = PythonTokenizer(SourceFile(path: "setup.py", text: #"x = f"{a if"{" else b}""#)).tokens
        #expect(keyword.filter(\.isString).count == 1)
    }

    @Test func anUnterminatedFStringIsAnError() {
        for source in [#"x = f"{a["b"]""#, "x = f\"{a\n", "x = f\"{'a}\"\n"] {
            #expect(!scan(source).0.errors.isEmpty, "\(source)")
        }
    }

    @Test func readsBackslashContinuationsAndCRLF() {
        #expect(texts("setup(install_requires=\\\r\n    ['a'],\r\n    tests_require=['b'])\r\n") == ["a", "b"])
        #expect(texts("setup(install_requires=\\\r    ['a'])\r") == ["a"])
    }

    @Test func normalizesLineBreaksInsideTripleQuotedStrings() {
        let (result, _) = scan("setup(install_requires=['''a\r\nb'''])")
        #expect(result.skips.first?.reason.contains("several lines") == true)
    }

    @Test func reportsUnterminatedStringsAndUnbalancedBrackets() {
        #expect(scan("setup(install_requires=['a])\n").0.errors.first?.message.contains("unterminated") == true)
        #expect(scan("setup(install_requires=['a')\n").0.errors.first?.message.contains("unmatched ')'") == true)
        #expect(scan("setup(install_requires=['a'\n").0.errors.first?.message.contains("never closed") == true)
        #expect(scan("x = '''abc").0.errors.first?.offset == 4)
    }

    @Test func survivesTenThousandNestedBrackets() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let (result, _) = scan("setup(install_requires=\(deep))\n")
        #expect(result.errors.isEmpty)
        #expect(scan("setup(install_requires=\(String(repeating: "(", count: 10_000)))").0.errors.count == 1)
        let nestedParens = String(repeating: "(", count: 10_000) + "['a']" + String(repeating: ")", count: 10_000)
        #expect(texts("setup(install_requires=\(nestedParens))") == ["a"])
    }

    @Test func scansLargeFilesInLinearTime() {
        let line = "x = ['a', \"b\", 1.5e-3, f'{y}']  # comment\n"
        let source = String(repeating: line, count: 20_000) + "setup(install_requires=[" + String(repeating: "'a',", count: 20_000) + "])\n"
        // Its speed is measured by Scripts/large-inputs, not asserted here (the guide: no timed tests).
        #expect(scan(source).1.count == 20_000)
    }
}
