import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// The completion scripts load in their shells and complete every option and every listed
/// value. Each shell's test is skipped where that shell is not installed.
@Suite(.serialized) struct CompletionScriptTests {
    static func has(_ shell: String) -> Bool { PythonTool.run(["sh", "-c", "command -v \(shell)"]).status == 0 }
    static let hasBash = has("bash")
    static let hasZsh = has("zsh")
    static let hasFish = has("fish")

    static func script(_ shell: String) throws -> (TestWorkspace, String) {
        let ws = try TestWorkspace()
        let result = ws.run(["--generate-completion-script", shell])
        #expect(result.status == .success && result.stderr.isEmpty)
        return (ws, try ws.write("ceiling.\(shell)", result.stdout))
    }

    static var valueEntries: [(String, [String])] {
        OptionTable.entries.compactMap { entry in
            if case .choices(let words) = entry.value { return (entry.names[0], words) }
            return nil
        }
    }

    @Test func eachShellGetsItsOwnScriptAndUnknownShellsAreRefused() throws {
        let ws = try TestWorkspace()
        #expect(ws.run(["--generate-completion-script", "bash"]).stdout.contains("complete -F _ceiling ceiling"))
        #expect(ws.run(["--generate-completion-script=zsh"]).stdout.hasPrefix("#compdef ceiling\n"))
        #expect(ws.run(["--generate-completion-script", "fish"]).stdout.contains("complete -c ceiling -l policy -x -a 'major minor exact'"))
        #expect(ws.run(["--generate-completion-script", "tcsh"]).status == .usage)
    }

    @Test(.enabled(if: hasBash))
    func bashCompletesOptionsValuesAndPaths() throws {
        let (ws, path) = try Self.script("bash")
        #expect(PythonTool.run(["bash", "-n", path]).status == 0)
        try ws.write("requirements.txt", "")
        try ws.write("venvs/a/pyvenv.cfg", "")
        // One completion per line: the words typed, then what COMPREPLY offers.
        var calls: [([String], String)] = [
            (["ceiling", "--pol"], "--policy"),
            (["ceiling", "--policy", "=", "mi"], "minor"),
            (["ceiling", "--venv", "ven"], "venvs"),
            (["ceiling", "--lock", "requ"], "requirements.txt"),
            (["ceiling", "requ"], "requirements.txt"),
            (["ceiling", "--", "--pol"], ""),
            (["ceiling", "--ignore", "fl"], ""),
            (["ceiling", "--"], OptionTable.allNames.filter { $0.hasPrefix("--") }.joined(separator: " ")),
        ]
        for (name, words) in Self.valueEntries { calls.append((["ceiling", name, ""], words.joined(separator: " "))) }
        var program = "source \(CompletionScript.singleQuoted(path))\n"
        for (words, _) in calls {
            program += "COMP_WORDS=(\(words.map(CompletionScript.singleQuoted).joined(separator: " "))); COMP_CWORD=\(words.count - 1); COMPREPLY=(); _ceiling; echo \"${COMPREPLY[*]}\"\n"
        }
        let result = PythonTool.run(["bash", "-c", program], currentDirectory: ws.path)
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, (words, expected)) in calls.enumerated() {
            #expect(i < lines.count && lines[i] == expected, "\(words): \(i < lines.count ? lines[i] : "nothing")")
        }
    }

    @Test(.enabled(if: hasZsh))
    func zshLoadsBothWays() throws {
        let (ws, path) = try Self.script("zsh")
        #expect(PythonTool.run(["zsh", "-n", path]).status == 0)
        let sourced = PythonTool.run(["zsh", "-f", "-c", "autoload -U compinit; compinit -u -D; source \(CompletionScript.singleQuoted(path)); print -r -- $_comps[ceiling]"])
        #expect(sourced.output == "_ceiling\n", "\(sourced.output)")
        try ws.write("fpath/_ceiling", try String(contentsOfFile: path, encoding: .utf8))
        let autoloaded = PythonTool.run(["zsh", "-f", "-c", "fpath=(\(CompletionScript.singleQuoted(ws.path + "/fpath")) $fpath); autoload -U compinit; compinit -u -D; print -r -- $_comps[ceiling]"])
        #expect(autoloaded.output == "_ceiling\n", "\(autoloaded.output)")
    }

    @Test(.enabled(if: hasFish))
    func fishCompletesOptionsAndValues() throws {
        let (ws, path) = try Self.script("fish")
        defer { withExtendedLifetime(ws) {} }
        #expect(PythonTool.run(["fish", "-n", path]).status == 0)
        var program = "source \(CompletionScript.fishQuoted(path))\n"
        program += "complete -C 'ceiling --' | string replace -r '\\t.*' '' | sort | string join ' '\n"
        for (name, _) in Self.valueEntries {
            program += "complete -C 'ceiling \(name) ' | string replace -r '\\t.*' '' | sort | string join ' '\n"
        }
        let result = PythonTool.run(["fish", "--no-config", "-c", program])
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let longNames = OptionTable.allNames.filter { $0.hasPrefix("--") }
        #expect(lines.first.map { Set($0.split(separator: " ").map(String.init)) } == Set(longNames), "\(result.output)")
        for (i, (name, words)) in Self.valueEntries.enumerated() {
            let got = i + 1 < lines.count ? lines[i + 1] : ""
            #expect(got == words.sorted().joined(separator: " "), "\(name): \(got)")
        }
    }
}
