// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(
            url: "https://github.com/example/multi-line.git",
            from: "0.7.0" // pinned for the 0.x API
        ),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
