import Foundation
import Testing
@testable import SourceText
@testable import ManifestScanners

/// Every place and spelling of dependencies in pyproject.toml, and the corpus.
@Suite struct PyprojectScannerTests {
    /// `name kind:decoded` for each dependency, plus a check that the raw span holds the text.
    static func found(_ text: String, scanner: ManifestScanner.Type = PyprojectScanner.self) -> [String] {
        let file = SourceFile(path: "pyproject.toml", text: text)
        let result = scanner.scan(file)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.dependencies.map { dep in
            let (kind, scanned): (String, ScannedText) = switch dep.constraint {
            case .pep508(let t): ("pep508", t)
            case .specifiers(let t): ("specifiers", t)
            case .poetry(let t): ("poetry", t)
            case .swiftPackage: ("swift", ScannedText(verbatim: 0..<0, in: []))
            }
            if scanned.isVerbatim {
                #expect(Array(file.bytes[scanned.rawRange]) == scanned.value)
            }
            #expect(file.text(dep.offset..<min(file.bytes.count, dep.offset + dep.name.utf8.count)) == dep.name
                    || file.bytes[dep.offset] == UInt8(ascii: "\"") || file.bytes[dep.offset] == UInt8(ascii: "'"))
            return "\(dep.name) \(kind):\(scanned.string)\(dep.isIgnored ? " ignored" : "")"
        }
    }

    /// Dependencies whose raw span lies outside the file or, when verbatim, holds other bytes.
    static func spanProblems(_ result: ScanResult, in bytes: [UInt8]) -> [String] {
        result.dependencies.compactMap { dep in
            let text: ScannedText
            switch dep.constraint {
            case .pep508(let t), .specifiers(let t), .poetry(let t): text = t
            case .swiftPackage: return nil
            }
            guard text.rawRange.upperBound <= bytes.count, dep.offset < bytes.count else { return "\(dep.name): out of bounds" }
            if text.isVerbatim, Array(bytes[text.rawRange]) != text.value { return "\(dep.name): span holds other bytes" }
            return nil
        }
    }

    static func skips(_ text: String) -> [String] {
        PyprojectScanner.scan(SourceFile(path: "pyproject.toml", text: text)).skips.map { "\($0.name ?? "-"): \($0.reason)" }
    }

    @Test func findsProjectDependenciesExtrasGroupsAndBuildRequires() {
        let text = """
        [build-system]
        requires = ["hatchling>=1.18", 'setuptools_scm[toml]>=8']

        [project]
        name = "demo"
        requires-python = ">=3.9"
        dependencies = [
            "Werkzeug>=0.15",  # comment
            'click',
        ]

        [project.optional-dependencies]
        test = ["pytest>=7; python_version >= '3.8'"]
        docs = []

        [dependency-groups]
        dev = ["ruff==0.5", {include-group = "test"}]
        test = ["coverage[toml]"]
        """
        #expect(Self.found(text) == [
            "Werkzeug pep508:Werkzeug>=0.15", "click pep508:click",
            "pytest pep508:pytest>=7; python_version >= '3.8'",
            "ruff pep508:ruff==0.5", "coverage pep508:coverage[toml]",
            "hatchling pep508:hatchling>=1.18", "setuptools_scm pep508:setuptools_scm[toml]>=8",
        ])
        #expect(Self.skips(text).isEmpty)
    }

    @Test func findsTheSameDependenciesInEverySpelling() {
        let spellings = [
            "[project]\ndependencies = ['a>=1']\n",
            "project.dependencies = ['a>=1']\n",
            "project = { dependencies = ['a>=1'] }\n",
            "[project]\ndependencies = [\n  # c\n  'a>=1', # d\n]\n",
            "[project]\ndependencies = [\"\"\"a>=1\"\"\"]\n",
            "[project]\ndependencies = ['''\na>=1''']\n",
            "[project]\r\ndependencies = [\r\n  'a>=1',\r\n]",
        ]
        for text in spellings { #expect(Self.found(text) == ["a pep508:a>=1"], "\(text)") }
    }

    @Test func mapsEscapedRequirementToRawBytes() throws {
        let text = #"project.dependencies = ["a\u003e=1"]"#
        let result = PyprojectScanner.scan(SourceFile(path: "p", text: text))
        let dep = try #require(result.dependencies.first)
        guard case .pep508(let t) = dep.constraint else { Issue.record("kind"); return }
        #expect(t.string == "a>=1")
        #expect(t.rawRange == 25..<34)
        #expect(t.rawInsertionPoint(at: 4) == 34)
        #expect(dep.offset == 25)
    }

    @Test func reportsDynamicDependenciesAsSkips() {
        let text = "[project]\ndynamic = ['version', 'dependencies', 'optional-dependencies']\n"
        #expect(Self.skips(text) == ["-: dependencies are dynamic", "-: optional dependencies are dynamic"])
        #expect(Self.found(text).isEmpty)
    }

    @Test func readsPoetryStringsTablesListsAndSkipsSources() {
        let text = """
        [tool.poetry.dependencies]
        python = "^3.9"
        requests = "^2.31"  # ceiling: ignore
        black = { version = ">=23", extras = ["d"] }
        numpy = [
            { version = "<2", python = "<3.9" },
            { version = "^2", python = ">=3.9" },
        ]
        mylib = { git = "https://example.com/mylib.git" }
        local = { path = "../local", develop = true }

        [tool.poetry.dependencies.httpx]
        version = "~0.27"

        [tool.poetry.dev-dependencies]
        pytest = "^7"

        [tool.poetry.group.lint.dependencies]
        ruff = ">=0.4,<0.5 || >=0.6"
        """
        #expect(Self.found(text) == [
            "requests poetry:^2.31 ignored", "black poetry:>=23", "numpy poetry:<2", "numpy poetry:^2",
            "httpx poetry:~0.27", "pytest poetry:^7", "ruff poetry:>=0.4,<0.5 || >=0.6",
        ])
        #expect(Self.skips(text) == ["mylib: git dependency", "local: path dependency"])
    }

    @Test func readsPoetryThroughDottedKeysUnderTool() {
        let text = "[tool]\npoetry.dependencies.flask = '^3'\npoetry.group.dev.dependencies = { mypy = '*' }\n"
        #expect(Self.found(text) == ["flask poetry:^3", "mypy poetry:*"])
    }

    @Test func readsPDMUvAndHatchDependencies() {
        let text = """
        [tool.pdm.dev-dependencies]
        test = ["pytest>=8", "-e file:///${PROJECT_ROOT}/sub"]
        [tool.uv]
        dev-dependencies = ["mypy>=1"]
        constraint-dependencies = ["idna<4"]
        override-dependencies = ["six==1"]
        [tool.hatch.envs.default]
        dependencies = ["coverage>=7"]
        extra-dependencies = ["pytest-cov"]
        [tool.hatch.envs.docs]
        dependencies = ["mkdocs~=1.5"]
        """
        #expect(Self.found(text) == ["pytest pep508:pytest>=8", "mypy pep508:mypy>=1", "coverage pep508:coverage>=7",
                                     "pytest-cov pep508:pytest-cov", "mkdocs pep508:mkdocs~=1.5"])
        #expect(Self.skips(text) == ["-: not a PEP 508 requirement: -e file:///${PROJECT_ROOT}/sub"])
    }

    @Test func honoursEveryIgnorePragmaOnlyOnItsLine() {
        let text = """
        [project]
        dependencies = [
          "a>=1", # ceiling: ignore
          "b>=1", # renovate: ignore
          "c>=1", # pyup: ignore
          "d#x>=1", # no pragma
          "e>=1",
          # ceiling: ignore
        ]
        """
        #expect(Self.found(text) == ["a pep508:a>=1 ignored", "b pep508:b>=1 ignored", "c pep508:c>=1 ignored",
                                     "d pep508:d#x>=1", "e pep508:e>=1"])
    }

    @Test func scansHundredThousandRequirementsOnOneLineInLinearTime() {
        let text = "[project]\ndependencies = [" + String(repeating: "'a>=1', ", count: 100_000) + "] # ceiling: ignore\n"
        let result = PyprojectScanner.scan(SourceFile(path: "p", text: text))
        #expect(result.dependencies.count == 100_000)
        #expect(result.dependencies.allSatisfy { $0.isIgnored })
    }

    @Test func reportsParseFailureAsError() {
        let result = PyprojectScanner.scan(SourceFile(path: "p", text: "[project]\ndependencies = ['a',,]\n"))
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.offset == 30)
        #expect(result.dependencies.isEmpty)
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/corpus").standardized
    static let hasCorpus = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("pyproject").path)

    /// Manifests in a corpus folder (lock files beside them excluded). All are valid per tomllib.
    static func manifests(_ folder: String, suffix: String) -> [URL] {
        let dir = corpus.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test(.enabled(if: hasCorpus)) func scansEveryCorpusPyprojectWithoutErrors() {
        var total = 0
        let files = Self.manifests("pyproject", suffix: "pyproject.toml")
        for url in files {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let result = PyprojectScanner.scan(SourceFile(path: url.path, bytes: [UInt8](data)))
            #expect(result.errors.isEmpty, "\(url.lastPathComponent): \(result.errors)")
            #expect(PyprojectScannerTests.spanProblems(result, in: [UInt8](data)).isEmpty, "\(url.lastPathComponent)")
            total += result.dependencies.count
        }
        print("pyproject corpus: \(files.count) files, \(total) dependencies")
        #expect(files.count > 100)
        #expect(total > 500)
    }
}
