// swift-tools-version:6.0
import PackageDescription

// ceiling takes no package dependencies: the design card says `packages: none`.
//
// Targets, in the order data flows through them; each depends only on those above it:
//   SourceText       bytes, offsets, line:column, diagnostics, edits as values (a product)
//   FileIO           reading, atomic writing, paths, repository roots
//   PythonVersions   PEP 440 versions and specifiers, PEP 503 names, PEP 508 requirements,
//                    Poetry constraints, SemVer (a product)
//   TOMLSpans        TOML 1.0 reader that keeps every value's byte range (a product)
//   ManifestScanners one scanner per manifest format: constraints and their exact spans
//   Locks            lock files and installed environments: the versions in use
//   ReleaseLookups   published versions: the package index (PEP 503/691) and git tags
//   CeilingKit       policy, splicer, engine, discovery, configuration, output, and
//                    `Ceiling.run(arguments, io)`
//   ceiling          the executable: calls `Ceiling.run`
let package = Package(
    name: "ceiling",
    products: [
        .executable(name: "ceiling", targets: ["ceiling"]),
        .library(name: "PythonVersions", targets: ["PythonVersions"]),
        .library(name: "TOMLSpans", targets: ["TOMLSpans"]),
        // Under both: SourceFile, SourceLocation, Diagnostic and ScannedText appear in their API.
        .library(name: "SourceText", targets: ["SourceText"]),
    ],
    targets: [
        .target(name: "SourceText"),
        .target(name: "FileIO"),
        .target(name: "PythonVersions"),
        .target(name: "TOMLSpans", dependencies: ["SourceText"]),
        .target(name: "ManifestScanners", dependencies: ["SourceText", "PythonVersions", "TOMLSpans"]),
        .target(name: "Locks", dependencies: ["SourceText", "FileIO", "PythonVersions", "TOMLSpans", "ManifestScanners"]),
        .target(name: "ReleaseLookups", dependencies: ["SourceText", "FileIO", "PythonVersions", "ManifestScanners", "Locks"]),
        .target(
            name: "CeilingKit",
            dependencies: ["SourceText", "FileIO", "PythonVersions", "TOMLSpans", "ManifestScanners", "Locks", "ReleaseLookups"],
            // The --json document's published JSON Schema, beside the code that writes it; not a resource.
            exclude: ["Output/ceiling-report.schema.json"]
        ),
        .executableTarget(
            name: "ceiling",
            dependencies: ["FileIO", "CeilingKit"],
            // Start-up time matters for shell loops: release builds are one static executable (Swift
            // runtime and C library included), so no dynamic loader runs. Measured with perf stat:
            // `ceiling --version` 0.57 ms of CPU, against 1.45 ms with only the Swift runtime static.
            // The C library's static archive (libc.a) comes with the toolchain's prerequisites
            // (libc6-dev; glibc-static on RPM-based systems).
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Test-only helpers (scratch folders, the ../shared corpus, a seeded generator), over the two lowest layers.
        .target(name: "TestSupport", dependencies: ["SourceText", "FileIO"], path: "Tests/TestSupport"),
        .testTarget(name: "PythonVersionsTests", dependencies: ["PythonVersions"]),
        .testTarget(name: "TOMLSpansTests", dependencies: ["SourceText", "TOMLSpans", "TestSupport"]),
        .testTarget(name: "ManifestScannersTests", dependencies: ["SourceText", "FileIO", "PythonVersions", "TOMLSpans", "ManifestScanners", "TestSupport"]),
        .testTarget(name: "LocksTests", dependencies: ["SourceText", "FileIO", "PythonVersions", "TOMLSpans", "ManifestScanners", "Locks", "TestSupport"]),
        .testTarget(name: "ReleaseLookupsTests", dependencies: ["SourceText", "FileIO", "PythonVersions", "ManifestScanners", "Locks", "ReleaseLookups", "TestSupport"]),
        .testTarget(
            name: "CeilingKitTests",
            dependencies: ["SourceText", "FileIO", "PythonVersions", "TOMLSpans", "ManifestScanners", "Locks", "ReleaseLookups", "CeilingKit", "TestSupport"]
        ),
    ]
)
