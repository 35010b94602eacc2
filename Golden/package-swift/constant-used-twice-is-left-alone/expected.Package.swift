// swift-tools-version:5.9
import PackageDescription

let sharedVersion: Version = "0.2.0"

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/one.git", from: sharedVersion),
        .package(url: "https://github.com/example/two.git", from: sharedVersion),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
