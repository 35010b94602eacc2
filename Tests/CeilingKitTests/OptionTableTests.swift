import Foundation
import Testing
@testable import ManifestScanners
@testable import CeilingKit

/// `OptionTable` (what the completion scripts offer), `Options.parse` (what the command accepts)
/// and `HelpText.usage` (what --help documents) name the same options with the same values.
struct OptionTableTests {
    /// Every option spelled as a whole string literal in the parser's source (`case "--diff":`).
    static func parserFlags() throws -> Set<String> {
        let folder = ReliabilityInput.packageRoot + "/Sources/CeilingKit/CLI"
        var flags = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder)
        where name == "Options.swift" || name.hasPrefix("Options+") {
            let source = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let literal = /"(-{1,2}[A-Za-z0-9][A-Za-z0-9-]*)"/
            for match in source.matches(of: literal) { flags.insert(String(match.output.1)) }
        }
        return flags
    }

    /// Every option a line of the MODES and OPTIONS sections of --help starts with
    /// (`-q, --quiet`, `--version, -h/--help`), not those its descriptions mention.
    static func helpFlags() -> Set<String> {
        let usage = HelpText.usage
        guard let start = usage.range(of: "\nMODES\n"), let end = usage.range(of: "\nEXIT CODES\n") else { return [] }
        var flags = Set<String>()
        for line in usage[start.upperBound..<end.lowerBound].split(separator: "\n") {
            var rest = line.drop { $0 == " " }
            while rest.first == "-", let match = rest.prefixMatch(of: /-{1,2}[A-Za-z0-9][A-Za-z0-9-]*/) {
                flags.insert(String(match.output))
                rest = rest[match.range.upperBound...]
                if rest.hasPrefix(", ") { rest = rest.dropFirst(2) } else if rest.hasPrefix("/") { rest = rest.dropFirst() } else { break }
            }
        }
        return flags
    }

    @Test func everyOptionTheParserKnowsIsInTheTable() throws {
        let parser = try Self.parserFlags()
        #expect(parser.count >= 20, "the parser's flags were not found")
        let table = Set(OptionTable.allNames)
        #expect(parser.subtracting(table).isEmpty, "in the parser, not in OptionTable: \(parser.subtracting(table).sorted())")
        #expect(table.subtracting(parser).isEmpty, "in OptionTable, not in the parser: \(table.subtracting(parser).sorted())")
    }

    @Test func everyOptionInTheTableIsInTheHelpAndBack() {
        let help = Self.helpFlags()
        let table = Set(OptionTable.allNames)
        #expect(table.subtracting(help).isEmpty, "not in --help: \(table.subtracting(help).sorted())")
        #expect(help.subtracting(table).isEmpty, "in --help, not in OptionTable: \(help.subtracting(table).sorted())")
    }

    /// What an option that shapes another one's input needs beside it (alone it is a usage error).
    static let companions: [String: [String]] = [
        "-0": ["--files-from", "list.txt"], "--null": ["--files-from", "list.txt"], "--stdin-filename": ["-"],
    ]

    /// Flags parse alone (or with their companion) and refuse a value; value options take each
    /// listed choice and refuse others.
    @Test func theParserTakesEveryOptionAsTheTableDescribesIt() {
        for entry in OptionTable.entries {
            for name in entry.names {
                let companion = Self.companions[name] ?? []
                switch entry.value {
                case .none:
                    #expect((try? Options.parse([name] + companion).get()) != nil, "\(name)")
                    if name.hasPrefix("--") { #expect((try? Options.parse([name + "=x"] + companion).get()) == nil, "\(name)=x") }
                case .choices(let words):
                    for word in words {
                        #expect((try? Options.parse([name, word]).get()) != nil, "\(name) \(word)")
                        #expect((try? Options.parse([name + "=" + word]).get()) != nil, "\(name)=\(word)")
                    }
                    #expect((try? Options.parse([name, "no-such-choice"]).get()) == nil, "\(name) no-such-choice")
                case .file, .directory, .text:
                    // Values the parser checks need a well-formed example.
                    let example = ["--index-url": "https://example.invalid/simple/", "--exclude-newer": "2021-05-01"][name] ?? "some-value"
                    #expect((try? Options.parse([name, example] + companion).get()) != nil, "\(name) VALUE")
                    #expect((try? Options.parse([name]).get()) == nil, "\(name) without a value")
                }
            }
        }
        #expect((try? Options.parse(["--no-such-option"]).get()) == nil)
    }

    @Test func choicesCoverEveryPolicyFormatOutputFormatColourAndShell() {
        func choices(_ name: String) -> [String] {
            guard case .choices(let words)? = OptionTable.entries.first(where: { $0.names.contains(name) })?.value else { return [] }
            return words
        }
        #expect(choices("--policy") == ["major", "minor", "exact"])
        #expect(choices("--format") == ManifestFormat.allCases.map(\.rawValue))
        #expect(choices("--output-format") == ["text", "json", "github", "gitlab", "sarif"])
        #expect(choices("--color") == ["auto", "always", "never"])
        #expect(choices("--generate-completion-script") == ["bash", "zsh", "fish"])
    }
}
