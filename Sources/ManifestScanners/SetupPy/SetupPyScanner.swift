import SourceText

/// Finds the requirement strings of a setup.py without running it: the `setup(...)` calls
/// (`setup`, `setuptools.setup`, distutils' `setup`, any `X.setup`) and their
/// `install_requires`, `setup_requires`, `tests_require` and `extras_require` arguments.
///
/// Read: every string literal that reaches those keywords by the data flow of
/// `SetupPyReader+Flow` (lists, tuples, sets, `+`, `*unpacking`, names with each of their
/// module-level bindings, `.append`, `.extend`, `+=`, `NAME["x"] = ...`, `.update(...)`,
/// `dict(...)`, `**` arguments, one string as an extras value):
///
///     REQUIRES = ["click>=7", "jinja2"]          <- these strings are dependencies
///     REQUIRES.append("rich>=10")
///     setup(install_requires=REQUIRES, extras_require={"dev": ["pytest"]})
///     ARGS = dict(tests_require=["mock"])
///     setup(**ARGS)
///
/// What cannot be followed (a call, a comprehension, an import) is a warning Skip naming it;
/// a string ceiling must not edit (f-strings, implicitly concatenated strings) is a Skip that
/// is unbounded when its requirement is, so the file stays byte for byte as it was there.
enum SetupPyScanner: ManifestScanner {
    static let keys: Set<String> = ["install_requires", "setup_requires", "tests_require", "extras_require"]

    static func scan(_ file: SourceFile) -> ScanResult {
        let tokenizer = PythonTokenizer(file)
        if let error = tokenizer.error { return ScanResult(errors: [error]) }
        var reader = SetupPyReader(file: file, tokenizer: tokenizer)
        reader.readSetupCalls()
        // The flow reaches values in its own order; messages read best in file order.
        reader.result.skips.sort { $0.offset < $1.offset }
        return reader.result
    }
}
