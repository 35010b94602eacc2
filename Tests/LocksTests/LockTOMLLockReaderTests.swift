import Testing
import TestSupport
@testable import SourceText
@testable import Locks

@Suite struct LockTOMLLockReaderTests {
    private func read(_ text: String, _ format: TOMLLockReader.Format) -> (LockIndex, Diagnostic?, SourceFile) {
        let file = SourceFile(path: "the.lock", text: text)
        var index = LockIndex()
        let diagnostic = TOMLLockReader.read(file, format: format, into: &index)
        return (index, diagnostic, file)
    }

    @Test func readsPoetryPackagesWithNormalizedNames() {
        let (index, diagnostic, _) = read("""
            [[package]]
            name = "Foo_Bar"
            version = "1.2.3"
            optional = false

            [package.dependencies]
            six = ">=1.0"

            [[package]]
            name = "zope.interface"
            version = "6.0"

            [metadata]
            lock-version = "2.0"
            """, .poetry)
        #expect(diagnostic == nil)
        #expect(index.count == 2)
        #expect(index.lookup("foo-bar")?.version == "1.2.3")
        #expect(index.lookup("Zope_Interface")?.version == "6.0")
        #expect(index.lookup("six") == nil)
        #expect(index.lookup("foo-bar")?.source == "the.lock")
    }

    @Test func takesTheHighestVersionAcrossUVForks() {
        let (index, diagnostic, _) = read("""
            version = 1
            [[package]]
            name = "numpy"
            version = "2.2.6"
            source = { registry = "https://pypi.org/simple" }
            resolution-markers = ["python_full_version < '3.11'"]

            [[package]]
            name = "numpy"
            version = "2.10.0rc1"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "numpy"
            version = "2.4.1"
            source = { registry = "https://pypi.org/simple" }

            [[package]]
            name = "myproject"
            source = { virtual = "." }

            [[package]]
            name = "member"
            version = "0.3.0"
            source = { editable = "packages/member" }
            """, .uv)
        #expect(diagnostic == nil)
        #expect(index.lookup("numpy")?.version == "2.10.0rc1")  // PEP 440: 2.10.0rc1 > 2.4.1
        #expect(index.lookup("myproject") == nil)  // no version: nothing to pin
        #expect(index.lookup("member")?.version == "0.3.0")
    }

    @Test func readsPDMAndPylockArrays() {
        let (pdm, pdmDiagnostic, _) = read("[metadata]\ngroups = [\"default\"]\n[[package]]\nname = \"Pygments\"\nversion = \"2.20.0\"\n", .pdm)
        #expect(pdmDiagnostic == nil)
        #expect(pdm.lookup("pygments")?.version == "2.20.0")
        let (pylock, pylockDiagnostic, _) = read("""
            lock-version = "1.0"
            [[packages]]
            name = "build"
            version = "1.5.0"
            [[packages.wheels]]
            name = "build-1.5.0-py3-none-any.whl"
            [[packages]]
            name = "from-git"
            vcs = { type = "git", url = "https://example.com/x.git", commit-id = "abc" }
            """, .pylock)
        #expect(pylockDiagnostic == nil)
        #expect(pylock.count == 1)
        #expect(pylock.lookup("build")?.version == "1.5.0")
    }

    @Test func anEmptyLockPinsNothingWithoutDiagnostic() {
        #expect(read("package = []\n[metadata]\nlock-version = \"2.0\"\n", .poetry).1 == nil)
        #expect(read("version = 1\n", .uv).1 == nil)
    }

    @Test func reportsBrokenTOMLAtItsLineAndColumnAndAddsNothing() {
        let (index, diagnostic, file) = read("[[package]]\nname = \"a\"\nversion = \"1.0\"\n\n[[package]]\nname = \"b\nversion = \"2\"\n", .poetry)
        #expect(diagnostic != nil)
        #expect(SharedCorpus.location(diagnostic, in: file)?.hasPrefix("6:") == true)
        #expect(index.isEmpty)
    }

    @Test func reportsPackagesOfTheWrongShape() {
        let (_, notArray, file1) = read("package = \"x\"\n", .uv)
        #expect(SharedCorpus.location(notArray, in: file1) == "1:1")
        #expect(notArray?.message == "expected `[[package]]` tables")
        let (_, noName, file2) = read("[[package]]\nversion = \"1\"\n", .poetry)
        #expect(SharedCorpus.location(noName, in: file2) == "1:1")
        let (_, badVersion, file3) = read("[[packages]]\nname = \"a\"\nversion = 1\n", .pylock)
        #expect(SharedCorpus.location(badVersion, in: file3) == "3:1")
        let (_, wrongElement, _) = read("package = [1]\n", .pdm)
        #expect(wrongElement?.message == "expected `[[package]]` tables")
    }
}
