// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/core.git", .upToNextMinor(from: "1.0.0")),
        #if os(Linux)
        .package(url: "https://github.com/example/linux-only.git", "0.2.0"..<"0.2.1"),
        #else
        .package(url: "https://github.com/example/elsewhere.git", .upToNextMinor(from: "3.1.0")),
        #endif
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
