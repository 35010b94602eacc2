import Foundation
import Testing
@testable import SourceText
@testable import ManifestScanners

/// Package categories, spellings and skips in Pipfiles, and the corpus.
@Suite struct PipfileScannerTests {
    static func found(_ text: String) -> [String] {
        PyprojectScannerTests.found(text, scanner: PipfileScanner.self)
    }

    static func skips(_ text: String) -> [String] {
        PipfileScanner.scan(SourceFile(path: "Pipfile", text: text)).skips.map { "\($0.name ?? "-"): \($0.reason)" }
    }

    @Test func findsPackagesInEveryCategoryButNotSourceRequiresScriptsOrPipenv() {
        let text = """
        [[source]]
        url = "https://pypi.org/simple"
        verify_ssl = true
        name = "pypi"

        [packages]
        requests = "*"
        flask = ">=2.0,!=2.1"  # pyup: ignore
        django = { version = ">=4", extras = ["argon2"] }
        mylib = { path = ".", editable = true }
        vcs = { git = "https://github.com/x/y.git", ref = "main" }
        wheel = { file = "https://example.com/w.whl" }
        ed = { editable = true }

        [dev-packages]
        pytest = '~=8.0'

        [docs]
        sphinx = "==7.*"

        [requires]
        python_version = "3.12"

        [scripts]
        test = "pytest"

        [pipenv]
        allow_prereleases = false
        """
        #expect(Self.found(text) == [
            "requests specifiers:*", "flask specifiers:>=2.0,!=2.1 ignored", "django specifiers:>=4",
            "pytest specifiers:~=8.0", "sphinx specifiers:==7.*",
        ])
        #expect(Self.skips(text) == ["mylib: path dependency", "vcs: git dependency", "wheel: file dependency", "ed: editable dependency"])
    }

    @Test func readsSubTablesDottedKeysAndCRLF() {
        let text = "[packages.requests]\r\nversion = \">=2\"\r\n[dev-packages]\r\nblack.version = '>=24'\r\n"
        #expect(Self.found(text) == ["requests specifiers:>=2", "black specifiers:>=24"])
    }

    @Test func givesRawRangeOfVersionText() throws {
        let text = "[packages]\nrequests = {version = \">=2\"}"
        let dep = try #require(PipfileScanner.scan(SourceFile(path: "Pipfile", text: text)).dependencies.first)
        guard case .specifiers(let t) = dep.constraint else { Issue.record("kind"); return }
        #expect(t.rawRange == 34..<37)
        #expect(dep.offset == 11)
    }

    @Test func reportsParseFailureAsError() {
        let result = PipfileScanner.scan(SourceFile(path: "Pipfile", text: "[packages]\nrequests = \"*\"\nrequests = \"*\"\n"))
        #expect(result.errors.map(\.offset) == [26])
    }

    @Test(.enabled(if: PyprojectScannerTests.hasCorpus)) func scansEveryCorpusPipfileWithoutErrors() {
        var total = 0
        let files = PyprojectScannerTests.manifests("pipfile", suffix: "Pipfile")
        for url in files {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let result = PipfileScanner.scan(SourceFile(path: url.path, bytes: [UInt8](data)))
            #expect(result.errors.isEmpty, "\(url.lastPathComponent): \(result.errors)")
            #expect(PyprojectScannerTests.spanProblems(result, in: [UInt8](data)).isEmpty, "\(url.lastPathComponent)")
            total += result.dependencies.count
        }
        print("pipfile corpus: \(files.count) files, \(total) dependencies")
        #expect(files.count >= 10)
        #expect(total > 50)
    }
}
