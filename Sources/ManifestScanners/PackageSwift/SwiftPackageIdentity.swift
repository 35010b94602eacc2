/// How SwiftPM names a package dependency, so a manifest's requirement and a
/// `Package.resolved` pin meet (SwiftPM's `PackageIdentity` for source-control URLs).
package enum SwiftPackageIdentity {
    /// SwiftPM's identity for a URL: its last path component, lowercased, without `.git`.
    ///
    ///     https://github.com/apple/swift-nio.git -> swift-nio
    ///     git@github.com:Alamofire/Alamofire.git -> alamofire
    package static func identity(ofURL url: String) -> String {
        var s = Substring(url)
        while s.hasSuffix("/") { s = s.dropLast() }
        if let cut = s.lastIndex(where: { $0 == "/" || $0 == ":" }) { s = s[s.index(after: cut)...] }
        var name = s.lowercased()
        if name.hasSuffix(".git") { name.removeLast(4) }
        return name
    }

    /// The key a URL is stored under: lowercased, without a trailing `/` or `.git`,
    /// so `https://github.com/a/b.git` and `https://github.com/a/b` meet.
    package static func urlKey(_ url: String) -> String {
        var key = url.lowercased()
        while key.hasSuffix("/") { key.removeLast() }
        if key.hasSuffix(".git") { key.removeLast(4) }
        return key
    }
}
