// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Tool",
    dependencies: [
        .package(url: "https://github.com/apple/swift-format.git", "0.10.0"..<"0.12.0"),
    ]
)
