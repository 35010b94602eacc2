// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", "1.2.0"..<"1.6.0"),
        .package(url: "https://github.com/example/swift-other.git", Version(1, 0, 0)..<Version(2, 2, 0)),
    ]
)
