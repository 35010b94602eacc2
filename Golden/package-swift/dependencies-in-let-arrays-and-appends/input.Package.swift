// swift-tools-version:5.9
import PackageDescription

let sharedDependencies: [Package.Dependency] = [
    .package(url: "https://github.com/example/shared.git", from: "0.1.0"),
]

let package = Package(
    name: "Demo",
    dependencies: sharedDependencies + [
        .package(url: "https://github.com/example/main-dep.git", from: "2.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)

package.dependencies += [
    .package(url: "https://github.com/example/added.git", from: "0.2.0"),
]
package.dependencies.append(.package(url: "https://github.com/example/appended.git", from: "0.0.9"))
