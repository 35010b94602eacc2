/// Finds the requirement strings of a setup.py without running it: the `setup(...)` calls
/// (`setup`, `setuptools.setup`, distutils' `setup`, any `X.setup`) and their
/// `install_requires`, `setup_requires`, `tests_require` and `extras_require` arguments.
///
/// Read: list and tuple literals of strings; for `extras_require` a dict (`{...}` or
/// `dict(...)`) whose values are such lists or single strings; a module-level name bound once
/// to such a literal; and the same arguments unpacked into the call from such a dict:
///
///     REQUIRES = ["click>=7", "jinja2"]          <- these strings are dependencies
///     setup(install_requires=REQUIRES, extras_require={"dev": ["pytest"]})
///     ARGS = dict(tests_require=["mock"])
///     setup(**ARGS)
///
/// Everything computed (a call, a comprehension, `+`, f-strings, implicitly concatenated
/// strings, names bound twice or changed) is a Skip with the expression's offset, so the
/// file stays byte for byte as it was there.
public enum SetupPyScanner: ManifestScanner {
    static let keys: Set<String> = ["install_requires", "setup_requires", "tests_require", "extras_require"]

    public static func scan(_ file: SourceFile) -> ScanResult {
        let tokenizer = PythonTokenizer(file)
        if let error = tokenizer.error { return ScanResult(errors: [error]) }
        var reader = SetupPyReader(file: file, tokenizer: tokenizer)
        reader.readSetupCalls()
        return reader.result
    }
}
