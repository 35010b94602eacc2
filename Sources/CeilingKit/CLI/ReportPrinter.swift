/// Prints a run's results: the diff or JSON on stdout, messages on stderr.
///
/// Everything is printed in path order after processing, so output is
/// byte-identical from run to run whatever the scheduling.
struct ReportPrinter {
    var options: Options
    var io: CommandIO

    private var stdoutColors: Palette { Palette(choice: options.color, isTerminal: io.stdoutIsTerminal, environment: io.environment) }
    private var stderrColors: Palette { Palette(choice: options.color, isTerminal: io.stderrIsTerminal, environment: io.environment) }

    func print(_ reports: [FileReport], summary: RunSummary, problems: [String]) {
        if let format = options.reportFormat {
            io.writeStdout(CIReport.make(format, reports: reports, problems: problems))
        } else if options.json {
            io.writeStdout(JSONReport.make(reports, summary: summary, includeDiff: options.diff))
        } else if options.diff {
            let colors = stdoutColors
            var out = ChunkedWriter(write: io.writeStdout)
            for report in reports where !report.diff.isEmpty { out.append(colors.diff(report.diff)) }
            out.flush()
        }
        if options.check, !options.json, options.reportFormat == nil {
            var out = ChunkedWriter(write: io.writeStdout)
            for report in reports {
                for edit in report.edits {
                    out.append("\(report.path):\(edit.location): \(edit.checkMessage)\n")
                }
                for stale in report.stale {
                    out.append("\(report.path):\(stale.location): \(stale.message) (--raise would make it \(stale.raised))\n")
                }
                for skip in report.skips where skip.isUnbounded {
                    out.append("\(report.path):\(skip.location): \(skip.reason)\n")
                }
                out.append(checkLines(for: report))
            }
            out.flush()
        }
        printMessages(reports, summary: summary, problems: problems)
    }

    /// `name: ` before a reason that does not start with the skipped constraint's name.
    static func named(_ skip: FileReport.SkipRecord) -> String {
        skip.name.map { $0.isEmpty || skip.reason.hasPrefix($0) ? "" : $0 + ": " } ?? ""
    }

    /// Errors always; changed files and warnings unless `-q`; skips and sources with `-v`.
    func printMessages(_ reports: [FileReport], summary: RunSummary, problems: [String]) {
        let colors = stderrColors
        var out = ChunkedWriter(write: io.writeStderr)
        for problem in problems { out.append(problem + "\n") }
        for report in reports {
            for error in report.errors { out.append("\(report.path):\(error.location): \(colors.error("error:")) \(error.message)\n") }
            if options.quiet { continue }
            if !options.check {
                for stale in report.stale {
                    out.append("\(report.path):\(stale.location): \(colors.warning("warning:")) \(stale.message); --raise would make it \(stale.raised)\n")
                }
            }
            // Under --check the unbounded ones are the listing on stdout; other warnings stay here.
            for skip in report.skips where skip.isUnbounded ? !options.check : skip.isWarning {
                out.append("\(report.path):\(skip.location): \(colors.warning("warning:")) \(skip.reason)\n")
            }
            if options.verbose {
                for skip in report.skips where !skip.isUnbounded && !skip.isWarning {
                    out.append("\(report.path):\(skip.location): \(colors.note("note:")) \(Self.named(skip))\(skip.reason)\n")
                }
                for edit in report.edits {
                    out.append("\(report.path):\(edit.location): \(edit.verboseMessage)\n")
                }
                out.append(verboseLines(for: report))
            }
            if report.status == .changed, !options.diff, !options.check, !options.json {
                out.append("\(report.path): \(changeSummary(for: report))\n")
            }
        }
        if !options.quiet, options.verbose || io.stderrIsTerminal {
            out.append(summary.line(writes: !options.diff && !options.check, mode: options.mode) + "\n")
        }
        out.flush()
    }
}
