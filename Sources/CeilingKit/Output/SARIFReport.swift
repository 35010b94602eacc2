/// `--output-format sarif`: a SARIF 2.1.0 log (OASIS, errata 01) with one run.
///
/// `tool.driver.rules` lists every `FindingRule`; each result names its rule, level and message,
/// and one physical location (`artifactLocation.uri` relative to the current folder, `region`
/// with `startLine` and `startColumn`; columns count Unicode scalars, so the run says
/// `"columnKind": "unicodeCodePoints"`). A constraint ceiling would cap carries a `fixes` entry:
/// its replacements, each a `deletedRegion` (line and column, and byte offset and length in the
/// file as read) and the `insertedContent`. `partialFingerprints` holds `Finding.fingerprint`.
/// Problems without a file (a missing path) are `toolExecutionNotifications` of the invocation.
enum SARIFReport {
    static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let informationURI = "https://github.com/ceiling-dev/ceiling"

    static func make(_ findings: [Finding], problems: [String]) -> [UInt8] {
        let rules = FindingRule.allCases
        let driver: JSONOutput = .object([
            ("name", .string("ceiling")),
            ("version", .string(CeilingVersion.number)),
            ("semanticVersion", .string(CeilingVersion.number)),
            ("informationUri", .string(informationURI)),
            ("rules", .array(rules.map(rule))),
        ])
        let succeeded = problems.isEmpty && !findings.contains { $0.rule.level == .error }
        let invocation: JSONOutput = .object([
            ("executionSuccessful", .bool(succeeded)),
            ("toolExecutionNotifications", .array(problems.map { problem in
                .object([("level", .string("error")), ("message", .object([("text", .string(problem))]))])
            })),
        ])
        let run: JSONOutput = .object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([invocation])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(findings.map { result($0, ruleIndex: rules.firstIndex(of: $0.rule) ?? 0) })),
        ])
        let log: JSONOutput = .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return Array(log.rendered().utf8)
    }

    private static func rule(_ rule: FindingRule) -> JSONOutput {
        .object([
            ("id", .string(rule.rawValue)),
            ("name", .string(rule.sarifName)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.summary))])),
            ("defaultConfiguration", .object([("level", .string(rule.level.rawValue))])),
            ("helpUri", .string(informationURI + "#readme")),
        ])
    }

    private static func result(_ finding: Finding, ruleIndex: Int) -> JSONOutput {
        let artifact: JSONOutput = .object([("uri", .string(uri(finding.path)))])
        var members: [(String, JSONOutput)] = [
            ("ruleId", .string(finding.rule.rawValue)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string(finding.rule.level.rawValue)),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", artifact),
                ("region", .object([("startLine", .int(finding.location.line)), ("startColumn", .int(finding.location.column))])),
            ]))])])),
            ("partialFingerprints", .object([("ceiling/v1", .string(finding.fingerprint))])),
        ]
        if !finding.fix.isEmpty {
            let replacements = finding.fix.map { replacement -> JSONOutput in
                .object([
                    ("deletedRegion", .object([
                        ("startLine", .int(replacement.start.line)),
                        ("startColumn", .int(replacement.start.column)),
                        ("endLine", .int(replacement.end.line)),
                        ("endColumn", .int(replacement.end.column)),
                        ("byteOffset", .int(replacement.range.lowerBound)),
                        ("byteLength", .int(replacement.range.count)),
                    ])),
                    ("insertedContent", .object([("text", .string(replacement.text))])),
                ])
            }
            members.append(("fixes", .array([.object([
                ("description", .object([("text", .string("Cap it: \(finding.fixedText ?? "")"))])),
                ("artifactChanges", .array([.object([("artifactLocation", artifact), ("replacements", .array(replacements))])])),
            ])])))
        }
        return .object(members)
    }

    /// A path as a URI reference: relative paths stay relative (SARIF consumers resolve them
    /// against the checkout); absolute ones become `file://` URIs. Anything but unreserved
    /// characters and `/` is percent-encoded (RFC 3986).
    static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
