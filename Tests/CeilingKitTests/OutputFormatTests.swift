import Foundation
import Testing
import TestSupport
@testable import SourceText
@testable import CeilingKit

/// `--output-format github|gitlab|sarif`: what each prints for unbounded constraints and errors,
/// and how the option combines with the others. Serialized: runs change the current directory.
@Suite(.serialized) struct OutputFormatTests {
    /// A capped constraint (flask, locked), one with no known version (click), a bounded one,
    /// and a manifest that does not parse.
    static func workspace() throws -> TestWorkspace {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "# web\nflask>=1.1.2\nclick\nattrs>=20,<22\n")
        try ws.write("requirements.lock", "flask==1.1.4\n")
        try ws.write("sub/pyproject.toml", "[project\n")
        return ws
    }

    static let lockArguments = ["--lock", "requirements.lock"]

    @Test func githubPrintsOneWorkflowCommandPerFindingAndErrorsAsError() throws {
        let ws = try Self.workspace()
        let result = ws.run(["--output-format", "github"] + Self.lockArguments)
        #expect(result.status == .failure)
        #expect(result.stdout == """
        ::warning file=requirements.txt,line=2,col=1,title=Unbounded dependency constraint::flask>=1.1.2 has no upper bound (would become flask>=1.1.2,<2)
        ::warning file=requirements.txt,line=3,col=1,title=Unbounded dependency constraint (no known version)::click has no upper bound and no known version; not capped (give one with --lock or --venv, or use --from-lower-bound; --index would look up its published releases)
        ::error file=sub/pyproject.toml,line=1,col=9,title=Manifest not processed::expected ']' closing the table header, found newline

        """)
        #expect(try ws.read("requirements.txt") == "# web\nflask>=1.1.2\nclick\nattrs>=20,<22\n", "a report writes nothing")
    }

    /// `--transitive`: an installed package nothing caps is a finding of its own kind.
    @Test func transitiveCapsToAddAreFindings() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
        try ws.write("requirements.txt", "flask==1.1.2\n")
        try ws.write("requirements.lock", "flask==1.1.2\nclick==7.1.2\n")
        let result = ws.run(["--output-format", "github", "--transitive", "--lock", "requirements.lock", "."])
        #expect(result.status == .unbounded)
        #expect(result.stdout == "::warning file=constraints.txt,line=1,col=1,title=Installed package without a cap::click 7.1.2 is installed with no cap (would add click<8)\n")
        let gitlab = ws.run(["--output-format", "gitlab", "--transitive", "--lock", "requirements.lock", "."]).stdout
        #expect(gitlab.contains("\"check_name\": \"uncapped-transitive\""))
        #expect(!FileManager.default.fileExists(atPath: ws.path + "/constraints.txt"), "a report writes nothing")
    }

    @Test func reportFormatsExitLikeCheck() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "flask>=1.1.2,<2\n")
        for format in ["github", "gitlab", "sarif"] {
            #expect(ws.run(["--output-format", format]).status == .success, "\(format)")
        }
        try ws.write("requirements.txt", "flask>=1.1.2\n")
        try ws.write("requirements.lock", "flask==1.1.4\n")
        for format in ["github", "gitlab", "sarif"] {
            let result = ws.run(["--output-format", format, "--lock", "requirements.lock"])
            #expect(result.status == .unbounded, "\(format)")
            #expect(result.stderr.isEmpty, "\(format): \(result.stderr)")
        }
        #expect(try ws.read("requirements.txt") == "flask>=1.1.2\n")
    }

    @Test func githubEscapesPropertiesAndMessages() {
        #expect(GitHubAnnotations.escapeData("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(GitHubAnnotations.escapeProperty("a,b:c%d\n") == "a%2Cb%3Ac%25d%0A")
        let finding = Finding(rule: .unboundedConstraint, path: "x,y:z/requirements.txt", location: SourceLocation(line: 4, column: 2),
                              name: "a", message: "a has no upper bound\nreally")
        let text = String(decoding: GitHubAnnotations.make([finding], problems: ["nowhere: error: no such file or folder"]), as: UTF8.self)
        #expect(text == """
        ::error::nowhere: error: no such file or folder
        ::warning file=x%2Cy%3Az/requirements.txt,line=4,col=2,title=Unbounded dependency constraint::a has no upper bound%0Areally

        """)
    }

    @Test func gitlabReportHasTheFieldsCodeQualityReads() throws {
        let ws = try Self.workspace()
        let result = ws.run(["--output-format", "gitlab"] + Self.lockArguments)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(issues.count == 3)
        for issue in issues {
            #expect(issue["description"] is String)
            #expect(issue["check_name"] is String)
            #expect((issue["fingerprint"] as? String)?.count == 64)
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] is String)
            #expect((location["lines"] as? [String: Any])?["begin"] is Int)
        }
        #expect(issues.map { $0["check_name"] as? String } == ["unbounded-constraint", "unbounded-without-version", "manifest-error"])
        #expect(issues.map { ($0["location"] as? [String: Any])?["path"] as? String } == ["requirements.txt", "requirements.txt", "sub/pyproject.toml"])
        #expect(issues.map { $0["severity"] as? String } == ["major", "major", "critical"])
    }

    /// GitLab matches findings across pipelines by fingerprint: moving a line must not change it,
    /// and two findings must never share one.
    @Test func gitlabFingerprintsStayWhenLinesMoveAndNeverRepeat() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.lock", "flask==1.1.4\n")
        try ws.write("requirements.txt", "flask>=1.1.2\nclick\nflask>=1.0 ; python_version<'3.8'\n")
        let before = try Self.fingerprints(ws.run(["--output-format", "gitlab", "--lock", "requirements.lock"]).stdout)
        try ws.write("requirements.txt", "# moved\n\nflask>=1.1.2\nclick\n\nflask>=1.0 ; python_version<'3.8'\n")
        let after = try Self.fingerprints(ws.run(["--output-format", "gitlab", "--lock", "requirements.lock"]).stdout)
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == [1, 2, 3] && after.map(\.1) == [3, 4, 6])
        #expect(Set(before.map(\.0)).count == 3)
        try ws.write("other/requirements.txt", "flask>=1.1.2\n")
        let elsewhere = try Self.fingerprints(ws.run(["--output-format", "gitlab", "--lock", "requirements.lock", "other"]).stdout)
        #expect(!before.map(\.0).contains(elsewhere[0].0), "the path is part of the fingerprint")
    }

    static func fingerprints(_ report: String) throws -> [(String, Int)] {
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        return issues.map { issue in
            let lines = (issue["location"] as? [String: Any])?["lines"] as? [String: Any]
            return (issue["fingerprint"] as? String ?? "", lines?["begin"] as? Int ?? 0)
        }
    }

    /// Applying the SARIF fixes to the file as read gives exactly what ceiling writes.
    @Test func sarifFixesReproduceTheRewrite() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "\u{FEFF}# caf\u{E9}\r\nflask >= 1.1.2  # web\r\nresume-lib>=0.3 ; python_version>'3'\r\nclick\n")
        try ws.write("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\n  \"flask>=1.1.2\",   # é\n  \"click\",\n]\n")
        try ws.write("requirements.lock", "flask==1.1.4\nresume-lib==0.3.9\nclick==7.1.2\n")
        let report = ws.run(["--output-format", "sarif", "--lock", "requirements.lock"])
        #expect(report.status == .unbounded)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        var replacementsByFile: [String: [(Int, Int, String)]] = [:]
        for result in results {
            let fixes = try #require(result["fixes"] as? [[String: Any]], "every capped constraint has a fix")
            for change in try #require(fixes.first?["artifactChanges"] as? [[String: Any]]) {
                let uri = try #require((change["artifactLocation"] as? [String: Any])?["uri"] as? String)
                for replacement in try #require(change["replacements"] as? [[String: Any]]) {
                    let region = try #require(replacement["deletedRegion"] as? [String: Any])
                    let text = try #require((replacement["insertedContent"] as? [String: Any])?["text"] as? String)
                    replacementsByFile[uri, default: []].append((try #require(region["byteOffset"] as? Int), try #require(region["byteLength"] as? Int), text))
                }
            }
        }
        #expect(Set(replacementsByFile.keys) == ["requirements.txt", "pyproject.toml"])
        for (file, replacements) in replacementsByFile {
            // Raw bytes: a String read would drop the byte-order mark the offsets count.
            var bytes = [UInt8](try Data(contentsOf: ws.url.appendingPathComponent(file)))
            for (offset, length, text) in replacements.sorted(by: { $0.0 > $1.0 }) {
                bytes.replaceSubrange(offset..<(offset + length), with: Array(text.utf8))
            }
            #expect(ws.run(["--lock", "requirements.lock", file]).status == .success)
            #expect(bytes == [UInt8](try Data(contentsOf: ws.url.appendingPathComponent(file))), "\(file)")
        }
    }

    /// The line and column ranges of a fix point at the same bytes as its byte offsets.
    @Test func sarifFixRegionsAgreeInLinesAndBytes() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.txt", "\u{FEFF}# caf\u{E9}\r\nx==1 # \u{E9}\nflask>=1.1.2 # w\u{E9}b\n")
        try ws.write("requirements.lock", "flask==1.1.4\n")
        let report = ws.run(["--output-format", "sarif", "--lock", "requirements.lock", "requirements.txt"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let result = try #require((run["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "unbounded-constraint" })
        let change = try #require(((result["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first)
        let region = try #require(((change["replacements"] as? [[String: Any]])?.first)?["deletedRegion"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3 && region["startColumn"] as? Int == 13)
        #expect(region["endLine"] as? Int == 3 && region["endColumn"] as? Int == 13)
        let lines = "\u{FEFF}# caf\u{E9}\r\nx==1 # \u{E9}\n".utf8.count
        #expect(region["byteOffset"] as? Int == lines + "flask>=1.1.2".utf8.count)
        let location = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(location["startLine"] as? Int == 3 && location["startColumn"] as? Int == 1)
    }

    @Test func sarifLogHasOneRunWithARulePerKindOfFinding() throws {
        let ws = try Self.workspace()
        let report = ws.run(["--output-format", "sarif"] + Self.lockArguments)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ceiling" && driver["version"] as? String == CeilingVersion.number)
        let ruleIDs = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ruleIDs == FindingRule.allCases.map(\.rawValue))
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["unbounded-constraint", "unbounded-without-version", "manifest-error"])
        #expect(results.compactMap { $0["level"] as? String } == ["warning", "warning", "error"])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == result["ruleId"] as? String)
        }
        #expect(results[0]["fixes"] != nil && results[1]["fixes"] == nil && results[2]["fixes"] == nil)
        let invocation = try #require((runs[0]["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
    }

    @Test func sarifURIsArePercentEncodedAndRelativeUnlessAbsolute() {
        #expect(SARIFReport.uri("a b/requirements@1.txt") == "a%20b/requirements%401.txt")
        #expect(SARIFReport.uri("/srv/caf\u{E9}/setup.py") == "file:///srv/caf%C3%A9/setup.py")
        #expect(SARIFReport.uri("sub/pyproject.toml") == "sub/pyproject.toml")
    }

    @Test func outputFormatJSONIsTheJSONFlagAndTextIsTheDefault() throws {
        let ws = try Self.workspace()
        let flag = ws.run(["--json", "--check"] + Self.lockArguments)
        let option = ws.run(["--output-format", "json", "--check"] + Self.lockArguments)
        #expect(flag.stdout == option.stdout && flag.status == option.status)
        let text = ws.run(["--output-format", "text", "--check"] + Self.lockArguments)
        let plain = ws.run(["--check"] + Self.lockArguments)
        #expect(text.stdout == plain.stdout && text.status == plain.status)
    }

    @Test func contradictoryOutputOptionsAreUsageErrors() {
        for arguments in [["--json", "--output-format", "sarif"], ["--output-format", "github", "--diff"],
                          ["--output-format", "xml"], ["--output-format"], ["--json", "--output-format=text"]] {
            if case .success = Options.parse(arguments) { Issue.record("accepted \(arguments)") }
        }
        #expect((try? Options.parse(["--output-format=gitlab"]).get())?.check == true)
    }

    @Test func stdinReportNamesTheStdinFilename() throws {
        let ws = try TestWorkspace()
        try ws.write("requirements.lock", "flask==1.1.4\n")
        let result = ws.run(["--output-format", "github", "--lock", "requirements.lock", "--stdin-filename", "req/dev.txt", "-"], stdin: "flask>=1\n")
        #expect(result.status == .unbounded)
        #expect(result.stdout.hasPrefix("::warning file=req/dev.txt,line=1,col=1,"))
    }

    @Test func sha256MatchesTheFIPSExamples() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
