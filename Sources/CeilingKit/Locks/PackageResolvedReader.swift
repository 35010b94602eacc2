import FoundationEssentials

/// Reads SwiftPM's Package.resolved (formats 1, 2 and 3) into a `LockIndex`.
///
/// Format 1 nests pins under `object` and names them `package`/`repositoryURL`;
/// formats 2 and 3 list `pins` with `identity`/`location` (3 adds `originHash`).
/// Each pin is recorded under its identity and under its URL, so a manifest's
/// `.package(url:)` finds it either way. Branch pins without a version keep
/// their revision (with an empty version), which is what a `branch:` cap needs.
public enum PackageResolvedReader {
    private struct File: Decodable {
        var version: Int?
        var pins: [Pin]?
        var object: Object?
    }

    private struct Object: Decodable {
        var pins: [Pin]?
    }

    private struct Pin: Decodable {
        var identity: String?
        var package: String?
        var location: String?
        var repositoryURL: String?
        var state: State?
    }

    private struct State: Decodable {
        var version: String?
        var revision: String?
        var branch: String?
    }

    public static func read(_ file: SourceFile, into index: inout LockIndex) -> Diagnostic? {
        let document: File
        do {
            document = try JSONDecoder().decode(File.self, from: Data(file.bytes[file.contentStart...]))
        } catch {
            return Diagnostic(offset: 0, message: "not a Package.resolved file: \(error)")
        }
        if let version = document.version, !(1...3).contains(version) {
            return Diagnostic(offset: 0, message: "unsupported Package.resolved version \(version) (1, 2 and 3 are read)")
        }
        guard let pins = document.pins ?? document.object?.pins else {
            return Diagnostic(offset: 0, message: "Package.resolved has no 'pins'")
        }
        for pin in pins {
            // Registry pins have an empty location.
            let url = (pin.location ?? pin.repositoryURL).flatMap { $0.isEmpty ? nil : $0 }
            guard let identity = pin.identity?.lowercased() ?? url.map(identity(ofURL:)) ?? pin.package?.lowercased(),
                  let state = pin.state else { continue }
            let entry = LockIndex.Entry(version: state.version ?? "", source: file.path, revision: state.revision)
            index.add(name: identity, entry: entry, isHigher: SemanticVersion.isHigher(_:than:))
            if let url {
                index.add(name: urlKey(url), entry: entry, isHigher: SemanticVersion.isHigher(_:than:))
            }
        }
        return nil
    }

    /// SwiftPM's identity for a URL: its last path component, lowercased, without `.git`.
    ///
    ///     https://github.com/apple/swift-nio.git -> swift-nio
    ///     git@github.com:Alamofire/Alamofire.git -> alamofire
    public static func identity(ofURL url: String) -> String {
        var s = Substring(url)
        while s.hasSuffix("/") { s = s.dropLast() }
        if let cut = s.lastIndex(where: { $0 == "/" || $0 == ":" }) { s = s[s.index(after: cut)...] }
        var name = s.lowercased()
        if name.hasSuffix(".git") { name.removeLast(4) }
        return name
    }

    /// The key a URL is stored under: lowercased, without a trailing `/` or `.git`,
    /// so `https://github.com/a/b.git` and `https://github.com/a/b` meet.
    public static func urlKey(_ url: String) -> String {
        var key = url.lowercased()
        while key.hasSuffix("/") { key.removeLast() }
        if key.hasSuffix(".git") { key.removeLast(4) }
        return key
    }
}
