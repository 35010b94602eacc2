// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Demo",
    dependencies: [
        .package(url: "https://github.com/example/core.git", from: "1.0.0"),
    ],
    targets: [
        .target(name: "Demo"),
    ]
)

#if os(Linux)
package.dependencies.append(.package(url: "https://github.com/example/linux-only.git", from: "0.2.0"))
#elseif swift(>=5.9) && canImport(Darwin) // Apple platforms
package.dependencies += [
    .package(url: "https://github.com/example/apple-only.git", from: "3.1.0"),
]
#else
#endif
