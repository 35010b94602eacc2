// swift-tools-version:5.5
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", from: "2.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
