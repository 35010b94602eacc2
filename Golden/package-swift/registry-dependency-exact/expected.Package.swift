// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(id: "mona.LinkedList", exact: "1.2.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
