import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// What a walk leaves out because of ignore files, and what it never leaves out.
struct IgnoreWalkTests {
    /// The manifests a default walk of `ws` finds, relative to it.
    private func walked(_ ws: TestWorkspace, _ folder: String = "", respectsIgnoreFiles: Bool = true) -> [String] {
        let root = folder.isEmpty ? ws.path : ws.path + "/" + folder
        return ManifestWalker(respectsIgnoreFiles: respectsIgnoreFiles).walk(root).map { String($0.path.dropFirst(ws.path.count + 1)) }
    }

    private func makeRepository(_ ws: TestWorkspace, _ folder: String = "") throws {
        try FileManager.default.createDirectory(atPath: ws.path + "/" + folder + (folder.isEmpty ? "" : "/") + ".git/info", withIntermediateDirectories: true)
    }

    @Test func gitignoreAtEveryLevelAndInfoExcludeAreHonouredInARepository() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".gitignore", "/vendored/\nscratch*\n")
        try ws.write("app/.gitignore", "old/\n!scratch-keep/\n")
        try ws.write(".git/info/exclude", "local/\n")
        for folder in ["vendored", "scratch1", "app/old", "app/scratch-keep", "local", "app", "app/vendored"] {
            try ws.write(folder + "/requirements.txt", "flask>=1.0\n")
        }
        #expect(walked(ws) == ["app/requirements.txt", "app/scratch-keep/requirements.txt", "app/vendored/requirements.txt"])
    }

    @Test func gitignoreOutsideARepositoryIsNotReadButDotIgnoreIs() throws {
        let ws = try TestWorkspace()
        try ws.write(".gitignore", "a/\n")
        try ws.write(".ignore", "b/\n")
        for folder in ["a", "b", "c"] { try ws.write(folder + "/requirements.txt", "flask>=1.0\n") }
        #expect(walked(ws) == ["a/requirements.txt", "c/requirements.txt"])
    }

    @Test func dotIgnoreOutranksGitignoreAtAnyDepth() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".ignore", "!generated/\n")
        try ws.write("app/.gitignore", "generated/\ncache/\n")
        try ws.write("app/sub/.gitignore", "!cache/\n")
        for folder in ["app/generated", "app/cache", "app/sub/cache"] { try ws.write(folder + "/requirements.txt", "flask>=1.0\n") }
        #expect(walked(ws) == ["app/generated/requirements.txt", "app/sub/cache/requirements.txt"])
    }

    @Test func aFileUnderAnIgnoredFolderCannotBeReincluded() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".gitignore", "out/\n!out/requirements.txt\nlogs/*\n!logs/requirements.txt\n")
        try ws.write("out/requirements.txt", "flask>=1.0\n")
        try ws.write("logs/requirements.txt", "flask>=1.0\n")
        #expect(walked(ws) == ["logs/requirements.txt"])
    }

    @Test func walkingASubfolderHonoursTheRepositoryRootsFiles() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".gitignore", "/src/gen/\n")
        try ws.write(".git/info/exclude", "tmp/\n")
        for folder in ["src/gen", "src/tmp", "src/app"] { try ws.write(folder + "/requirements.txt", "flask>=1.0\n") }
        #expect(walked(ws, "src") == ["src/app/requirements.txt"])
        // The folder named is walked even when the rules exclude it.
        #expect(walked(ws, "src/gen") == ["src/gen/requirements.txt"])
    }

    @Test func aNestedRepositoryStartsWithItsOwnRules() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".gitignore", "docs/\n")
        try makeRepository(ws, "inner")
        try ws.write("inner/.git/info/exclude", "tools/\n")
        for folder in ["docs", "inner/docs", "inner/tools", "tools"] { try ws.write(folder + "/requirements.txt", "flask>=1.0\n") }
        #expect(walked(ws) == ["inner/docs/requirements.txt", "tools/requirements.txt"])
    }

    @Test func aLinkedWorktreeReadsTheCommonInfoExclude() throws {
        let ws = try TestWorkspace()
        try ws.write("main/.git/info/exclude", "private/\n")
        try ws.write("main/.git/worktrees/feature/commondir", "../..\n")
        try ws.write("feature/.git", "gitdir: ../main/.git/worktrees/feature\n")
        for folder in ["feature/private", "feature/app"] { try ws.write(folder + "/requirements.txt", "flask>=1.0\n") }
        #expect(walked(ws, "feature") == ["feature/app/requirements.txt"])
    }

    @Test func noIgnoreWalksEverythingButTheDefaultExcludes() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".gitignore", "legacy/\n")
        try ws.write(".ignore", "other/\n")
        for folder in ["legacy", "other", "_build", "buck-out", ".direnv", "__pypackages__", ".mypy_cache"] {
            try ws.write(folder + "/requirements.txt", "flask>=1.0\n")
        }
        #expect(walked(ws, respectsIgnoreFiles: false) == ["legacy/requirements.txt", "other/requirements.txt"])
        #expect(walked(ws).isEmpty)
    }

    @Test func aLongIgnoreFileIsReadToItsLastLineAfterAByteOrderMark() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        // The first line is a pattern despite the byte order mark; the last is past 16 KiB.
        let filler = (0..<2_000).map { "unused-pattern-\($0)/" }.joined(separator: "\n")
        try ws.write(".gitignore", "\u{FEFF}first/\n" + filler + "\nlast/")
        for folder in ["first", "last", "kept"] { try ws.write(folder + "/requirements.txt", "flask>=1.0\n") }
        #expect(walked(ws) == ["kept/requirements.txt"])
    }

    @Test func commandLineNoIgnoreAndExplicitFiles() throws {
        let ws = try TestWorkspace()
        try makeRepository(ws)
        try ws.write(".gitignore", "legacy/\n")
        try ws.write("legacy/requirements.txt", "flask>=1.0\n")
        #expect(ws.run(["--check"]).status == .success)
        #expect(ws.run(["--check", "--no-ignore"]).status == .unbounded)
        // A file named on the command line is read whatever the ignore files say.
        #expect(ws.run(["--check", "legacy/requirements.txt"]).status == .unbounded)
        #expect(ws.run(["--no-ignore=yes"]).status == .usage)
    }
}
