import SourceText

/// The manifest formats ceiling reads, and how a file's name maps to one.
package enum ManifestFormat: String, Sendable, CaseIterable {
    case requirements
    case pyproject
    case pipfile
    case setupCfg = "setup.cfg"
    case setupPy = "setup.py"
    case packageSwift = "package.swift"

    /// The scanner for this format.
    package var scan: @Sendable (SourceFile) -> ScanResult {
        switch self {
        case .requirements: return RequirementsScanner.scan
        case .pyproject: return PyprojectScanner.scan
        case .pipfile: return PipfileScanner.scan
        case .setupCfg: return SetupCfgScanner.scan
        case .setupPy: return SetupPyScanner.scan
        case .packageSwift: return PackageSwiftScanner.scan
        }
    }

    /// Parses a `--format` value: the raw names plus a few spellings users type.
    package init?(argument: String) {
        switch argument.lowercased() {
        case "requirements", "requirements.txt", "pip": self = .requirements
        case "pyproject", "pyproject.toml": self = .pyproject
        case "pipfile": self = .pipfile
        case "setup.cfg", "setupcfg", "cfg": self = .setupCfg
        case "setup.py", "setuppy": self = .setupPy
        case "package.swift", "swift", "swiftpm": self = .packageSwift
        default: return nil
        }
    }

    /// The format of a file walked into: only names ceiling knows.
    ///
    /// `requirements*.txt`, `*requirements*.in`, `constraints*.txt`, any `.txt`
    /// or `.in` inside a folder named `requirements`, `pyproject.toml`, `Pipfile`,
    /// `setup.cfg`, `setup.py`, `Package.swift` and `Package@swift-X.Y.swift`.
    package static func known(path: String) -> ManifestFormat? {
        // Called for every file walked: look at the last two components only, without splitting.
        let bytes = path.utf8
        let end = bytes.endIndex
        let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard nameStart < end else { return nil }
        let name = Substring(path.utf8[nameStart..<end])
        return known(name: name) ?? {
            guard nameStart > bytes.startIndex else { return nil }
            let slash = bytes.index(before: nameStart)
            let parentStart = bytes[..<slash].lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
            let parent = Substring(path.utf8[parentStart..<slash])
            let lower = name.lowercased()
            if parent.lowercased() == "requirements", lower.hasSuffix(".txt") || lower.hasSuffix(".in") { return .requirements }
            return nil
        }()
    }

    /// The format a file name alone declares.
    static func known(name: Substring) -> ManifestFormat? {
        switch name {
        case "pyproject.toml": return .pyproject
        case "Pipfile": return .pipfile
        case "setup.cfg": return .setupCfg
        case "setup.py": return .setupPy
        case "Package.swift": return .packageSwift
        default: break
        }
        if name.hasPrefix("Package@swift-"), name.hasSuffix(".swift") { return .packageSwift }
        // Only names that can be requirements files pay for lowercasing.
        guard name.hasSuffix(".txt") || name.hasSuffix(".in") || name.hasSuffix(".TXT") || name.hasSuffix(".IN") else { return nil }
        let lower = name.lowercased()
        if lower.hasSuffix(".txt"), lower.contains("requirements") || lower.hasPrefix("constraints") { return .requirements }
        if lower.hasSuffix(".in"), lower.contains("requirements") { return .requirements }
        return nil
    }

    /// The format of a file named explicitly: a known name, a name that ends in one
    /// (`old.setup.py`, `input.pyproject.toml`), else a requirements file (`dev.txt`, `base.in`).
    package static func forExplicitFile(path: String) -> ManifestFormat {
        if let format = known(path: path) { return format }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffixes: [(String, ManifestFormat)] = [
            (".pyproject.toml", .pyproject), (".Pipfile", .pipfile), (".setup.cfg", .setupCfg),
            (".setup.py", .setupPy), (".Package.swift", .packageSwift),
        ]
        for (suffix, format) in suffixes where name.hasSuffix(suffix) { return format }
        if name.hasPrefix("Package@swift-") || (name.contains(".Package@swift-") && name.hasSuffix(".swift")) { return .packageSwift }
        return .requirements
    }
}
