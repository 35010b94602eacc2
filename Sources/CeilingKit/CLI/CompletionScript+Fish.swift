/// The fish script: one `complete` line per option.
extension CompletionScript {
    static func fish(_ entries: [OptionTable.Entry]) -> String {
        var lines: [String] = []
        for entry in entries {
            var line = "complete -c ceiling"
            for name in entry.names {
                line += name.hasPrefix("--") ? " -l " + name.dropFirst(2) : " -s " + name.dropFirst(1)
            }
            switch entry.value {
            case .none: break
            case .choices(let words): line += " -x -a " + fishQuoted(words.joined(separator: " "))
            case .file: line += " -r -F"
            case .directory: line += " -x -a '(__fish_complete_directories)'"
            case .text: line += " -x"
            }
            lines.append(line + " -d " + fishQuoted(entry.summary))
        }
        return """
        # fish completion for ceiling, made by `ceiling --generate-completion-script fish`.
        # Save it as ~/.config/fish/completions/ceiling.fish, or load it with:
        #   ceiling --generate-completion-script fish | source
        \(lines.joined(separator: "\n"))

        """
    }

    /// `text` in fish single quotes: `\\` and `'` escaped.
    static func fishQuoted(_ text: String) -> String {
        var out = "'"
        for character in text {
            if character == "'" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "'"
    }
}
