/// The command line as a library call: `ceiling [OPTIONS] [PATH ...]`.
///
/// The executable is a thin wrapper over `Ceiling.run`, so every mode, message
/// and exit code is tested in-process.
package enum Ceiling {
    package static func run(_ arguments: [String], io: CommandIO) -> ExitCode {
        let options: Options
        switch Options.parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let error):
            io.err("ceiling: error: \(error.message)\nRun 'ceiling --help' for usage.\n")
            return .usage
        }
        if options.showHelp {
            io.out(HelpText.usage)
            return .success
        }
        if let shell = options.completionShell {
            io.out(CompletionScript.make(shell))
            return .success
        }
        if options.showVersion {
            io.out(HelpText.version + "\n")
            return .success
        }
        return BatchRun(options: options, io: io).execute()
    }
}
