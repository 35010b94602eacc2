// swift-tools-version:5.9
import PackageDescription

let nioVersion: Version = "0.2.0"

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-nio.git", .upToNextMinor(from: nioVersion)),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
