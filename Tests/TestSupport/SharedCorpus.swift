import Foundation
import FileIO
import SourceText

/// Where the shared corpus lives (`<package root>/../shared`), and small helpers the lock suites share.
package enum SharedCorpus {
    /// `<package root>/../shared`, derived from this file's path.
    package static let sharedRoot: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/TestSupport/<file>
        parts.removeLast()  // the package root itself
        return parts.joined(separator: "/") + "/shared"
    }()

    package static var hasShared: Bool { FileSystem.kind(sharedRoot + "/corpus") == .directory }

    /// The files of a corpus folder, sorted; empty when absent.
    package static func corpusFiles(_ folder: String) -> [String] {
        let dir = sharedRoot + "/corpus/" + folder
        return names(in: dir).map { dir + "/" + $0 }
    }

    /// Files under `corpus/projects/*/` whose name passes `keep`.
    package static func projectFiles(named keep: (String) -> Bool) -> [String] {
        let root = sharedRoot + "/corpus/projects"
        var paths: [String] = []
        for project in names(in: root) {
            for name in names(in: root + "/" + project) where keep(name) {
                paths.append(root + "/" + project + "/" + name)
            }
        }
        return paths
    }

    /// The names in a folder, sorted; none when it cannot be listed.
    package static func names(in folder: String) -> [String] {
        ((try? FileSystem.list(folder).get()) ?? []).map(\.name)
    }

    package static func load(_ path: String) -> SourceFile? {
        (try? FileSystem.read(path).get()).map { SourceFile(path: path, bytes: $0) }
    }

    /// Numeric dotted comparison, good enough for hand-written test versions.
    package static func naiveIsHigher(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }
        let y = b.split(separator: ".").map { Int($0) ?? 0 }
        return x.lexicographicallyPrecedes(y) == false && x != y
    }

    /// A temporary folder holding `files` (`name/` makes an empty folder), removed with the workspace.
    package static func workspace(_ files: [String: String]) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        for (relative, text) in files {
            if relative.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: workspace.path + "/" + relative, withIntermediateDirectories: true)
            } else {
                try workspace.write(relative, text)
            }
        }
        return workspace
    }

    /// The line:column a diagnostic points at.
    package static func location(_ diagnostic: Diagnostic?, in file: SourceFile) -> String? {
        diagnostic.map { file.location(of: $0.offset).description }
    }
}
