/// `--output-format gitlab`: a GitLab Code Quality report (the Code Climate issue format GitLab
/// reads from `artifacts:reports:codequality`), one object per finding:
///
///     [
///       {
///         "description": "flask>=1.1.2 has no upper bound (would become flask>=1.1.2,<2)",
///         "check_name": "unbounded-constraint",
///         "fingerprint": "<64 hex digits>",
///         "severity": "major",
///         "location": {"path": "requirements.txt", "lines": {"begin": 2}},
///         ...
///       }
///     ]
///
/// The fingerprint hashes path, rule and name, not the line (`Finding.fingerprint`), so GitLab
/// matches a finding across runs and commits even when lines move.
enum GitLabCodeQuality {
    static func make(_ findings: [Finding]) -> [UInt8] {
        let issues = findings.map { finding -> JSONOutput in
            .object([
                ("type", .string("issue")),
                ("engine_name", .string("ceiling")),
                ("check_name", .string(finding.rule.rawValue)),
                ("description", .string(finding.message)),
                ("categories", .array([.string("Compatibility")])),
                ("severity", .string(finding.rule.gitlabSeverity)),
                ("fingerprint", .string(finding.fingerprint)),
                ("location", .object([
                    ("path", .string(finding.path)),
                    ("lines", .object([("begin", .int(finding.location.line))])),
                ])),
            ])
        }
        return Array(JSONOutput.array(issues).rendered().utf8)
    }
}
