import Foundation
import Testing

/// Loads the JSON vectors in `<package root>/../shared/suites/pep440` (taken from packaging's and
/// poetry-core's own tests); every suite that uses them is skipped when the folder is absent.
enum PEPVectors {
    static let directory: String = {
        // Tests/CeilingKitTests/<this file> -> package root -> ../shared
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/../shared/suites/pep440"
    }()

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: directory + "/version_comparisons.json")
    }

    /// The `cases` array of one vector file.
    static func cases(_ file: String) throws -> [Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + file))
        let object = try JSONSerialization.jsonObject(with: data)
        if let dict = object as? [String: Any], let cases = dict["cases"] as? [Any] { return cases }
        if let list = object as? [Any] { return list }
        return []
    }

    /// Vectors of `file` listed in `_dropped.json` (packaging's newest behaviour, not 26.2's), as JSON text.
    static func dropped(_ file: String) throws -> Set<String> {
        var out = Set<String>()
        for case let entry as [String: Any] in try cases("_dropped.json") where entry["file"] as? String == file {
            if let vector = entry["vector"] { out.insert(canonicalJSON(vector)) }
        }
        return out
    }

    /// A stable JSON rendering used to match dropped vectors against cases.
    static func canonicalJSON(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite(.enabled(if: PEPVectors.isAvailable)) struct PEPVectorTests {
    @Test func everyVectorFileTheSuitesReplayIsPresent() throws {
        for file in ["versions_sorted.json", "specifier_contains.json", "requirements_valid.json",
                     "markers_valid.json", "poetry_allows.json", "poetry_parse_constraint.json"] {
            #expect(try !PEPVectors.cases(file).isEmpty, "\(file)")
        }
    }
}
