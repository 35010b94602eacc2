import Testing
@testable import SourceText
@testable import TOMLSpans
@testable import CeilingKit

/// The pieces `--transitive` writes with: the `-c` reader, the line appender, the
/// `constraint-dependencies` editor, and diffs of files that gain lines.
@Suite struct TransitiveEditorTests {
    static func file(_ text: String, path: String = "f") -> SourceFile { SourceFile(path: path, bytes: Array(text.utf8)) }

    static func applied(_ edits: [Edit], to text: String) throws -> String {
        String(decoding: try Splicer.apply(edits, to: Array(text.utf8)), as: UTF8.self)
    }

    @Test func readsEveryConstraintOptionSpellingPipAccepts() {
        let text = "-c a.txt\n-cb.txt\n--constraint c.txt\n--constraint=d.txt  # comment\n  -c   e/f.txt\n-r g.txt\nflask\n# -c h.txt\n"
        #expect(ConstraintsInclude.paths(in: Self.file(text)) == ["a.txt", "b.txt", "c.txt", "d.txt", "e/f.txt"])
    }

    @Test func includeLineIsRelativeToTheRequirementsFile() {
        #expect(ConstraintsInclude.line(from: "/r/requirements.txt", to: "/r/constraints.txt") == "-c constraints.txt")
        #expect(ConstraintsInclude.line(from: "/r/requirements.txt", to: "/r/pins/web.txt") == "-c pins/web.txt")
        #expect(ConstraintsInclude.line(from: "/r/app/requirements.txt", to: "/r/constraints.txt") == "-c ../constraints.txt")
        #expect(ConstraintsInclude.line(from: "/r/a/requirements.txt", to: "/r/b/c.txt") == "-c ../b/c.txt")
    }

    @Test(arguments: [
        ("a\n", "a\nx\ny\n", 2),
        ("a\r\n", "a\r\nx\r\ny\r\n", 2),
        ("a", "a\nx\ny", 2),
        ("a\r\nb", "a\r\nb\r\nx\r\ny", 3),
        ("", "x\ny\n", 1),
        // A last line continued with a backslash: an empty line ends it, or x would join it.
        ("a \\\n", "a \\\n\nx\ny\n", 3),
        ("a \\", "a \\\n\nx\ny", 3),
        ("a\r\nb \\\r\n", "a\r\nb \\\r\n\r\nx\r\ny\r\n", 4),
        // A comment's backslash continues nothing (pip's COMMENT_RE).
        ("a  # see \\\n", "a  # see \\\nx\ny\n", 2),
    ])
    func appendsInTheFilesNewlineKindAndFinalNewlineHabit(_ before: String, _ after: String, _ firstLine: Int) throws {
        let (edit, line) = RequirementsAppender.edit(appending: ["x", "y"], to: Array(before.utf8))
        #expect(try Self.applied([edit], to: before) == after)
        #expect(line == firstLine)
    }

    @Test(arguments: [
        // Single-line array: the separator between its elements is copied.
        ("[tool.uv]\nconstraint-dependencies = [\"a<2\",\"b<3\"]\n", "[tool.uv]\nconstraint-dependencies = [\"a<2\",\"b<3\",\"x<2\"]\n"),
        // Literal strings stay literal.
        ("[tool.uv]\nconstraint-dependencies = ['a<2']\n", "[tool.uv]\nconstraint-dependencies = ['a<2', 'x<2']\n"),
        // Multi-line without a trailing comma: a comma after the old last element, none after the new one.
        ("[tool.uv]\nconstraint-dependencies = [\n  \"a<2\"  # why\n]\n", "[tool.uv]\nconstraint-dependencies = [\n  \"a<2\",  # why\n  \"x<2\"\n]\n"),
        // Multi-line with a trailing comma and a comment: the comment stays on its line.
        ("[tool.uv]\nconstraint-dependencies = [\n    \"a<2\", # why\n]\n", "[tool.uv]\nconstraint-dependencies = [\n    \"a<2\", # why\n    \"x<2\",\n]\n"),
        // Empty array.
        ("[tool.uv]\nconstraint-dependencies = []\n", "[tool.uv]\nconstraint-dependencies = [\"x<2\"]\n"),
        // Only [tool.uv.sources]: [tool.uv] is defined at the end, which TOML allows.
        ("[tool.uv.sources]\na = { path = \"a\" }\n", "[tool.uv.sources]\na = { path = \"a\" }\n\n[tool.uv]\nconstraint-dependencies = [\n    \"x<2\",\n]\n"),
        // A dotted [tool] table (`tool.black.x = 1` at the root) can still get a [tool.uv] header.
        ("tool.black.line-length = 88", "tool.black.line-length = 88\n\n[tool.uv]\nconstraint-dependencies = [\n    \"x<2\",\n]"),
    ])
    func extendsOrCreatesConstraintDependencies(_ before: String, _ after: String) throws {
        let edits = try UVConstraintEditor.edits(adding: ["x<2"], to: Self.file(before)).get()
        let result = try Self.applied(edits, to: before)
        #expect(result == after)
        #expect((try? TOMLDocument.parse(Self.file(result)).get()) != nil, "the result must parse")
    }

    @Test(arguments: [
        "[tool]\nuv = { package = false }\n",
        "[tool]\nuv.package = false\n",
        "tool = { black = {} }\n",
        "[tool.uv]\nconstraint-dependencies = \"a<2\"\n",
    ])
    func refusesToGuessWhereToolUVIsNotAHeaderTable(_ text: String) {
        if case .success = UVConstraintEditor.edits(adding: ["x<2"], to: Self.file(text)) {
            Issue.record("an edit was guessed for \(text)")
        }
    }

    @Test func diffOfAFileThatGainedLinesKeepsSeparateSmallHunks() {
        let old = (1...40).map { "line \($0)\n" }
        var new = old
        new[2] = "line 3 capped\n"
        new.insert(contentsOf: ["added a\n", "added b\n"], at: 30)
        let diff = String(decoding: UnifiedDiff.make(path: "f", old: Array(old.joined().utf8), new: Array(new.joined().utf8)), as: UTF8.self)
        #expect(diff == """
            --- a/f
            +++ b/f
            @@ -1,6 +1,6 @@
             line 1
             line 2
            -line 3
            +line 3 capped
             line 4
             line 5
             line 6
            @@ -28,6 +28,8 @@
             line 28
             line 29
             line 30
            +added a
            +added b
             line 31
             line 32
             line 33

            """)
        let created = String(decoding: UnifiedDiff.newFile(path: "c.txt", bytes: Array("a<2\nb<3\n".utf8)), as: UTF8.self)
        #expect(created == "--- /dev/null\n+++ b/c.txt\n@@ -0,0 +1,2 @@\n+a<2\n+b<3\n")
    }
}
