import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// A generated tree with `.gitignore` files at several levels and a `.git/info/exclude`, the
/// same for every run (a seeded generator): about 1,500 paths and a few hundred patterns that
/// use every construct of gitignore(5).
struct IgnoreOracleTree {
    /// Files and folders, relative to the root, folders with a final `/`.
    var paths: [String] = []
    /// Ignore file path (relative to the root) -> content.
    var ignoreFiles: [String: String] = [:]
    var patternCount = 0

    static let folderNames = ["a", "b", "src", "doc", "cache", "logs", "lib", "foo", "keep", "tmp", "x y", "deep", "Out", "[br]", "a.b"]
    static let fileNames = [
        "a.log", "b.log", "keep.log", "x.txt", "y.txt", "foo", "bar", "README", "main.py", "test_main.py",
        "data.json", "#hash", "!bang", "tr ", "tr", "sp ace", "q?mark", "[br]", "star*", "UPPER.TXT", "a.b",
        "abc", "abd", "a1", "a-", "z9", ".hidden", "back\\slash", "cache", "x.txt~", "requirements.txt",
    ]

    /// Patterns that use each construct by itself, whatever the tree.
    static let fixedPatterns = [
        "*.log", "!keep.log", "*.txt", "!x.txt", "foo", "/foo", "cache/", "logs/", "!logs/", "a*", "?bc", "a?",
        "[ab]*", "[!a]*.txt", "[^x]*.log", "[a-c]1", "[[:digit:]]*", "[[:upper:]]*", "[[:alpha:]][[:digit:]]",
        "[]]*", "[a-]", "[z-a]*", "[", "a[", "\\#hash", "#hash", "\\!bang", "!bang", "tr\\ ", "tr ", "tr  ",
        "sp ace", "q\\?mark", "q?mark", "star\\*", "\\[br]", "[[]br]", "back\\\\slash", "doc/**", "**/keep",
        "**/cache/", "a/**/x.txt", "a**/b", "*/x.txt", "/*.log", "src/*.py", "**/*.py",
        "!**/test_*.py", "deep/**/foo", "/deep/", "x y/", "x\\ y/", "Out", "out", "a.b", "a/b", "a/b/", "!a/b/",
        "\\", "foo\\", "/", "!", "!/", "a/***/x.txt", "**foo", "foo**", "lib/**/", "*.TXT",
        "[[:space:]]*", "[[:punct:]]*", "[[:bogus:]]", "[[:alpha:]", "\\a.log", "x.txt~", "*~", " leading",
        "a/./b", "./a", "tmp/../foo", "[!a]bc", "[!ab]*.log", "a**/x.txt", "/a**/x.txt", "x**/y",
    ]
    /// Patterns that match nearly everything: rare, and never in the root's file.
    static let broadPatterns = ["*a*", "**", "/*", "*/", "*", "***", "**/", "!*", "!**", "!*/"]

    /// One folder per pattern, holding every name at two depths, with a `.gitignore` holding that
    /// pattern alone (and one folder per pattern with `*.log` before it, for `!` lines): each
    /// construct is judged on its own, with nothing later in the file to hide a wrong answer.
    init(isolating patterns: [String]) {
        let subfolders = ["a", "b", "cache", "logs", "deep", "x y", "[br]", "Out"]
        for (n, pattern) in patterns.enumerated() {
            let folder = "p\(n)/"
            ignoreFiles[folder + ".gitignore"] = pattern + "\n"
            paths += Self.fileNames.filter { !subfolders.contains($0) }.map { folder + $0 }
            for sub in subfolders {
                paths += [folder + sub + "/"] + ["x.txt", "foo", "keep.log", "tr ", "#hash", "cache"].map { folder + sub + "/" + $0 }
                paths += [folder + sub + "/b/", folder + sub + "/b/x.txt"]
            }
            // The same pattern re-including logs: only the logs tell.
            let negated = "n\(n)/"
            ignoreFiles[negated + ".gitignore"] = "*.log\n!" + pattern + "\n"
            paths += Self.fileNames.filter { $0.hasSuffix(".log") }.map { negated + $0 }
            for sub in subfolders {
                paths += [negated + sub + "/", negated + sub + "/keep.log", negated + sub + "/b/", negated + sub + "/b/a.log"]
            }
            patternCount += 3
        }
    }

    init(seed: UInt64, minimumFiles: Int) {
        var random = SplitMix(seed: seed)
        var folders = [""]
        var index = 0
        // Breadth-first: each folder gets files and up to four subfolders, until the tree is big enough.
        while paths.count(where: { !$0.hasSuffix("/") }) < minimumFiles, index < folders.count {
            let folder = folders[index]
            index += 1
            let depth = folder.split(separator: "/").count
            let files = random.sample(Self.fileNames, count: 3 + random.below(6))
            for name in files { paths.append(folder + name) }
            guard depth < 5 else { continue }
            for name in random.sample(Self.folderNames, count: folder.isEmpty ? 8 : 2 + random.below(3)) where !files.contains(name) {
                folders.append(folder + name + "/")
                paths.append(folder + name + "/")
            }
        }
        // Folders never filled (the loop stopped first) would hold nothing.
        var filled = Set<String>()
        for path in paths where !path.hasSuffix("/") {
            var folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            while !folder.isEmpty {
                filled.insert(folder.joined(separator: "/") + "/")
                folder = folder.dropLast()
            }
        }
        paths.removeAll { $0.hasSuffix("/") && !filled.contains($0) }
        folders.removeAll { !$0.isEmpty && !filled.contains($0) }
        // Ignore files: the root, a third of the folders, and info/exclude; each mixes fixed
        // patterns with patterns made from paths that exist below it.
        let withFiles = [""] + folders.dropFirst().filter { _ in random.below(3) == 0 }
        for folder in withFiles {
            ignoreFiles[folder + ".gitignore"] = makeFile(folder: folder, count: folder.isEmpty ? 30 : 4 + random.below(10), random: &random)
        }
        ignoreFiles[".git/info/exclude"] = makeFile(folder: "", count: 20, random: &random)
    }

    private mutating func makeFile(folder: String, count: Int, random: inout SplitMix) -> String {
        let below = paths.filter { $0.hasPrefix(folder) && $0 != folder }.map { String($0.dropFirst(folder.count)) }
        var lines = ["# generated"]
        for _ in 0..<count {
            var pattern: String
            if !folder.isEmpty, random.below(25) == 0 {
                pattern = Self.broadPatterns[random.below(Self.broadPatterns.count)]
            } else if random.below(3) == 0 || below.isEmpty {
                pattern = Self.fixedPatterns[random.below(Self.fixedPatterns.count)]
            } else {
                // The deeper of two paths: a pattern for a shallow folder would hide most of the tree.
                let one = below[random.below(below.count)], other = below[random.below(below.count)]
                pattern = Self.mutate(one.count > other.count ? one : other, random: &random)
            }
            if random.below(5) == 0, !pattern.hasPrefix("!") { pattern = "!" + pattern }
            lines.append(pattern)
            if random.below(10) == 0 { lines.append(random.below(2) == 0 ? "" : "# comment") }
        }
        patternCount += lines.count
        // Some files end without a line break, some have CRLF line breaks.
        let breakText = random.below(5) == 0 ? "\r\n" : "\n"
        return lines.joined(separator: breakText) + (random.below(4) == 0 ? "" : breakText)
    }

    /// A pattern made from an existing path: a component widened to `*`, `?`, `**` or a set,
    /// anchored, made directory-only, or left as a literal.
    private static func mutate(_ path: String, random: inout SplitMix) -> String {
        let isFolder = path.hasSuffix("/")
        // Escape what a pattern would read as syntax (the names hold `[`, `?`, `*`, `\`, `#`, `!`,
        // spaces), then widen: the widening is glob syntax.
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map { escape(String($0)) }
        let i = random.below(components.count)
        switch random.below(9) {
        case 0: components[i] = "*"
        case 1: if let first = components[i].first { components[i] = String(first) + "*" }
        case 2: components[i] = String(components[i].dropLast()) + "?"
        case 3: components.insert("**", at: i)
        case 4: components[i] = "[" + components[i].prefix(1) + "-z]" + components[i].dropFirst()
        case 5: if components.count > 1 { components.removeFirst(); components.insert("**", at: 0) }
        case 6: components = [components[components.count - 1]]
        default: break
        }
        var text = components.joined(separator: "/")
        if random.below(3) == 0 { text = "/" + text }
        if isFolder || random.below(4) == 0 { text += "/" }
        return text
    }

    private static func escape(_ component: String) -> String {
        var out = ""
        for (n, ch) in component.enumerated() {
            if "[?*\\".contains(ch) || (n == 0 && "#!".contains(ch)) { out.append("\\") }
            if ch == " ", n == component.count - 1 { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Writes the tree under `root` (which must exist).
    func write(to root: URL) throws {
        let fm = FileManager.default
        var made = Set<String>()
        func makeFolder(_ relative: String) throws {
            guard !relative.isEmpty, made.insert(relative).inserted else { return }
            try fm.createDirectory(at: root.appendingPathComponent(relative), withIntermediateDirectories: true)
        }
        func parent(_ path: String) -> String {
            path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        }
        for path in paths {
            if path.hasSuffix("/") {
                try makeFolder(String(path.dropLast()))
            } else {
                try makeFolder(parent(path))
                guard fm.createFile(atPath: root.appendingPathComponent(path).path, contents: Data("x\n".utf8)) else {
                    throw SwiftPMDumpPackage.Failure(message: "cannot write \(path)")
                }
            }
        }
        for (path, text) in ignoreFiles {
            try makeFolder(parent(path))
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
    }
}

/// Drawing names and choices from the suite's seeded generator.
extension SplitMix {
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func sample(_ items: [String], count: Int) -> [String] {
        var pool = items
        var out: [String] = []
        while out.count < count, !pool.isEmpty { out.append(pool.remove(at: below(pool.count))) }
        return out
    }
}

/// Runs git with no user or system configuration (so no personal excludes file).
enum Git {
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { $0 + "/git" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String], in folder: URL) throws -> Data {
        guard let path else { throw SwiftPMDumpPackage.Failure(message: "git is not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                               "HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent",
                               "GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ceiling-git-output-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SwiftPMDumpPackage.Failure(message: "git \(arguments) failed") }
        return try Data(contentsOf: output)
    }
}

@Suite(.enabled(if: Git.path != nil)) struct IgnoreOracleTests {
    /// git's answer to "which files would a walk of this work tree visit" is
    /// `git ls-files --others --exclude-standard`: the untracked files that no `.gitignore` or
    /// `info/exclude` pattern excludes, not entering excluded folders.
    @Test(arguments: [UInt64(17), 4242, 90210])
    func walkVisitsExactlyTheFilesGitDoesNotIgnore(seed: UInt64) throws {
        let tree = IgnoreOracleTree(seed: seed, minimumFiles: 1_200)
        #expect(tree.paths.count >= 1_000)
        #expect(tree.patternCount >= 200)
        try compareWithGit(tree)
    }

    /// Each fixed pattern alone in a `.gitignore`, over every generated name.
    @Test func eachPatternAloneAgreesWithGit() throws {
        let patterns = IgnoreOracleTree.fixedPatterns + IgnoreOracleTree.broadPatterns
        try compareWithGit(IgnoreOracleTree(isolating: patterns))
    }

    private func compareWithGit(_ tree: IgnoreOracleTree) throws {
        let ws = try TestWorkspace()
        let repo = ws.url.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        _ = try Git.run(["init", "-q", "."], in: repo)
        try tree.write(to: repo)
        let listed = try Git.run(["ls-files", "-z", "--others", "--exclude-standard"], in: repo)
        let expected = Set(listed.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }).subtracting([""])
        let walked = Set(ManifestWalker().walkFiles(repo.path).map { String($0.dropFirst(repo.path.count + 1)) })
        let allFiles = tree.paths.filter { !$0.hasSuffix("/") }.count + tree.ignoreFiles.keys.filter { !$0.hasPrefix(".git/") }.count
        // A useful oracle run ignores some files and keeps others.
        #expect(expected.count > allFiles / 10 && expected.count < allFiles * 9 / 10, "git kept \(expected.count) of \(allFiles) files")
        let onlyGit = expected.subtracting(walked).sorted()
        let onlyWalk = walked.subtracting(expected).sorted()
        #expect(onlyGit.isEmpty, "git keeps, ceiling skips: \(onlyGit.prefix(20))")
        #expect(onlyWalk.isEmpty, "ceiling keeps, git ignores: \(onlyWalk.prefix(20))")
        print("ignore oracle: \(tree.paths.count) paths, \(tree.patternCount) pattern lines in \(tree.ignoreFiles.count) files; git and ceiling both keep \(expected.count) of \(allFiles) files, \(onlyGit.count + onlyWalk.count) disagreements")
    }

    /// Every construct of the generated patterns is there, so 0 disagreements means something.
    @Test func generatedPatternsCoverEveryConstruct() {
        let tree = IgnoreOracleTree(seed: 17, minimumFiles: 1_200)
        let text = tree.ignoreFiles.values.joined(separator: "\n")
        for construct in ["\n!", "\n/", "**/", "/**", "/**/", "/\n", "\\#", "\\!", "\\ ", "[a-", "[!", "[^", "[[:", "?", "*", "\r\n", "# ", "\n\n"] {
            #expect(text.contains(construct), "no \(construct.debugDescription) in the generated ignore files")
        }
        #expect(tree.ignoreFiles.keys.contains(".git/info/exclude"))
        #expect(tree.ignoreFiles.keys.filter { $0.hasSuffix(".gitignore") }.count >= 5)
    }
}
