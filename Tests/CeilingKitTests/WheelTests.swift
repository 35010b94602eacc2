import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// `Scripts/build-wheel` packs the built `ceiling` into a platform wheel that pip installs into a
/// fresh virtual environment, and the installed command works on a real manifest.
///
/// Packs the debug executable (`--bin`), which `swift build` makes with the tests, so no release
/// build runs here. Skipped where the executable, python3, venv or pip is missing.
@Suite(.serialized) struct WheelTests {
    static let canBuild: Bool = ReliabilityInterruptTests.executable != nil
        && PythonTool.run(["python3", "-c", "import venv, ensurepip, zipfile, hashlib"]).status == 0

    @Test(.enabled(if: canBuild))
    func wheelInstallsWithPipIntoAFreshVirtualEnvironmentAndRuns() throws {
        let executable = try #require(ReliabilityInterruptTests.executable)
        let root = ReliabilityInput.packageRoot
        let ws = try TestWorkspace()
        let built = PythonTool.run(["python3", root + "/Scripts/build-wheel", "--bin", executable, "--out", ws.path + "/dist"])
        #expect(built.status == 0, "\(built.output)")
        let wheels = try FileManager.default.contentsOfDirectory(atPath: ws.path + "/dist").filter { $0.hasSuffix(".whl") }
        #expect(wheels.count == 1)
        let wheel = try #require(wheels.first)
        #expect(wheel.hasPrefix("ceiling-\(CeilingVersion.number)-py3-none-"))

        // The wheel's own metadata: every file hashed in RECORD, the tags, the index page.
        let inspection = PythonTool.run(["python3", "-c", Self.inspectScript, ws.path + "/dist/" + wheel])
        #expect(inspection.status == 0, "\(inspection.output)")

        let venv = ws.path + "/venv"
        let created = PythonTool.run(["python3", "-m", "venv", venv])
        try #require(created.status == 0, "python3 -m venv: \(created.output)")
        let installed = PythonTool.run([venv + "/bin/python", "-m", "pip", "install", "--no-index", "--no-deps",
                                        "--disable-pip-version-check", ws.path + "/dist/" + wheel])
        try #require(installed.status == 0, "pip install: \(installed.output)")

        let ceiling = venv + "/bin/ceiling"
        #expect(FileManager.default.isExecutableFile(atPath: ceiling))
        #expect(PythonTool.run([ceiling, "--version"]).output == "ceiling \(CeilingVersion.number)\n")
        let flask = root + "/Golden/setup.py/flask-1.1.2"
        let check = PythonTool.run([ceiling, "--check", "-q", "--lock", "requirements.lock", "input.setup.py"], currentDirectory: flask)
        #expect(check.status == ExitCode.unbounded.rawValue, "\(check.output)")
        #expect(check.output.contains("input.setup.py:26:10: Werkzeug>=0.15 has no upper bound (would become Werkzeug>=0.15,<2)"), "\(check.output)")

        let uninstalled = PythonTool.run([venv + "/bin/python", "-m", "pip", "uninstall", "--yes", "ceiling"])
        #expect(uninstalled.status == 0 && !FileManager.default.fileExists(atPath: ceiling), "\(uninstalled.output)")
    }

    /// Checks a wheel's RECORD hashes and sizes, its tags against this interpreter, and its metadata.
    static let inspectScript = """
    import base64, hashlib, sys, zipfile, email
    path = sys.argv[1]
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        record = wheel.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode()
        listed = set()
        for line in record.splitlines():
            name, digest, size = line.rsplit(",", 2)
            listed.add(name)
            if name.endswith("RECORD"):
                continue
            data = wheel.read(name)
            expected = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == expected and int(size) == len(data), name
        assert listed == set(names), (listed, names)
        script = next(n for n in names if n.endswith(".data/scripts/ceiling"))
        assert (wheel.getinfo(script).external_attr >> 16) & 0o111, "the script is not executable"
        meta = email.message_from_bytes(wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))))
        for field in ["Name", "Version", "Summary", "License-Expression", "Project-URL", "Classifier", "Description-Content-Type"]:
            assert meta.get(field), field
        assert meta.get_payload().startswith("# ceiling"), "README.md is the long description"
        wheel_file = email.message_from_bytes(wheel.read(next(n for n in names if n.endswith(".dist-info/WHEEL"))))
        assert wheel_file["Root-Is-Purelib"] == "false"
        tags = wheel_file.get_all("Tag")
    try:
        from packaging import tags as packaging_tags
    except ImportError:
        sys.exit(0)
    supported = {str(tag) for tag in packaging_tags.sys_tags()}
    assert any(tag in supported for tag in tags), (tags, "none is supported here")
    """
}
