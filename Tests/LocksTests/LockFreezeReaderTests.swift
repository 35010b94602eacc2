import Testing
import TestSupport
@testable import SourceText
@testable import Locks

@Suite struct LockFreezeReaderTests {
    private func read(_ text: String) -> (LockIndex, Diagnostic?, SourceFile) {
        let file = SourceFile(path: "requirements.lock", text: text)
        var index = LockIndex()
        let diagnostic = FreezeLockReader.read(file, into: &index, isHigher: SharedCorpus.naiveIsHigher)
        return (index, diagnostic, file)
    }

    @Test func readsPinsExtrasMarkersAndHashesOnContinuationLines() {
        let (index, diagnostic, _) = read("""
            # pip-compile output
            Foo_Bar[socks,http]==1.2.3 \\
                --hash=sha256:aaaa \\
                --hash=sha256:bbbb
                # via -r requirements.in
            click===8.1.7 ; python_version >= "3.8"
            six == 1.16.0    # trailing comment
            colorama==0.4.6; platform_system == "Windows"
            zope.interface==6.0 --hash=sha256:cccc
            """)
        #expect(diagnostic == nil)
        #expect(index.count == 5)
        #expect(index.lookup("foo-bar")?.version == "1.2.3")
        #expect(index.lookup("FOO.BAR")?.version == "1.2.3")
        #expect(index.lookup("click")?.version == "8.1.7")
        #expect(index.lookup("six")?.version == "1.16.0")
        #expect(index.lookup("colorama")?.version == "0.4.6")
        #expect(index.lookup("zope-interface")?.version == "6.0")
        #expect(index.lookup("six")?.source == "requirements.lock")
    }

    @Test func ignoresOptionsURLsPathsAndDirectReferences() {
        let (index, diagnostic, _) = read("""
            -e .
            -e git+https://github.com/a/b.git#egg=b
            -r other.txt
            --index-url https://pypi.org/simple
            -i https://pypi.python.org/simple
            https://example.com/pkg-1.0.tar.gz
            git+https://github.com/a/c.git
            ./local/pkg
            pkg-1.0-py3-none-any.whl
            mylib @ https://example.com/mylib-2.0.tar.gz
            requests==2.31.0\r
            """)
        #expect(diagnostic == nil)
        #expect(index.count == 1)
        #expect(index.lookup("requests")?.version == "2.31.0")
    }

    @Test func skipsRequirementsThatAreNotSinglePins() {
        let (index, diagnostic, _) = read("""
            flask>=2.0
            django
            numpy==1.*
            attrs==23.1,!=23.1.1
            idna~=3.4
            pytz==2024.1
            """)
        #expect(diagnostic == nil)
        #expect(index.count == 1)
        #expect(index.lookup("pytz")?.version == "2024.1")
    }

    @Test func keepsTheHighestOfRepeatedPins() {
        let (index, _, _) = read("a==1.9\nA==1.10\na==1.2\n")
        #expect(index.lookup("a")?.version == "1.10")
    }

    @Test func reportsMissingVersionAtItsLineAndColumnAndAddsNothing() {
        let (index, diagnostic, file) = read("six==1.0\nrequests== \n")
        #expect(SharedCorpus.location(diagnostic, in: file) == "2:11")
        #expect(diagnostic?.message.contains("expected a version") == true)
        #expect(index.isEmpty)
    }

    @Test func reportsGarbageLineAcrossAContinuation() {
        let (_, diagnostic, file) = read("six==1.0 \\\n  ?? \nok==1\n")
        // The joined line is `six==1.0   ?? `: the `??` sits on line 2, column 3.
        #expect(SharedCorpus.location(diagnostic, in: file) == "2:3")
        let (_, other, otherFile) = read("{{ cookiecutter.pin }}\n")
        #expect(SharedCorpus.location(other, in: otherFile) == "1:1")
    }

    @Test func leavesExistingIndexUntouchedWhenTheLockFails() {
        var index = LockIndex()
        index.add(name: "keep", entry: .init(version: "1", source: "x"), isHigher: SharedCorpus.naiveIsHigher)
        let file = SourceFile(path: "r.txt", text: "a==1\nb==\n")
        #expect(FreezeLockReader.read(file, into: &index, isHigher: SharedCorpus.naiveIsHigher) != nil)
        #expect(index.count == 1)
    }

    @Test func recognizesFullyPinnedRequirementsFilesOnly() {
        func pinned(_ text: String) -> Bool {
            FreezeLockReader.isPinnedRequirementsFile(SourceFile(path: "requirements.txt", text: text))
        }
        #expect(pinned("-e .\n# c\na==1\nb[x]===2 ; python_version<'3'\n"))
        #expect(!pinned("a==1\nb>=2\n"))
        #expect(!pinned("-r base.txt\n# nothing pinned here\n"))
        #expect(!pinned(""))
        #expect(!pinned("a==1\nb==\n"))
        #expect(pinned("\u{FEFF}a==1\r\nb==2\r\n"))
    }
}
