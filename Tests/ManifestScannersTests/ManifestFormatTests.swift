import Testing
@testable import ManifestScanners

/// Which files a walk picks up, and how explicitly named files are read.
@Suite struct ManifestFormatTests {
    @Test(arguments: [
        ("requirements.txt", ManifestFormat.requirements), ("a/b/requirements-dev.txt", .requirements),
        ("dev-requirements.txt", .requirements), ("requirements/base.txt", .requirements),
        ("x/requirements/test.in", .requirements), ("requirements.in", .requirements),
        ("test_requirements.in", .requirements), ("constraints.txt", .requirements),
        ("constraints-py311.txt", .requirements), ("pyproject.toml", .pyproject), ("a/Pipfile", .pipfile),
        ("setup.cfg", .setupCfg), ("setup.py", .setupPy), ("Package.swift", .packageSwift),
        ("Package@swift-5.9.swift", .packageSwift),
    ])
    func knownNamesAreFound(_ path: String, _ format: ManifestFormat) {
        #expect(ManifestFormat.known(path: path) == format)
    }

    @Test(arguments: ["README.txt", "notes.in", "Pipfile.lock", "poetry.lock", "setup.py.bak", "a/docs/base.txt", "main.swift", "/"])
    func otherNamesAreNot(_ path: String) {
        #expect(ManifestFormat.known(path: path) == nil)
    }

    @Test func explicitFilesKeepTheKindTheirNameEndsIn() {
        #expect(ManifestFormat.forExplicitFile(path: "dev.txt") == .requirements)
        #expect(ManifestFormat.forExplicitFile(path: "old.setup.py") == .setupPy)
        #expect(ManifestFormat.forExplicitFile(path: "input.pyproject.toml") == .pyproject)
        #expect(ManifestFormat.forExplicitFile(path: "x/input.Package.swift") == .packageSwift)
    }
}
