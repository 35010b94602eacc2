extension JSONReport {
    /// The lines `--transitive` adds to one file, as a JSON array:
    ///
    ///     [{"line":6,"column":1,"name":"Werkzeug","text":"Werkzeug<2","version":"1.0.1","version_source":"requirements.lock"},
    ///      {"line":2,"column":1,"name":null,"text":"-c constraints.txt","version":null,"version_source":null}]
    static func additions(_ records: [FileReport.AdditionRecord]) -> String {
        "[" + records.map { record in
            "{\"line\":\(record.location.line),\"column\":\(record.location.column),\"name\":\(record.name.map(quote) ?? "null"),\"text\":\(quote(record.line)),\"version\":\(record.version.map(quote) ?? "null"),\"version_source\":\(record.versionSource.map(quote) ?? "null")}"
        }.joined(separator: ",") + "]"
    }
}
