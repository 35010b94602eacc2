// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/swift-thing.git", "1.0.0"..<"2.0.0"),
        .package(url: "https://github.com/example/swift-closed.git", "1.0.0"..."1.9.0"),
        .package(url: "https://github.com/example/swift-other.git", from: "1.0.0"), // tracks 2.x now
        .package(url: "https://github.com/example/swift-pin.git", exact: "1.0.0"),
        .package(url: "https://github.com/example/swift-current.git", "2.0.0"..<"3.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
