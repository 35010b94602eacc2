/// The manifest formats ceiling reads, and how a file's name maps to one.
public enum ManifestFormat: String, Sendable, CaseIterable {
    case requirements
    case pyproject
    case pipfile
    case setupCfg = "setup.cfg"
    case setupPy = "setup.py"
    case packageSwift = "package.swift"

    /// The scanner for this format.
    var scan: @Sendable (SourceFile) -> ScanResult {
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
    public init?(argument: String) {
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
    public static func known(path: String) -> ManifestFormat? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let last = parts.last else { return nil }
        let name = String(last)
        switch name {
        case "pyproject.toml": return .pyproject
        case "Pipfile": return .pipfile
        case "setup.cfg": return .setupCfg
        case "setup.py": return .setupPy
        case "Package.swift": return .packageSwift
        default: break
        }
        if name.hasPrefix("Package@swift-"), name.hasSuffix(".swift") { return .packageSwift }
        let lower = name.lowercased()
        if lower.hasSuffix(".txt") {
            if lower.contains("requirements") || lower.hasPrefix("constraints") { return .requirements }
        }
        if lower.hasSuffix(".in"), lower.contains("requirements") { return .requirements }
        if parts.count >= 2, parts[parts.count - 2].lowercased() == "requirements",
           lower.hasSuffix(".txt") || lower.hasSuffix(".in") {
            return .requirements
        }
        return nil
    }

    /// The format of a file named explicitly: a known name, else a requirements file (`dev.txt`, `base.in`).
    public static func forExplicitFile(path: String) -> ManifestFormat {
        known(path: path) ?? .requirements
    }
}
