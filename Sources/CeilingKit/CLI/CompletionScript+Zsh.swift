/// The zsh script: one `_arguments` call, with descriptions, exclusive spellings grouped,
/// repeatable options marked `*`, and values completed as files, folders or fixed words.
extension CompletionScript {
    static func zsh(_ entries: [OptionTable.Entry]) -> String {
        var specs: [String] = []
        for entry in entries {
            let description = "[" + zshEscaped(entry.summary) + "]"
            var action = ""
            switch entry.value {
            case .none: break
            case .choices(let words): action = ":" + entry.names[entry.names.count - 1].dropFirst(2) + ":(" + words.joined(separator: " ") + ")"
            case .file: action = ":file:_files"
            case .directory: action = ":folder:_files -/"
            case .text(let what): action = ":" + zshEscaped(what) + ": "
            }
            // `--policy=` takes its value as the next word or after `=`; flags take none.
            let suffix = entry.value == .none ? "" : "="
            let repeats = entry.repeats ? "*" : ""
            if entry.names.count == 1 {
                specs.append(singleQuoted(repeats + entry.names[0] + suffix + description + action))
            } else {
                let exclusive = entry.repeats ? "" : "(" + entry.names.joined(separator: " ") + ")"
                let spellings = "{" + entry.names.map { $0 + suffix }.joined(separator: ",") + "}"
                specs.append(singleQuoted(exclusive + repeats) + spellings + singleQuoted(description + action))
            }
        }
        specs.append(singleQuoted("*:path:_files"))
        return """
        #compdef ceiling
        # zsh completion for ceiling, made by `ceiling --generate-completion-script zsh`.
        # Save it as _ceiling in a folder on $fpath, or load it with:
        #   source <(ceiling --generate-completion-script zsh)
        _ceiling() {
          _arguments -s -S \\
            \(specs.joined(separator: " \\\n    "))
        }
        if [[ "${funcstack[1]}" == _ceiling ]]; then
          _ceiling "$@"
        else
          compdef _ceiling ceiling
        fi

        """
    }

    /// Text inside an `_arguments` description or message: brackets and colons escaped.
    static func zshEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "[]:\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
