import Foundation
import Testing
import TestSupport
@testable import SourceText
@testable import FileIO
@testable import TOMLSpans
@testable import Locks

@Suite(.enabled(if: SharedCorpus.hasShared)) struct LockCorpusTests {
    @Test func everyGeneratedFreezeLockReadsWithoutDiagnostic() throws {
        let locks = SharedCorpus.corpusFiles("requirements").filter { $0.hasSuffix(".lock") }
        #expect(locks.count > 50)
        for path in locks {
            let file = try #require(SharedCorpus.load(path))
            var index = LockIndex()
            let diagnostic = FreezeLockReader.read(file, into: &index, isHigher: SharedCorpus.naiveIsHigher)
            #expect(diagnostic == nil, "\(path): \(diagnostic?.message ?? "")")
            #expect(!index.isEmpty, "\(path)")
            #expect(FreezeLockReader.isPinnedRequirementsFile(file), "\(path)")
        }
    }

    @Test func pipCompileOutputWithHashesReadsTheRightVersions() throws {
        let root = SharedCorpus.sharedRoot + "/corpus/requirements/"
        let file = try #require(SharedCorpus.load(root + "aws__aws-sam-cli__requirements__reproducible-linux.txt"))
        var index = LockIndex()
        #expect(FreezeLockReader.read(file, into: &index, isHigher: SharedCorpus.naiveIsHigher) == nil)
        // Checked against the file with Python's `packaging`.
        #expect(index.lookup("annotated-types")?.version == "0.7.0")
        #expect(index.lookup("attrs")?.version == "26.1.0")
        #expect(index.lookup("aws_lambda_builders")?.version == "1.65.0")
        #expect(FreezeLockReader.isPinnedRequirementsFile(file))
    }

    @Test func looseRequirementsFilesAreNotTakenForLocks() throws {
        let root = SharedCorpus.sharedRoot + "/corpus/requirements/"
        for name in ["benoitc__gunicorn__requirements_dev.txt", "jxnl__instructor__requirements-doc.txt",
                     "celery__celery__requirements__dev.txt"] {
            let file = try #require(SharedCorpus.load(root + name))
            #expect(!FreezeLockReader.isPinnedRequirementsFile(file), "\(name)")
        }
    }

    @Test func everyPipfileLockReadsWithoutDiagnostic() throws {
        let paths = SharedCorpus.corpusFiles("locks/pipfile_lock")
            + SharedCorpus.projectFiles(named: { $0 == "Pipfile.lock" })
        #expect(paths.count >= 8)
        for path in paths {
            let file = try #require(SharedCorpus.load(path))
            var index = LockIndex()
            let diagnostic = PipfileLockReader.read(file, into: &index, isHigher: SharedCorpus.naiveIsHigher)
            #expect(diagnostic == nil, "\(path): \(diagnostic?.message ?? "")")
            #expect(index.count > 10, "\(path)")
        }
    }

    @Test func pipfileLockVersionsMatchTheFile() throws {
        let root = SharedCorpus.sharedRoot + "/corpus/locks/pipfile_lock/"
        var index = LockIndex()
        let checkov = try #require(SharedCorpus.load(root + "bridgecrewio__checkov__Pipfile.lock"))
        #expect(PipfileLockReader.read(checkov, into: &index, isHigher: SharedCorpus.naiveIsHigher) == nil)
        // Checked against the file with Python's `json`.
        #expect(index.lookup("boto3")?.version == "1.35.49")
        #expect(index.lookup("pytest")?.version == "7.4.4")
        var paperless = LockIndex()
        let file = try #require(SharedCorpus.load(root + "paperless-ngx__paperless-ngx@v2.14.7__Pipfile.lock"))
        #expect(PipfileLockReader.read(file, into: &paperless, isHigher: SharedCorpus.naiveIsHigher) == nil)
        #expect(paperless.lookup("Django")?.version == "5.1.5")
        #expect(paperless.lookup("celery-types") != nil)  // only in the `typing-dev` category
    }

    /// Every TOML lock in corpus/locks (the project folders hold byte-identical copies) reads cleanly.
    @Test(arguments: TOMLLockReader.Format.allCases)
    func everyTOMLLockReadsWithoutDiagnostic(format: TOMLLockReader.Format) throws {
        let folder = ["poetry": "poetry_lock", "uv": "uv_lock", "pdm": "pdm_lock", "pylock": "pylock"][format.rawValue] ?? ""
        let paths = SharedCorpus.corpusFiles("locks/" + folder)
        #expect(paths.count >= 4)
        for path in paths {
            let file = try #require(SharedCorpus.load(path))
            var index = LockIndex()
            let diagnostic = TOMLLockReader.read(file, format: format, into: &index)
            #expect(diagnostic == nil, "\(path): \(diagnostic?.message ?? "")")
            #expect(index.count > 2, "\(path)")
        }
    }

    /// The reader builds only names and versions (skimming the rest); the full parse of each
    /// corpus lock must give the same packages and versions.
    @Test(arguments: TOMLLockReader.Format.allCases)
    func skimmedLocksMatchTheFullParse(format: TOMLLockReader.Format) throws {
        let folder = ["poetry": "poetry_lock", "uv": "uv_lock", "pdm": "pdm_lock", "pylock": "pylock"][format.rawValue] ?? ""
        for path in SharedCorpus.corpusFiles("locks/" + folder) {
            let file = try #require(SharedCorpus.load(path))
            var index = LockIndex()
            #expect(TOMLLockReader.read(file, format: format, into: &index) == nil, "\(path)")
            let full = try TOMLDocument.parse(file).get()
            let packages = full.root[format.arrayKey]?.arrayValue?.elements.compactMap(\.tableValue) ?? []
            var versions: [String: [String]] = [:]
            for package in packages {
                guard let name = package["name"]?.stringValue?.value, let version = package["version"]?.stringValue?.value else { continue }
                versions[LockIndex.normalize(name), default: []].append(version)
            }
            #expect(index.count == versions.count, "\(path)")
            for (name, found) in versions {
                let locked = index.lookup(name)?.version
                #expect(locked.map(found.contains) == true, "\(path): \(name)")
                if found.count == 1 { #expect(locked == found[0], "\(path): \(name)") }
            }
        }
    }

    @Test func tomlLockVersionsMatchTheFiles() throws {
        // Expected values read from the files with Python's `tomllib` and `packaging`.
        let cases: [(String, TOMLLockReader.Format, [(String, String)])] = [
            ("uv_lock/PrefectHQ__prefect__uv.lock", .uv, [("numpy", "2.4.1"), ("pytest", "9.1.1"), ("networkx", "3.6.1")]),
            ("poetry_lock/python-poetry__poetry__poetry.lock", .poetry, [("dulwich", "1.2.1"), ("virtualenv", "21.3.0")]),
            ("pdm_lock/frostming__marko__pdm.lock", .pdm, [("Pygments", "2.20.0"), ("pytest", "8.4.2")]),
            ("pylock/pypa__pipenv__pylock.toml", .pylock, [("certifi", "2026.2.25"), ("pytest", "9.0.3")]),
        ]
        for (name, format, expected) in cases {
            let file = try #require(SharedCorpus.load(SharedCorpus.sharedRoot + "/corpus/locks/" + name))
            var index = LockIndex()
            #expect(TOMLLockReader.read(file, format: format, into: &index) == nil)
            for (package, version) in expected {
                #expect(index.lookup(package)?.version == version, "\(name): \(package)")
            }
        }
    }

    @Test func ryeRequirementsLockInAProjectReads() throws {
        let path = SharedCorpus.sharedRoot + "/corpus/projects/anthropics__anthropic-sdk-python@009b0353/requirements-dev.lock"
        let file = try #require(SharedCorpus.load(path))
        var index = LockIndex()
        #expect(FreezeLockReader.read(file, into: &index) == nil)
        #expect(index.lookup("anyio")?.version == "4.12.1")
        #expect(index.lookup("backports.asyncio.runner")?.version == "1.2.0")
    }

    /// Discovery over real project folders (the corpus has no `.git`, so each folder stands alone).
    @Test func discoveryFindsTheLocksOfRealProjects() throws {
        let discovery = LockDiscovery(currentDirectory: SharedCorpus.sharedRoot + "/corpus/projects")
        // ibis: the uv.lock, plus requirements-dev.txt (all pins) for the pyproject, never for itself.
        let ibis = discovery.locks(forManifest: "ibis-project__ibis@02de3185/pyproject.toml", ecosystem: .python)
        #expect(ibis.failure == nil)
        #expect(ibis.sources == ["ibis-project__ibis@02de3185/uv.lock", "ibis-project__ibis@02de3185/requirements-dev.txt"])
        #expect(ibis.index.lookup("altair")?.version == "6.0.0")
        let ibisDev = discovery.locks(forManifest: "ibis-project__ibis@02de3185/requirements-dev.txt", ecosystem: .python)
        #expect(ibisDev.sources == ["ibis-project__ibis@02de3185/uv.lock"])

        // anthropic: rye/uv-export `requirements-dev.lock` beside uv.lock.
        let anthropic = discovery.locks(forManifest: "anthropics__anthropic-sdk-python@009b0353/pyproject.toml", ecosystem: .python)
        #expect(anthropic.failure == nil)
        #expect(anthropic.sources.count == 2)

        // saleor: Pipfile.lock first, then the pinned requirements files.
        let saleor = discovery.locks(forManifest: "saleor__saleor@33da5754/Pipfile", ecosystem: .python)
        #expect(saleor.failure == nil)
        #expect(saleor.sources.first == "saleor__saleor@33da5754/Pipfile.lock")
        #expect(saleor.index.lookup("Django")?.version == "2.2.3")

        // pydantic's pyodide folder: a named PEP 751 lock, pylock.314.toml.
        let pyodide = discovery.locks(forManifest: "pydantic__pydantic@2151025a__.github__pyodide/requirements.in", ecosystem: .python)
        #expect(pyodide.sources == ["pydantic__pydantic@2151025a__.github__pyodide/pylock.314.toml"])
        #expect(pyodide.index.lookup("annotated_types")?.version == "0.8.0")

        // jxnl/instructor: loose requirements files are not locks; poetry.lock is.
        let instructor = discovery.locks(forManifest: "jxnl__instructor@694c7c24/pyproject.toml", ecosystem: .python)
        #expect(instructor.sources == ["jxnl__instructor@694c7c24/poetry.lock"])
    }
}
