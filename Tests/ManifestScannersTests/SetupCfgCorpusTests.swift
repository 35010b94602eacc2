import Foundation
import Testing
@testable import SourceText
@testable import ManifestScanners

/// Locations of the shared corpus beside the checkout; tests skip when it is absent.
enum SetupSharedFolder {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static var exists: Bool { FileManager.default.fileExists(atPath: root.path) }

    static func scan(_ url: URL, with scanner: (SourceFile) -> ScanResult) throws -> (SourceFile, ScanResult) {
        let file = SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url)))
        return (file, scanner(file))
    }
}

@Suite(.enabled(if: SetupSharedFolder.exists)) struct SetupCfgCorpusTests {
    /// The suite files Python 3.11's `ConfigParser()` (setuptools' reader, strict) rejects.
    static let rejectedByConfigParser: Set<String> = [
        "test10_dup_option.cfg", "test11_no_values.cfg", "test1_cfg_out_none.cfg",
        "test4_cfg_out.cfg", "test9_dup_section.cfg", "test_wrong_cfg.cfg",
    ]

    @Test func scansEveryCorpusSetupCfgWithoutErrors() throws {
        let folder = SetupSharedFolder.root.appendingPathComponent("corpus/setup_cfg")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("setup.cfg") }
        #expect(names.count >= 20)
        var dependencies = 0
        for name in names {
            let (_, result) = try SetupSharedFolder.scan(folder.appendingPathComponent(name), with: SetupCfgScanner.scan)
            #expect(result.errors.isEmpty, "\(name): \(result.errors)")
            dependencies += result.dependencies.count
        }
        #expect(dependencies > 100)
    }

    /// setuptools' reading of one configparser value (see SetupCfgScanner): split, strip, drop `#` entries and comments.
    static func setuptoolsList(_ value: String) -> [String] {
        let parts = value.contains("\n") ? value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            : value.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { item in
                guard let comment = item.range(of: " #") else { return item }
                return String(item[..<comment.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
            .reduce(into: [String]()) { joined, item in
                // join_continuation: `item[:-2].strip() + next`.
                if let last = joined.last, last.hasSuffix("\\") {
                    joined[joined.count - 1] = String(last.dropLast(2)).trimmingCharacters(in: .whitespaces) + item
                } else {
                    joined.append(item)
                }
            }
    }

    @Test func findsTheRequirementsSetuptoolsReadsInEverySuiteFile() throws {
        let folder = SetupSharedFolder.root.appendingPathComponent("suites/setupcfg")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("INDEX.json"))) as? [String: Any]
        let files = index?["files"] as? [[String: Any]] ?? []
        #expect(files.count == 107)
        var compared = 0
        var namesCompared = 0
        for entry in files {
            guard let path = entry["file"] as? String else { continue }
            let (file, result) = try SetupSharedFolder.scan(folder.appendingPathComponent(path), with: SetupCfgScanner.scan)
            let base = (path as NSString).lastPathComponent
            if Self.rejectedByConfigParser.contains(base) {
                #expect(!result.errors.isEmpty, "\(path) should be rejected")
                continue
            }
            #expect(result.errors.isEmpty, "\(path): \(result.errors)")
            guard let sections = entry["configparser"] as? [String: [String: Any]] else { continue }
            // Expected: setuptools' reading of every dependency key, in file order.
            var expected: [String] = []
            let order = Self.keyOrder(file)
            for (section, key) in order {
                guard let value = sections[section]?[key] as? String else { continue }
                if value.hasPrefix("file:") { continue }
                expected += Self.setuptoolsList(value)
            }
            let found = requirements(result, in: file.bytes).map(\.text)
            if let parsed = entry["install_requires"] as? [[String: Any]] {
                // INDEX's own PEP 508 parse of [options] install_requires, when written one per line:
                // every parsed requirement is found with packaging's name (comments dropped first).
                if (sections["options"]?["install_requires"] as? String)?.contains("\n") == true {
                    for item in parsed {
                        guard let input = item["input"] as? String, let text = Self.setuptoolsList(input + "\n").first else { continue }
                        let dependency = result.dependencies.first { dependency in
                            if case .pep508(let t) = dependency.constraint { return t.string == text }
                            return false
                        }
                        #expect(dependency != nil, "\(path): \(text) not found")
                        if let name = item["name"] as? String, let dependency {
                            #expect(dependency.name == name, "\(path): \(dependency.name) vs \(name)")
                            namesCompared += 1
                        }
                    }
                }
            }
            // Every entry is found, in order, except those the scanner reports as skipped
            // (a `;` split marker skips two entries with one Skip).
            #expect(Self.isSubsequence(found, of: expected), "\(path): \(expected) vs \(found)")
            #expect(expected.count - found.count <= 2 * result.skips.count, "\(path): \(expected) vs \(found)")
            if found != expected { print("setup.cfg suite: \(path) skipped \(result.skips.map(\.reason))") }
            compared += 1
        }
        #expect(compared > 90)
        #expect(namesCompared >= 60)
    }

    static func isSubsequence(_ small: [String], of large: [String]) -> Bool {
        var i = 0
        for item in large where i < small.count && small[i] == item { i += 1 }
        return i == small.count
    }

    /// (section, key) of every dependency option, in file order, read with the scanner's own reader.
    static func keyOrder(_ file: SourceFile) -> [(String, String)] {
        SetupCfgReader(file).options.compactMap { option in
            if option.section == "options", SetupCfgScanner.optionKeys.contains(option.key) { return (option.section, option.key) }
            if option.section == "options.extras_require" { return (option.section, option.key) }
            return nil
        }
    }
}
