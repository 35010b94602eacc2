import SourceText
import FileIO

/// Reads the versions installed in a Python environment (a venv, virtualenv or conda
/// prefix) from its metadata files, without running Python.
///
/// Each installed distribution has `*.dist-info/METADATA` (or, for older installs,
/// `*.egg-info/PKG-INFO`, or an `*.egg-info` file) whose `Name:` and `Version:` headers
/// say what is installed; the folder name (`name-1.0.dist-info`) stands in when they are
/// missing. Site-packages is looked for where CPython, PyPy and Windows put it.
enum VenvReader {
    /// Adds every installed distribution under `directory` to `index`; if no
    /// site-packages can be found there, returns a diagnostic and adds nothing.
    static func read(
        venv directory: String, into index: inout LockIndex,
        isHigher: (String, String) -> Bool = LockIndex.isHigherPythonVersion
    ) -> Diagnostic? {
        let folders = sitePackages(in: directory)
        guard !folders.isEmpty else {
            return Diagnostic(
                offset: 0,
                message: "expected a Python environment with lib/python3.X/site-packages or Lib/site-packages in \(directory)")
        }
        for folder in folders {
            for name in Self.names(in: folder) {
                guard let installed = distribution(named: name, in: folder) else { continue }
                index.add(
                    name: installed.name, entry: .init(version: installed.version, source: folder + "/" + name, origin: .environment),
                    isHigher: isHigher)
            }
        }
        return nil
    }

    /// The site-packages folders of an environment: `lib/python3.X/`, `lib64/...`,
    /// `lib/pypy3.X/`, Windows' `Lib/`; or the folder itself if it already holds metadata.
    static func sitePackages(in directory: String) -> [String] {
        var found: [String] = []
        for lib in ["lib", "lib64"] {
            let base = directory + "/" + lib
            for version in Self.names(in: base)
            where version.hasPrefix("python") || version.hasPrefix("pypy") {
                let candidate = base + "/" + version + "/site-packages"
                if isDirectory(candidate) { found.append(candidate) }
            }
        }
        for candidate in [directory + "/Lib/site-packages", directory + "/site-packages"]
        where isDirectory(candidate) {
            found.append(candidate)
        }
        if found.isEmpty,
           Self.names(in: directory).contains(where: { $0.hasSuffix(".dist-info") || $0.hasSuffix(".egg-info") }) {
            found.append(directory)
        }
        return found
    }

    /// The name and version of the distribution a site-packages entry describes, if it is one.
    static func distribution(named entry: String, in folder: String) -> (name: String, version: String)? {
        let path = folder + "/" + entry
        let metadataPath: String
        let stem: Substring
        if entry.hasSuffix(".dist-info") {
            metadataPath = path + "/METADATA"
            stem = entry.dropLast(".dist-info".count)
        } else if entry.hasSuffix(".egg-info") {
            // An egg-info is a folder holding PKG-INFO, or a single PKG-INFO-like file.
            metadataPath = isDirectory(path) ? path + "/PKG-INFO" : path
            stem = entry.dropLast(".egg-info".count)
        } else {
            return nil
        }
        if let bytes = try? FileSystem.read(metadataPath).get(), let headers = metadataHeaders(bytes) {
            return headers
        }
        return nameAndVersion(fromStem: stem)
    }

    /// The entries of a folder in name order; none when it cannot be listed.
    private static func names(in folder: String) -> [String] {
        ((try? FileSystem.list(folder).get()) ?? []).map(\.name)
    }

    private static func isDirectory(_ path: String) -> Bool {
        let kind = FileSystem.kind(path)
        return kind == .directory || kind == .symlinkToDirectory
    }

    /// `Name:` and `Version:` from the header block of a core-metadata file (up to the first blank line).
    static func metadataHeaders(_ bytes: [UInt8]) -> (name: String, version: String)? {
        var name: String?
        var version: String?
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == start { break }  // the headers end at the first blank line
            let line = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
            if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].lowercased()
                let value = line[line.index(after: colon)...].trimmingBlanks()
                if key == "name", name == nil, !value.isEmpty { name = value }
                if key == "version", version == nil, !value.isEmpty { version = value }
            }
            start = end + 1
        }
        guard let name, let version else { return nil }
        return (name, version)
    }

    /// `foo_bar-1.2.3` (dist-info) or `foo_bar-1.2.3-py3.11` (egg-info) gives `foo_bar`, `1.2.3`.
    static func nameAndVersion(fromStem stem: Substring) -> (name: String, version: String)? {
        var parts = stem.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count > 2, let last = parts.last, last.hasPrefix("py"),
           last.dropFirst(2).first?.isNumber == true {
            parts.removeLast()  // egg-info's `-py3.11` tag
        }
        guard parts.count >= 2, let version = parts.last, !version.isEmpty else { return nil }
        let name = parts.dropLast().joined(separator: "-")
        return name.isEmpty ? nil : (name, String(version))
    }
}

private extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
