import Foundation
import Testing
import TestSupport
@testable import CeilingKit

/// `--index` against the fixture index served on 127.0.0.1 (skipped without python3 or curl).
@Suite(.enabled(if: IndexServer.isAvailable, "needs python3 and curl"))
struct PublishedIndexTests {
    @Test func flaskStoryWithExcludeNewerCapsAtTheReleasesOfSpring2021() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let input = try String(contentsOfFile: "\(IndexServer.fixtures.path)/../../Golden/setup.py/flask-1.1.2/input.setup.py", encoding: .utf8)
        let path = try space.write("flask/setup.py", input)
        let run = LookupRun(cache: space.path + "/cache")
        let result = run(["--index-url", server.url + "/simple/", "--exclude-newer", "2021-05-01", path])
        #expect(result.status == .success, "\(result.stderr)")
        let written = try space.read("flask/setup.py")
        for capped in ["Werkzeug>=0.15,<2", "Jinja2>=2.10.1,<3", "itsdangerous>=0.24,<2", "click>=5.1,<8"] {
            #expect(written.contains("\"\(capped)\""))
        }
        let expected = try String(contentsOf: IndexServer.fixtures.appendingPathComponent("flask-1.1.2-index/expected.setup.py"), encoding: .utf8)
        #expect(written == expected)
        // Ten distinct names, ten requests; a second run is answered by the cache.
        #expect(server.stats().requests == 10)
        #expect(run(["--check", "--index-url", server.url + "/simple/", "--exclude-newer", "2021-05-01", path]).status == .success)
        #expect(server.stats().requests == 10)
    }

    @Test func withoutExcludeNewerTheNewestReleaseIsTheReference() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "Werkzeug>=0.15\n")
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", path])
        #expect(result.status == .success, "\(result.stderr)")
        // Werkzeug 3.x is current: the cap follows it, and pre-releases (3.x rc) never count.
        let written = try space.read("requirements.txt")
        #expect(written.hasPrefix("Werkzeug>=0.15,<4"), "\(written)")
    }

    @Test func yankedNewestReleaseAndPreReleasesArePassedOver() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        // demo: 1.0, 1.5, 2.0 (needs Python >=3.12), 3.0 (yanked), 4.0b1.
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        let run = LookupRun(cache: space.path + "/cache")
        #expect(run(["--index-url", server.url + "/simple/", path]).status == .success)
        #expect(try space.read("requirements.txt") == "demo>=1.0,<3\n")
    }

    @Test func aConstraintNamingAPreReleaseAdmitsPreReleases() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=4.0b1\n")
        #expect(LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", path]).status == .success)
        #expect(try space.read("requirements.txt") == "demo>=4.0b1,<5\n")
    }

    @Test func projectRequiresPythonPassesOverReleasesItCannotInstall() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("pyproject.toml", "[project]\nname = \"x\"\nrequires-python = \">=3.8\"\ndependencies = [\"demo>=1.0\"]\n")
        #expect(LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", path]).status == .success)
        #expect(try space.read("pyproject.toml").contains("\"demo>=1.0,<2\""))
    }

    @Test func htmlIndexGivesTheSameReleasesAsJSON() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        // data-yanked, and data-requires-python with escaped `>`, read from PEP 503 HTML.
        let plain = try space.write("a/requirements.txt", "demo>=1.0\n")
        let project = try space.write("b/pyproject.toml", "[project]\nname = \"x\"\nrequires-python = \">=3.8\"\ndependencies = [\"demo>=1.0\"]\n")
        let run = LookupRun(cache: space.path + "/cache")
        #expect(run(["--index-url", server.url + "/html/simple/", plain]).status == .success)
        #expect(run(["--index-url", server.url + "/html/simple/", project]).status == .success)
        #expect(try space.read("a/requirements.txt") == "demo>=1.0,<3\n")
        #expect(try space.read("b/pyproject.toml").contains("\"demo>=1.0,<2\""))
    }

    @Test func excludeNewerWithoutUploadTimesIsAnError() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/html/simple/", "--exclude-newer", "2021-01-01", path])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("requirements.txt:1:1: error: demo: the index gives no upload times"), "\(result.stderr)")
        #expect(try space.read("requirements.txt") == "demo>=1.0\n")
    }

    @Test func excludeNewerIgnoresFilesUploadedAfterIt() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        // 2.0 was uploaded 2021-01-01: a day before, 1.5 is the newest.
        #expect(LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", "--exclude-newer", "2020-12-31T00:00:00Z", path]).status == .success)
        #expect(try space.read("requirements.txt") == "demo>=1.0,<2\n")
    }

    @Test func unknownNameIsAnErrorTheFileIsUntouchedAndTheRunGoesOn() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let bad = try space.write("a/requirements.txt", "flask>=1\nnosuch>=1.0\n")
        let good = try space.write("b/requirements.txt", "demo>=1.0\n")
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", bad, good])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("a/requirements.txt:2:1: error: nosuch: not found on the index (HTTP 404 from \(server.url)/simple/nosuch/)"), "\(result.stderr)")
        #expect(try space.read("a/requirements.txt") == "flask>=1\nnosuch>=1.0\n")
        #expect(try space.read("b/requirements.txt") == "demo>=1.0,<3\n")
    }

    @Test func serverErrorMalformedBodyAndSlowAnswerAreErrors() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        var run = LookupRun(cache: space.path + "/cache")
        run.environment["CEILING_LOOKUP_TIMEOUT"] = "1"
        let cases = [
            ("status500", "demo: the index answered HTTP 500 for \(server.url)/status500/simple/demo/"),
            ("malformed", "demo: unreadable answer from \(server.url)/malformed/simple/demo/: not valid JSON"),
            ("slow", "demo: no answer from \(server.url)/slow/simple/demo/ within 1 s"),
        ]
        for (mode, message) in cases {
            let result = run(["--index-url", "\(server.url)/\(mode)/simple/", path])
            #expect(result.status == .failure, "\(mode)")
            #expect(result.stderr.contains("requirements.txt:1:1: error: " + message), "\(result.stderr)")
            #expect(try space.read("requirements.txt") == "demo>=1.0\n")
        }
    }

    @Test func unreachableIndexIsAnError() throws {
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        // Port 9 (discard) on loopback: nothing listens there in a test environment.
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", "http://127.0.0.1:9/simple/", path])
        #expect(result.status == .failure)
        #expect(result.stderr.contains("requirements.txt:1:1: error: demo: cannot reach http://127.0.0.1:9/simple/demo/"), "\(result.stderr)")
    }

    @Test func oneRequestPerNameForTheWholeRunAndOneReferenceForAllItsConstraints() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        // demo>=1.0 alone would take 2.0; with demo!=2.0 elsewhere in the run, 1.5 is the newest both admit.
        let one = try space.write("one/requirements.txt", "demo>=1.0\nclick>=5.1\n")
        let two = try space.write("two/requirements.txt", "demo!=2.0\nclick>=7\n")
        let three = try space.write("three/requirements.txt", "click\n")
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", one, two, three])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(server.stats().requests == 2)
        #expect(try space.read("one/requirements.txt").hasPrefix("demo>=1.0,<2\n"))
        #expect(try space.read("two/requirements.txt").hasPrefix("demo!=2.0,<2\n"))
    }

    @Test func lockedNamesAreNotLookedUp() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\nclick>=5.1\n")
        let lock = try space.write("versions.lock", "demo==1.0\n")
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", "--lock", lock, path])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(server.stats().requests == 1)
        #expect(try space.read("requirements.txt").hasPrefix("demo>=1.0,<2\nclick>=5.1,<"))
    }

    @Test func offlineUsesTheCacheWithTheServerStoppedAndFailsWithAnEmptyCache() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        let index = server.url + "/simple/"
        let run = LookupRun(cache: space.path + "/cache")
        #expect(run(["--check", "--index-url", index, path]).stdout.contains("would become demo>=1.0,<3"))
        server.stop()
        let offline = run(["--offline", "--index-url", index, path])
        #expect(offline.status == .success, "\(offline.stderr)")
        #expect(try space.read("requirements.txt") == "demo>=1.0,<3\n")
        try space.write("requirements.txt", "demo>=1.0\n")
        let empty = LookupRun(cache: space.path + "/empty-cache")(["--offline", "--index-url", index, path])
        #expect(empty.status == .failure)
        #expect(empty.stderr.contains("requirements.txt:1:1: error: demo: --offline and \(index)demo/ is not in the cache; run once without --offline first"), "\(empty.stderr)")
        #expect(try space.read("requirements.txt") == "demo>=1.0\n")
    }

    @Test func staleCacheEntryIsRevalidatedWithItsETagAndRefreshAsksAgain() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo>=1.0\n")
        let index = server.url + "/simple/"
        let run = LookupRun(cache: space.path + "/cache")
        _ = run(["--check", "--index-url", index, path])
        #expect(server.stats().requests == 1)
        // Within the freshness window: no request at all.
        _ = run(["--check", "--index-url", index, path])
        #expect(server.stats().requests == 1)
        // Age the entry: the next run revalidates and gets 304.
        let folder = space.path + "/cache/ceiling/lookups-v1"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let file = folder + "/" + name
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let aged = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("fetched ") ? "fetched 1000" : String($0) }.joined(separator: "\n")
            try aged.write(toFile: file, atomically: true, encoding: .utf8)
        }
        #expect(run(["--check", "--index-url", index, path]).stdout.contains("would become demo>=1.0,<3"))
        #expect(server.stats() == (2, 1))
        _ = run(["--check", "--refresh", "--index-url", index, path])
        #expect(server.stats() == (3, 1))
    }

    @Test func pipIndexURLAndRepositoryConfigTurnLookupsOn() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: space.path + "/repo/.git", withIntermediateDirectories: true)
        try space.write("repo/.ceiling.toml", "index = true\n")
        let path = try space.write("repo/requirements.txt", "demo>=1.0\n")
        var run = LookupRun(cache: space.path + "/cache")
        run.environment["PIP_INDEX_URL"] = server.url + "/simple/"
        #expect(run([path]).status == .success)
        #expect(try space.read("repo/requirements.txt") == "demo>=1.0,<3\n")
    }

    @Test func withoutIndexTheWarningSaysIndexWouldLookItUp() throws {
        let space = try TestWorkspace()
        let path = try space.write("requirements.txt", "demo\n")
        let result = LookupRun(cache: space.path + "/cache")(["--check", path])
        #expect(result.stdout.contains("demo has no upper bound and no known version; not capped (give one with --lock or --venv, or use --from-lower-bound; --index would look up its published releases)"), "\(result.stdout)")
    }

    @Test func stdinFilterLooksUpToo() throws {
        let server = try IndexServer()
        let space = try TestWorkspace()
        let result = LookupRun(cache: space.path + "/cache")(["--index-url", server.url + "/simple/", "-"], stdin: "demo>=1.0\n")
        #expect(result.stdout == "demo>=1.0,<3\n", "\(result.stderr)")
    }
}
