// swift-tools-version:5.3
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", from: "1.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
