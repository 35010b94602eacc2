// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/alpha.git", "0.0.7" ..< "0.0.8"),
        .package(url: "https://github.com/example/beta.git", "1.0.0" ..< "2.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
