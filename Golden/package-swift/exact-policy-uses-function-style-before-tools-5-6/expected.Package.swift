// swift-tools-version:5.5
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", .exact("2.1.0")),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
