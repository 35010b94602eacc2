import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// Caps come from evidence of the version in use, with one reference per name per project.
/// Serialized because each test changes the process's current directory.
@Suite(.serialized) struct EvidenceTests {
    static let flask = """
    from setuptools import setup

    setup(
        name="Flask",
        install_requires=[
            "Werkzeug>=0.15",
            "Jinja2>=2.10.1",
            "itsdangerous>=0.24",
            "click>=5.1",
        ],
    )

    """

    /// A minimal installed environment: one `*.dist-info/METADATA` per distribution.
    static func installEnvironment(_ ws: TestWorkspace, at folder: String, _ packages: [(String, String)], marker: Bool = true) throws {
        if marker { try ws.write("\(folder)/pyvenv.cfg", "home = /usr/bin\n") }
        for (name, version) in packages {
            try ws.write("\(folder)/lib/python3.9/site-packages/\(name)-\(version).dist-info/METADATA",
                         "Metadata-Version: 2.1\nName: \(name)\nVersion: \(version)\n")
        }
    }

    static let spring2021 = [("Werkzeug", "1.0.1"), ("Jinja2", "2.11.3"), ("itsdangerous", "1.1.0"), ("click", "7.1.2")]

    @Test func withoutEvidenceNothingIsCappedAndCheckListsEveryConstraint() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write("setup.py", Self.flask)
        let check = ws.run(["--check"])
        #expect(check.status == .unbounded)
        for (line, name) in [(6, "Werkzeug"), (7, "Jinja2"), (8, "itsdangerous"), (9, "click")] {
            #expect(check.stdout.contains("setup.py:\(line):10: \(name) has no upper bound and no known version"), "\(check.stdout)")
        }
        let rewrite = ws.run([])
        #expect(rewrite.status == .success)
        #expect(try ws.read("setup.py") == Self.flask)
        #expect(rewrite.stderr.contains("--from-lower-bound"), "the warning names the ways to give a version")
    }

    @Test func anEnvironmentAtTheRepositoryRootGivesTheReference() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write("pkg/setup.py", Self.flask)
        try Self.installEnvironment(ws, at: ".venv", Self.spring2021)
        let verbose = ws.run(["--diff", "-v"])
        #expect(verbose.stderr.contains("(reference 1.0.1 from .venv/lib/python3.9/site-packages/Werkzeug-1.0.1.dist-info)"), "\(verbose.stderr)")
        #expect(ws.run([]).status == .success)
        let capped = try ws.read("pkg/setup.py")
        for line in [#""Werkzeug>=0.15,<2""#, #""Jinja2>=2.10.1,<3""#, #""itsdangerous>=0.24,<2""#, #""click>=5.1,<8""#] {
            #expect(capped.contains(line), "\(capped)")
        }
        #expect(ws.run(["--check"]).status == .success)
    }

    @Test func aLockWinsOverAnEnvironment() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write("requirements.txt", "click>=5.1\nJinja2>=2.10\n")
        try ws.write("poetry.lock", "[[package]]\nname = \"click\"\nversion = \"8.1.7\"\n")
        try Self.installEnvironment(ws, at: "env", [("click", "7.1.2"), ("Jinja2", "2.11.3")])
        #expect(ws.run([]).status == .success)
        #expect(try ws.read("requirements.txt") == "click>=5.1,<9\nJinja2>=2.10,<3\n")
    }

    @Test func virtualEnvServesOnlyTheRepositoryItLiesIn() throws {
        let ws = try TestWorkspace()
        try ws.write("a/.git/HEAD", "")
        try ws.write("b/.git/HEAD", "")
        try ws.write("a/requirements.txt", "click>=5.1\n")
        try ws.write("b/requirements.txt", "click>=5.1\n")
        try Self.installEnvironment(ws, at: "a/tools/env", [("click", "7.1.2")], marker: false)
        let result = ws.run(["a", "b"], environment: ["VIRTUAL_ENV": ws.path + "/a/tools/env"])
        #expect(result.status == .success)
        #expect(try ws.read("a/requirements.txt") == "click>=5.1,<8\n")
        #expect(try ws.read("b/requirements.txt") == "click>=5.1\n", "an environment of another repository is no evidence")
    }

    @Test func oneNameGetsOneReferenceAcrossTheRequirementsFilesOfAProject() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write("requirements.txt", "pillow>=9.1\n")
        try ws.write("requirements-test.txt", "-r requirements.txt\npillow>=12.1\n")
        try ws.write("requirements.lock", "pillow==11.3.0\n")
        #expect(ws.run([]).status == .success)
        #expect(try ws.read("requirements.txt") == "pillow>=9.1,<13\n")
        #expect(try ws.read("requirements-test.txt") == "-r requirements.txt\npillow>=12.1,<13\n")
        #expect(ws.run(["--check"]).status == .success)
    }

    @Test func fromLowerBoundUsesTheProjectsHighestLowerBoundButNeverAnAllZeroOne() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write("requirements.txt", "pillow>=9.1\nanything>=0\n")
        try ws.write("requirements-test.txt", "pillow>=12.1\nanything>=0.0.0\n")
        let result = ws.run(["--from-lower-bound"])
        #expect(result.status == .success)
        #expect(try ws.read("requirements.txt") == "pillow>=9.1,<13\nanything>=0\n")
        #expect(try ws.read("requirements-test.txt") == "pillow>=12.1,<13\nanything>=0.0.0\n")
        #expect(result.stderr.contains("anything has no upper bound and no known version"))
    }

    @Test func fromLowerBoundCanBeSetInTheRepositoryConfiguration() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write(".ceiling.toml", "from-lower-bound = true\n")
        try ws.write("requirements.txt", "flask>=1.1\n")
        #expect(ws.run([]).status == .success)
        #expect(try ws.read("requirements.txt") == "flask>=1.1,<2\n")
    }

    @Test func aDanglingLinkNamedLikeALockIsNotALock() throws {
        let ws = try TestWorkspace()
        try ws.write(".git/HEAD", "")
        try ws.write("freeze.txt", "flask==1.1.2\n")
        try ws.write("requirements-dev.txt", "flask>=1\n")
        try FileManager.default.createSymbolicLink(atPath: ws.path + "/requirements.txt", withDestinationPath: "nowhere")
        let result = ws.run(["--lock", "freeze.txt", "requirements-dev.txt"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try ws.read("requirements-dev.txt") == "flask>=1,<2\n")
    }
}
