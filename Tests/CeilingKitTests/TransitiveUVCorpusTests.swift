import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// `--transitive --diff` on real uv projects from ../shared/corpus/projects (with their
/// uv.lock): `git apply` takes the diff, Python's tomllib reads the result, the independent
/// judge accepts both the declared caps and the new `constraint-dependencies` (judged as
/// constraints of their own), and every entry admits the locked version (`packaging`).
/// Skipped when ../shared (or `$CEILING_SHARED`), python3 (with `packaging`) or git is missing.
@Suite struct TransitiveUVCorpusTests {
    /// `<package root>/../shared`, or `$CEILING_SHARED` (a worktree that is not beside it).
    static let shared = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CEILING_SHARED"] ?? SharedCorpus.sharedRoot)
    /// One project with a `[tool.uv]` table (the key goes below its header) and one without (a new table at the end).
    static let projects = ["pallets__flask@2ac89889", "PyCQA__isort@0cba6f61"]

    /// Checks, in Python, the rewritten pyproject.toml against the declared-only rewrite and the lock.
    static let script = #"""
        import json, subprocess, sys, tomllib
        from packaging.requirements import Requirement
        from packaging.version import Version
        original, declared, rewritten, lock, judge = sys.argv[1:6]
        new = tomllib.load(open(rewritten, "rb"))
        only = tomllib.load(open(declared, "rb"))
        entries = new["tool"]["uv"].pop("constraint-dependencies")
        if not new["tool"]["uv"] and "uv" not in only.get("tool", {}):
            del new["tool"]["uv"]
        assert new == only, "the transitive edit changed more than tool.uv.constraint-dependencies"
        locked = {}
        for p in tomllib.load(open(lock, "rb")).get("package", []):
            if "version" in p:
                key = p["name"].lower().replace("_", "-").replace(".", "-")
                locked[key] = max(locked.get(key, Version(p["version"])), Version(p["version"]))
        for entry in entries:
            r = Requirement(entry)
            key = r.name.lower().replace("_", "-").replace(".", "-")
            assert key in locked, f"{entry}: not in the lock"
            assert r.specifier.contains(locked[key], prereleases=True), f"{entry} excludes the locked {locked[key]}"
            assert any(s.operator in ("<", "<=", "==", "~=") for s in r.specifier), f"{entry} has no upper bound"
        # The judge: the declared caps as any rewrite, and the new entries as caps of unbounded names.
        verdict = subprocess.run([sys.executable, judge, "--kind", "pyproject", "--versions", lock, original, declared])
        assert verdict.returncode == 0, "the judge refused the declared caps"
        names = [Requirement(e).name for e in entries]
        with open("transitive-before.toml", "w") as f:
            f.write("[project]\nname = 'x'\nversion = '0'\ndependencies = " + json.dumps(names) + "\n")
        with open("transitive-after.toml", "w") as f:
            f.write("[project]\nname = 'x'\nversion = '0'\ndependencies = " + json.dumps(entries) + "\n")
        verdict = subprocess.run([sys.executable, judge, "--kind", "pyproject", "--versions", lock, "transitive-before.toml", "transitive-after.toml"])
        assert verdict.returncode == 0, "the judge refused the transitive caps"
        print(len(entries))
        """#

    @Test(arguments: projects)
    func uvProjectDiffAppliesParsesAndAdmitsLockedVersions(_ name: String) throws {
        let source = Self.shared.appendingPathComponent("corpus/projects/\(name)")
        let judge = Self.shared.appendingPathComponent("tools/verify_rewrite.py")
        let fm = FileManager.default
        guard fm.fileExists(atPath: source.path), fm.fileExists(atPath: judge.path),
              TransitiveTests.has("git", ["--version"]), TransitiveTests.has("python3", ["-c", "import packaging, tomllib"]) else { return }
        let ws = try TestWorkspace()
        for copy in ["project", "declared"] {
            try fm.copyItem(at: source, to: ws.url.appendingPathComponent(copy))
            // The corpus is read-only; its copies are a user's own project.
            for file in try fm.contentsOfDirectory(atPath: source.path) {
                try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: ws.url.appendingPathComponent("\(copy)/\(file)").path)
            }
        }
        let project = ws.url.appendingPathComponent("project")
        let diff = ws.run(["--transitive", "--diff", "project"])
        #expect(diff.status == .success, "\(diff.stderr)")
        #expect(diff.stdout.contains("+constraint-dependencies = ["))
        try ws.write("caps.patch", diff.stdout)
        let check = try #require(TransitiveTests.tool(["git", "apply", "--check", "caps.patch"], in: ws.url))
        #expect(check.status == 0, "\(check.stderr)")
        let apply = try #require(TransitiveTests.tool(["git", "apply", "caps.patch"], in: ws.url))
        #expect(apply.status == 0, "\(apply.stderr)")
        // The same rewrite without --transitive: what the judge checks as an ordinary rewrite.
        #expect(ws.run(["declared"]).status == .success)
        try ws.write("check.py", Self.script)
        let result = try #require(TransitiveTests.tool(
            ["python3", "check.py", source.appendingPathComponent("pyproject.toml").path, "declared/pyproject.toml",
             "project/pyproject.toml", project.appendingPathComponent("uv.lock").path, judge.path], in: ws.url))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // The judge prints its verdicts; the script's last line is the number of entries.
        let count = result.stdout.split(separator: "\n").last.flatMap { Int($0) } ?? 0
        #expect(count > 0)
        // The applied diff is the rewrite itself: a second run has nothing to add.
        #expect(ws.run(["--transitive", "--diff", "project"]).stdout == "")
    }
}
