import Foundation
import Testing
import TestSupport
@testable import SourceText
@testable import ManifestScanners
@testable import CeilingKit

/// The setup.py data flow: every string that reaches a requirement keyword of `setup()` is a
/// requirement, however it got there; what cannot be followed is a warning naming it.
@Suite struct SetupPyFlowTests {
    static func scan(_ source: String) -> ScanResult {
        SetupPyScanner.scan(SourceFile(path: "setup.py", bytes: Array(source.utf8)))
    }

    static func requirements(_ source: String) -> [String] {
        scan(source).dependencies.map { dependency in
            guard case .pep508(let text) = dependency.constraint else { return "?" }
            return text.string
        }.sorted()
    }

    @Test(arguments: [
        ("REQS = ['a>=1']\nREQS.append('b>=1')\nsetup(install_requires=REQS)\n", ["a>=1", "b>=1"]),
        ("REQS = ['a>=1']\nREQS.extend(['b>=1'])\nREQS += ['c>=1']\nsetup(install_requires=REQS)\n", ["a>=1", "b>=1", "c>=1"]),
        ("BASE = ['a>=1']\nsetup(install_requires=BASE + ['b>=1'])\n", ["a>=1", "b>=1"]),
        ("REQS = ['a>=1']\nif x:\n    REQS = ['b>=1']\nsetup(install_requires=REQS)\n", ["a>=1", "b>=1"]),
        ("E = {'dev': ['a>=1']}\nE['doc'] = ['b>=1']\nE.update({'lint': ['c>=1']})\nsetup(extras_require=E)\n", ["a>=1", "b>=1", "c>=1"]),
        ("E = {}\nE.update(test=['a>=1'])\nsetup(extras_require=E)\n", ["a>=1"]),
        ("BASE = ['a>=1']\nsetup(install_requires=[*BASE, 'b>=1'])\n", ["a>=1", "b>=1"]),
        ("setup(extras_require={'x': 'pkg>=1'})\n", ["pkg>=1"]),
        ("E = {'test': ['a>=1']}\nsetup(tests_require=E['test'], extras_require=E)\n", ["a>=1"]),
        ("A = 'a>=1'\nsetup(install_requires=[A])\n", ["a>=1"]),
        ("ARGS = dict(install_requires=['a>=1'])\nsetup(**ARGS)\n", ["a>=1"]),
        ("def main():\n    setup(install_requires=REQS)\nREQS = ['a>=1']\nif x: REQS.append('b>=1')\nmain()\n", ["a>=1", "b>=1"]),
        ("def f():\n    REQS.append('x>=1')\nREQS = ['a>=1']\nsetup(install_requires=REQS)\n", ["a>=1"]),
        ("REQS = ['a>=1'] if x else ['b>=1']\nsetup(install_requires=REQS)\n", ["a>=1", "b>=1"]),
    ])
    func followsEveryShapeThatReachesSetup(_ source: String, _ expected: [String]) {
        #expect(Self.requirements(source) == expected, "\(source)")
    }

    @Test func aStringReachedTwiceIsOneRequirement() {
        let source = "REQS = ['a>=1']\nsetup(install_requires=REQS, tests_require=REQS + REQS)\n"
        #expect(Self.requirements(source) == ["a>=1"])
    }

    @Test func unfollowableValueIsAWarningNamingIt() {
        let result = Self.scan("from deps import REQS\nsetup(install_requires=read('requirements.txt'), tests_require=TESTS)\n")
        #expect(result.dependencies.isEmpty)
        #expect(result.skips.count == 2)
        #expect(result.skips.allSatisfy { $0.isWarning && !$0.isUnbounded })
        #expect(result.skips.contains { $0.reason.contains("computed (a call)") })
        #expect(result.skips.contains { $0.reason.contains("TESTS") })
    }

    @Test func implicitlyConcatenatedRequirementIsUnboundedAndNotEdited() {
        let result = Self.scan("setup(install_requires=['requests' '>=2.0', 'six' '<2'])\n")
        #expect(result.dependencies.isEmpty)
        #expect(result.skips.map(\.isUnbounded) == [true, false])
        #expect(result.skips.first?.name == "requests")
        #expect(result.skips.allSatisfy { !$0.reason.contains("comma") })
    }

    @Test func adjacentRequirementsWarnOfAMissingComma() {
        let result = Self.scan("setup(install_requires=['psutil>=5.8' 'scipy>=1.3'])\n")
        #expect(result.skips.count == 1)
        #expect(result.skips.first?.isUnbounded == true)
        #expect(result.skips.first?.reason.contains("is a comma missing?") == true)
    }

    @Test func ignorePragmaKeepsASkippedEntryOffTheList() {
        let result = Self.scan("setup(install_requires=[\n    'requests' '>=2.0',  # ceiling: ignore\n])\n")
        #expect(result.skips.count == 1)
        #expect(result.skips.first?.isUnbounded == false)
    }
}

/// ceiling's setup.py flow agrees with ../shared/tools/setup_flow.py, the reading the judge
/// uses: every string the strict reading finds is a requirement to ceiling, and ceiling finds
/// none the lenient reading does not. Runs over every setup.py under Golden/ and under
/// ../shared (corpus and suites); skips cleanly without python3 or ../shared.
@Suite(.enabled(if: SetupFlowReference.isAvailable))
struct SetupPyFlowReferenceTests {
    @Test func everySetupPyAgreesWithTheReferenceFlow() throws {
        let files = SetupFlowReference.setupPyFiles()
        #expect(!files.isEmpty)
        let reference = try SetupFlowReference.positions(of: files)
        for path in files {
            guard let bytes = FileManager.default.contents(atPath: path).map(Array.init), let expected = reference[path] else { continue }
            let file = SourceFile(path: path, bytes: bytes)
            let found = Set(SetupPyScanner.scan(file).dependencies.compactMap { dependency -> String? in
                guard case .pep508(let text) = dependency.constraint else { return nil }
                return "\(file.location(of: dependency.offset).line) \(text.string)"
            })
            #expect(expected.strict.isSubset(of: found), "\(path): missed \(expected.strict.subtracting(found).sorted())")
            #expect(found.isSubset(of: expected.lenient), "\(path): beyond the reference \(found.subtracting(expected.lenient).sorted())")
        }
    }
}

/// Runs ../shared/tools/setup_flow.py over files (`CEILING_SHARED` overrides where ../shared is).
enum SetupFlowReference {
    static var sharedRoot: String { ProcessInfo.processInfo.environment["CEILING_SHARED"] ?? SharedCorpus.sharedRoot }
    static var tool: String { sharedRoot + "/tools/setup_flow.py" }
    static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { python != nil && FileManager.default.fileExists(atPath: tool) }

    /// Every `*setup.py` (and `*.setup.py`) under Golden/ and ../shared's corpus and suites.
    static func setupPyFiles() -> [String] {
        let roots = [GoldenTests.root.path, sharedRoot + "/corpus", sharedRoot + "/suites"]
        var found: [String] = []
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            while let relative = walker.nextObject() as? String {
                guard relative.hasSuffix("setup.py"), !relative.hasSuffix("expected.setup.py"),
                      walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                found.append(root + "/" + relative)
            }
        }
        return found.sorted()
    }

    /// For each file, `"line value"` of the strings the strict and the lenient readings find.
    static func positions(of files: [String]) throws -> [String: (strict: Set<String>, lenient: Set<String>)] {
        let script = """
        import ast, json, sys
        sys.path.insert(0, sys.argv[1])
        import setup_flow
        out = {}
        for path in sys.argv[2:]:
            text = open(path, encoding="utf-8-sig").read()
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            res = {}
            for mode in ("strict", "lenient"):
                pos = setup_flow.setup_flow_positions(tree, text, strict=(mode == "strict"))
                res[mode] = ["%d %s" % (line, value) for value, line in setup_flow.setup_py_requirements(text, pos)]
            out[path] = res
        print(json.dumps(out))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python ?? "/usr/bin/python3")
        process.arguments = ["-c", script, sharedRoot + "/tools"] + files
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SwiftPMDumpPackage.Failure(message: String(decoding: message, as: UTF8.self))
        }
        let json = try JSONSerialization.jsonObject(with: data) as? [String: [String: [String]]] ?? [:]
        return json.mapValues { (Set($0["strict"] ?? []), Set($0["lenient"] ?? [])) }
    }
}
