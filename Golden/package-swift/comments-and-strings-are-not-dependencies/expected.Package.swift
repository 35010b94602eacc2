// swift-tools-version:5.9
import PackageDescription

let note = ".package(url: \"https://github.com/example/in-string.git\", from: \"0.1.0\")"

let package = Package(
    name: "Demo",
    dependencies: [
        // .package(url: "https://github.com/example/commented.git", from: "0.1.0"),
        /* .package(url: "https://github.com/example/block.git", from: "0.1.0"), */
        .package(url: "https://github.com/example/real.git", .upToNextMinor(from: "0.1.0")),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
