// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Server",
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.40.0"),
    ],
    targets: [
        .executableTarget(name: "Server", dependencies: [.product(name: "NIO", package: "swift-nio")]),
    ]
)
