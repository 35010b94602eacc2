// swift-tools-version:5.0
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", .revision("5f0ab1c3d2e4f60718293a4b5c6d7e8f90a1b2c3")),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
