// swift-tools-version:5.9
import PackageDescription

import class Foundation.ProcessInfo

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/core.git", from: "1.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)

/// When not using local dependencies, the branch to use for related repositories.
let relatedDependenciesBranch = "main"

if ProcessInfo.processInfo.environment["USE_LOCAL_DEPS"] == nil {
    package.dependencies += [
        .package(url: "https://github.com/example/swift-llbuild.git", branch: relatedDependenciesBranch),
        .package(url: "https://github.com/example/swift-driver.git", branch: relatedDependenciesBranch),
    ]
} else {
    package.dependencies += [
        .package(name: "swift-llbuild", path: "../llbuild"),
    ]
}
