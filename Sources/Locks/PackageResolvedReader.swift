import SourceText
import PythonVersions
import ManifestScanners

/// Reads SwiftPM's Package.resolved (formats 1, 2 and 3) into a `LockIndex`.
///
/// Format 1 nests pins under `object` and names them `package`/`repositoryURL`;
/// formats 2 and 3 list `pins` with `identity`/`location` (3 adds `originHash`).
/// Each pin is recorded under its identity and under its URL, so a manifest's
/// `.package(url:)` finds it either way. Branch pins without a version keep
/// their revision (with an empty version), which is what a `branch:` cap needs.
package enum PackageResolvedReader {
    /// Reads every pin; a file that is not JSON or has no `pins` is a `Diagnostic` at the offending byte.
    static func read(_ file: SourceFile, into index: inout LockIndex) -> Diagnostic? {
        let document: JSONValue
        switch JSONReader.parse(file) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return diagnostic
        }
        guard document.members != nil else {
            return Diagnostic(offset: document.offset, message: "expected a JSON object (a Package.resolved file)")
        }
        if let version = document["version"], case .number(let text) = version.kind, !["1", "2", "3"].contains(text) {
            return Diagnostic(offset: version.offset, message: "unsupported Package.resolved version \(text) (1, 2 and 3 are read)")
        }
        guard let pinsValue = document["pins"] ?? document["object"]?["pins"], let pins = pinsValue.elements else {
            return Diagnostic(offset: document.offset, message: "expected 'pins' (an array) in Package.resolved")
        }
        for pin in pins {
            // Registry pins have an empty location.
            let url = (pin["location"]?.string ?? pin["repositoryURL"]?.string).flatMap { $0.isEmpty ? nil : $0 }
            guard let identity = pin["identity"]?.string?.lowercased() ?? url.map(identity(ofURL:)) ?? pin["package"]?.string?.lowercased(),
                  let state = pin["state"], state.members != nil else { continue }
            var entry = LockIndex.Entry(version: Self.version(state["version"]?.string ?? ""), source: file.path, revision: state["revision"]?.string)
            entry.branch = state["branch"]?.string
            index.add(name: identity, entry: entry, isHigher: SemanticVersion.isHigher(_:than:))
            if let url {
                index.add(name: urlKey(url), entry: entry, isHigher: SemanticVersion.isHigher(_:than:))
            }
        }
        return nil
    }

    /// A pinned version as SwiftPM reads tags: `v0.12.1` is 0.12.1. Anything else is kept
    /// as written, so the policy can say it cannot read it.
    static func version(_ text: String) -> String {
        if let first = text.first, first == "v" || first == "V", SemanticVersion(String(text.dropFirst())) != nil {
            return String(text.dropFirst())
        }
        return text
    }

    /// SwiftPM's identity for a URL; see `SwiftPackageIdentity.identity(ofURL:)`.
    static func identity(ofURL url: String) -> String { SwiftPackageIdentity.identity(ofURL: url) }

    /// The key a URL is stored under; see `SwiftPackageIdentity.urlKey(_:)`.
    package static func urlKey(_ url: String) -> String { SwiftPackageIdentity.urlKey(url) }
}
