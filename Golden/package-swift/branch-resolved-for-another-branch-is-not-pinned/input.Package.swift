// swift-tools-version:5.0
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", .branch("release/2.0")),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
