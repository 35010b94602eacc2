/// `ceiling --generate-completion-script bash|zsh|fish`: a completion script made from
/// `OptionTable`, so it covers every option and the values of each (policies, manifest
/// formats, output formats, colour modes, shells), and completes paths everywhere else.
enum CompletionScript {
    enum Shell: String, Sendable, CaseIterable { case bash, zsh, fish }

    static func make(_ shell: Shell, entries: [OptionTable.Entry] = OptionTable.entries) -> String {
        switch shell {
        case .bash: return bash(entries)
        case .zsh: return zsh(entries)
        case .fish: return fish(entries)
        }
    }

    /// `text` inside single quotes for a POSIX shell or zsh: `'` becomes `'\''`.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
