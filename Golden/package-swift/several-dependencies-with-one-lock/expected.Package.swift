// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/alpha.git", "1.0.0"..<"1.3.0"),
        .package(url: "https://github.com/example/beta.git", "0.4.0"..<"0.4.3"),
        .package(url: "https://github.com/example/gamma.git", "1.0.0"..<"2.1.0"),
        .package(url: "https://github.com/example/delta.git", revision: "5f0ab1c3d2e4f60718293a4b5c6d7e8f90a1b2c3"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)
