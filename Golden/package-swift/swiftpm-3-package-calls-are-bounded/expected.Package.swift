import PackageDescription

let package = Package(
    name: "Old",
    dependencies: [
        .Package(url: "https://github.com/apple/swift-nio.git", majorVersion: 1),
        .Package(url: "https://github.com/a/b.git", majorVersion: 2, minor: 1),
    ]
)
