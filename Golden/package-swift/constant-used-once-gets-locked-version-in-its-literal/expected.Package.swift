// swift-tools-version:5.9
import PackageDescription

let nioVersion: Version = "2.3.0"

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-nio.git", exact: nioVersion),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
