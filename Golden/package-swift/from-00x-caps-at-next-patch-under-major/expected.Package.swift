// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", "0.0.7"..<"0.0.8"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
