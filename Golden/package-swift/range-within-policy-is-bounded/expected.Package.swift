// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", "1.0.0"..<"2.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
