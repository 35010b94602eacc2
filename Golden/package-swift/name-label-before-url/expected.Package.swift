// swift-tools-version:5.2
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(name: "Bee", url: "https://github.com/example/bee.git", .upToNextMinor(from: "0.4.0")),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
