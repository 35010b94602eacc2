// swift-tools-version:6.0
import PackageDescription

// ceiling takes no package dependencies: the design card says `packages: none`.
let package = Package(
    name: "ceiling",
    products: [
        .executable(name: "ceiling", targets: ["ceiling"]),
        .library(name: "CeilingKit", targets: ["CeilingKit"]),
    ],
    targets: [
        .target(
            name: "CeilingKit",
            path: "Sources/CeilingKit"
        ),
        .executableTarget(
            name: "ceiling",
            dependencies: ["CeilingKit"],
            path: "Sources/ceiling",
            // Start-up time matters for shell loops: link the Swift runtime statically in release builds.
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(
            name: "CeilingKitTests",
            dependencies: ["CeilingKit"],
            path: "Tests/CeilingKitTests"
        ),
    ]
)
