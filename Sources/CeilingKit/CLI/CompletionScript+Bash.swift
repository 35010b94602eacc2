/// The bash script: one function for `complete -F`, the option's value completed from the word
/// before the cursor (also as `--policy=mi`, which bash splits at `=`).
extension CompletionScript {
    static func bash(_ entries: [OptionTable.Entry]) -> String {
        var cases = ""
        var byValue: [(names: [String], action: String)] = []
        for entry in entries {
            let action: String
            switch entry.value {
            case .none: continue
            case .choices(let words): action = "COMPREPLY=($(compgen -W \(singleQuoted(words.joined(separator: " "))) -- \"$cur\"))"
            case .file: action = "COMPREPLY=($(compgen -f -- \"$cur\")); compopt -o filenames 2>/dev/null"
            case .directory: action = "COMPREPLY=($(compgen -d -- \"$cur\")); compopt -o filenames 2>/dev/null"
            case .text: action = "COMPREPLY=()"
            }
            byValue.append((entry.names, action))
        }
        for (names, action) in byValue {
            cases += "        \(names.joined(separator: "|"))) \(action); return 0 ;;\n"
        }
        let flags = OptionTable.allNames.joined(separator: " ")
        return """
        # bash completion for ceiling, made by `ceiling --generate-completion-script bash`.
        # Load it with:  source <(ceiling --generate-completion-script bash)
        # or save it as ~/.local/share/bash-completion/completions/ceiling
        _ceiling() {
            local cur="${COMP_WORDS[COMP_CWORD]}" prev="" i
            (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
            # After `--` every word is a path.
            for (( i = 1; i < COMP_CWORD; i++ )); do
                if [[ "${COMP_WORDS[i]}" == "--" ]]; then
                    COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null; return 0
                fi
            done
            # `--policy=mi`: bash splits at `=`, so the option is one or two words back.
            if [[ "$cur" == "=" ]]; then
                cur=""
            elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then
                prev="${COMP_WORDS[COMP_CWORD-2]}"
            fi
            case "$prev" in
        \(cases)    esac
            if [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W '\(flags)' -- "$cur"))
                return 0
            fi
            COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null
            return 0
        }
        complete -F _ceiling ceiling

        """
    }
}
