/// The `--json` document: every file with its status, edits, skips, errors and stale caps, and a summary.
/// An edit's `mode` is `cap`, `raise` or `relax`; a relaxed edit has no reference (`null`).
///
///     {"files":[{"path":"requirements.txt","format":"requirements","status":"changed",
///       "edits":[{"line":1,"column":1,"name":"flask","old":"flask>=1.1","new":"flask>=1.1,<2",
///                 "reference":"1.1.4","reference_source":"requirements.lock","mode":"cap"}],
///       "skips":[],"errors":[],
///       "stale":[{"line":2,"column":1,"name":"click","constraint":"click>=7,<8","version":"8.1.7",
///                 "source":"requirements.lock","evidence":"lock","raised":"click>=7,<9"}]}],
///      "summary":{"files":1,"changed":1,"capped":1,"bounded":0,"skipped":0,"errors":0}}
///
/// Its published JSON Schema is `ceiling-report.schema.json` beside this file: change both
/// together (ReportSchemaTests validates real outputs against it).
///
/// A skip reads `{"line":2,"column":1,"name":"django","reason":"...","unbounded":true,"warning":true}`:
/// `unbounded` when the constraint has no upper bound ceiling can show (what `--check` lists;
/// edits and unbounded skips together are the constraints `--check` lists), `warning` when a
/// normal run prints it as a warning (every unbounded skip, and values ceiling could not follow).
enum JSONReport {
    static func make(_ reports: [FileReport], summary: RunSummary, includeDiff: Bool = false) -> [UInt8] {
        var out = "{\"files\":["
        for (i, report) in reports.enumerated() {
            if i > 0 { out += "," }
            out += "{\"path\":\(quote(report.path)),\"format\":\(quote(report.format.rawValue)),\"status\":\(quote(report.status.rawValue)),\"bounded\":\(report.boundedCount),\"edits\":["
            out += report.edits.map { edit in
                "{\"line\":\(edit.location.line),\"column\":\(edit.location.column),\"name\":\(quote(edit.name)),\"old\":\(quote(edit.old)),\"new\":\(quote(edit.new)),\"reference\":\(edit.reference.isEmpty ? "null" : quote(edit.reference)),\"reference_source\":\(edit.referenceSource.map(quote) ?? "null"),\"mode\":\(quote(edit.mode.rawValue))}"
            }.joined(separator: ",")
            out += "],\"skips\":["
            out += report.skips.map { skip in
                "{\"line\":\(skip.location.line),\"column\":\(skip.location.column),\"name\":\(skip.name.map(quote) ?? "null"),\"reason\":\(quote(skip.reason)),\"unbounded\":\(skip.isUnbounded),\"warning\":\(skip.isUnbounded || skip.isWarning)}"
            }.joined(separator: ",")
            out += "],\"errors\":["
            out += report.errors.map { error in
                "{\"line\":\(error.location.line),\"column\":\(error.location.column),\"message\":\(quote(error.message))}"
            }.joined(separator: ",")
            out += "],\"stale\":["
            out += report.stale.map { stale in
                "{\"line\":\(stale.location.line),\"column\":\(stale.location.column),\"name\":\(quote(stale.name)),\"constraint\":\(quote(stale.constraint)),\"version\":\(quote(stale.version)),\"source\":\(quote(stale.source)),\"evidence\":\(quote(stale.isInstalled ? "environment" : "lock")),\"raised\":\(quote(stale.raised))}"
            }.joined(separator: ",")
            out += "]"
            if !report.additions.isEmpty { out += ",\"additions\":" + additions(report.additions) }
            if includeDiff {
                out += ",\"diff\":" + quote(String(decoding: report.diff, as: UTF8.self))
            }
            out += "}"
        }
        out += "],\"summary\":\(summary.json)}\n"
        return Array(out.utf8)
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
