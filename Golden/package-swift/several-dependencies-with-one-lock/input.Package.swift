// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/alpha.git", from: "1.0.0"),
        .package(url: "https://github.com/example/beta.git", from: "0.4.0"),
        .package(url: "https://github.com/example/gamma.git", "1.0.0"..<"4.0.0"),
        .package(url: "https://github.com/example/delta.git", branch: "main"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
