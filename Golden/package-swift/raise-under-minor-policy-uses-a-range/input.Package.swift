// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", .upToNextMinor(from: "1.2.0")),
        .package(url: "https://github.com/example/swift-other.git", .upToNextMajor(from: Version(1, 0, 0))),
    ]
)
