import Testing
import TestSupport
@testable import SourceText
@testable import Locks

@Suite struct LockPipfileLockReaderTests {
    private func read(_ text: String) -> (LockIndex, Diagnostic?, SourceFile) {
        let file = SourceFile(path: "Pipfile.lock", text: text)
        var index = LockIndex()
        let diagnostic = PipfileLockReader.read(file, into: &index, isHigher: SharedCorpus.naiveIsHigher)
        return (index, diagnostic, file)
    }

    @Test func readsEveryCategoryAndSkipsUnversionedEntries() {
        let (index, diagnostic, _) = read("""
            {
                "_meta": {"hash": {"sha256": "x"}, "requires": {"python_version": "3.11"}},
                "default": {
                    "Django_Filter": {"hashes": ["sha256:a"], "version": "==23.5"},
                    "black": {"editable": true, "path": "."}
                },
                "develop": {"pytest": {"version": "==8.0.0", "markers": "python_version >= '3.8'"}},
                "typing-dev": {"mypy": {"version": "===1.8.0"}}
            }
            """)
        #expect(diagnostic == nil)
        #expect(index.count == 3)
        #expect(index.lookup("django-filter")?.version == "23.5")
        #expect(index.lookup("pytest")?.version == "8.0.0")
        #expect(index.lookup("mypy")?.version == "1.8.0")
        #expect(index.lookup("black") == nil)
        #expect(index.lookup("pytest")?.source == "Pipfile.lock")
    }

    @Test func takesTheHigherVersionWhenCategoriesDisagree() {
        let (index, _, _) = read(#"{"default": {"a": {"version": "==1.2"}}, "develop": {"A": {"version": "==1.10"}}}"#)
        #expect(index.lookup("a")?.version == "1.10")
    }

    @Test func reportsBrokenJSONAtItsLineAndColumnAndAddsNothing() {
        let (index, diagnostic, file) = read("{\n  \"default\": {\n    \"a\": {\"version\": \"==1\"}\n    \"b\": {}\n  }\n}\n")
        #expect(SharedCorpus.location(diagnostic, in: file) == "4:5")
        #expect(diagnostic?.message.contains("expected `,`") == true)
        #expect(index.isEmpty)
    }

    @Test func reportsWrongShapes() {
        let (_, notObject, file1) = read("[1]")
        #expect(SharedCorpus.location(notObject, in: file1) == "1:1")
        let (_, badCategory, file2) = read(#"{"default": []}"#)
        #expect(SharedCorpus.location(badCategory, in: file2) == "1:13")
        let (_, badVersion, file3) = read(#"{"default": {"a": {"version": 1}}}"#)
        #expect(SharedCorpus.location(badVersion, in: file3) == "1:31")
        let (_, emptyVersion, _) = read(#"{"default": {"a": {"version": "=="}}}"#)
        #expect(emptyVersion?.message == "expected a version after `==`")
    }
}
