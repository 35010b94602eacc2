import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import TestSupport
@testable import FileIO
@testable import CeilingKit
#endif

/// Files ceiling must not or cannot edit: each gets `path:line:col: error: message`, keeps
/// every byte, and the rest of the run goes on.
/// Serialized because the in-process runs change the current directory.
@Suite(.serialized) struct ReliabilityFileSystemTests {
    static let bad: [(name: String, bytes: [UInt8], message: String)] = [
        ("requirements.txt", Array("flask>=1.0\nx\u{0}y>=2\n".utf8), "requirements.txt:2:2: error: binary file (NUL byte); not edited"),
        ("requirements-dev.txt", Array("flask>=1.0\n# caf".utf8) + [0xE9] + Array("\n".utf8), "requirements-dev.txt:2:6: error: not valid UTF-8 text; not edited"),
        ("pyproject.toml", Array("[project]\ndependencies = [\"a>=1\"]\n".utf8) + [0xC0, 0x80], "pyproject.toml:3:1: error: not valid UTF-8 text; not edited"),
        ("Pipfile", Array("[packages]\nflask = \">=1\"\n".utf8) + [0xED, 0xA0, 0x80], "Pipfile:3:1: error: not valid UTF-8 text; not edited"),
        ("setup.cfg", [0xFF, 0xFE] + Array("[options]\ninstall_requires = a>=1\n".utf8), "setup.cfg:1:1: error: not valid UTF-8 text; not edited"),
        ("setup.py", Array("from setuptools import setup\nsetup(install_requires=[\"a>=1\"])\n\u{0}".utf8), "setup.py:3:1: error: binary file (NUL byte); not edited"),
        ("Package.swift", Array("import PackageDescription\n// \u{0}\n".utf8), "Package.swift:2:4: error: binary file (NUL byte); not edited"),
        // pip reads UTF-16 with a byte order mark; the message says what the file is, not "binary".
        ("requirements.txt", [0xFF, 0xFE] + Array("flask>=1.0\n".utf8).flatMap { [$0, 0] },
         "requirements.txt:1:1: error: the file is UTF-16 (little-endian) text (it starts with a byte order mark); ceiling edits UTF-8 only"),
    ]

    @Test func binaryAndInvalidUTF8FilesAreReportedUntouchedWhileOthersAreCapped() throws {
        let ws = try TestWorkspace()
        for (i, item) in Self.bad.enumerated() {
            try FileManager.default.createDirectory(atPath: ws.path + "/b\(i)", withIntermediateDirectories: true)
            try Data(item.bytes).write(to: URL(fileURLWithPath: ws.path + "/b\(i)/" + item.name))
        }
        try ws.write("ok/requirements.txt", "flask>=1.0\n")
        let result = ws.run(["--from-lower-bound", "--no-discover-locks"])
        #expect(result.status == .failure)
        for (i, item) in Self.bad.enumerated() {
            let after = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ws.path + "/b\(i)/" + item.name)))
            #expect(after == item.bytes, "\(item.name) changed")
            #expect(result.stderr.contains("b\(i)/" + item.message), "\(item.name): \(result.stderr)")
        }
        #expect(try ws.read("ok/requirements.txt") == "flask>=1.0,<2\n")
    }

    @Test func fileChangedOnDiskAfterReadingIsNotOverwritten() throws {
        let ws = try TestWorkspace()
        let path = try ws.write("requirements.txt", "flask>=1.0\n")
        // Someone saves the file after ceiling read it and before it writes.
        try ws.write("requirements.txt", "flask>=1.0\nclick>=7\n")
        let result = AtomicWriter.replace(path, expecting: Array("flask>=1.0\n".utf8), with: Array("flask>=1.0,<2\n".utf8))
        guard case .failure(let failure) = result else {
            Issue.record("overwrote a file that changed on disk")
            return
        }
        #expect(failure.message.contains("changed on disk"))
        #expect(try ws.read("requirements.txt") == "flask>=1.0\nclick>=7\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.path).filter { $0.contains(".ceiling-") } == [])
    }

    @Test func rewriteKeepsModeBitsAndWritesThroughSymbolicLinks() throws {
        let ws = try TestWorkspace()
        let real = try ws.write("real/requirements.txt", "flask>=1.0\n")
        chmod(real, 0o640)
        try FileManager.default.createSymbolicLink(atPath: ws.path + "/requirements.txt", withDestinationPath: "real/requirements.txt")
        let result = ws.run(["--from-lower-bound", "--no-discover-locks", "requirements.txt"])
        #expect(result.status == .success)
        #expect(try ws.read("real/requirements.txt") == "flask>=1.0,<2\n")
        #expect(FileSystem.kind(ws.path + "/requirements.txt") == .symlinkToFile)
        var info = stat()
        stat(real, &info)
        #expect(info.st_mode & 0o7777 == 0o640)
    }

    /// A folder ceiling may not write to: its manifest gets an error, the others are capped.
    /// Run as an unprivileged user (root ignores permissions), with the built executable.
    @Test(.enabled(if: ReliabilityInterruptTests.executable != nil && (getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))))
    func readOnlyFolderGivesAnErrorAndTheRestGoesOn() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
        try ws.write("locked/requirements.txt", "flask>=1.0\n")
        try ws.write("open/requirements.txt", "click>=7\n")
        let result = try Self.runUnprivileged(in: ws, prepare: { chmod(ws.path + "/locked", 0o555) })
        #expect(result.status == ExitCode.failure.rawValue, "\(result.stderr)")
        #expect(result.stderr.contains("locked/requirements.txt:1:1: error: cannot create a temporary file: Permission denied"), "\(result.stderr)")
        #expect(try ws.read("locked/requirements.txt") == "flask>=1.0\n")
        #expect(try ws.read("open/requirements.txt") == "click>=7,<8\n")
        chmod(ws.path + "/locked", 0o755)
    }

    /// A file without write permission is the user saying "do not edit": ceiling should refuse it.
    @Test(.enabled(if: ReliabilityInterruptTests.executable != nil && (getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))))
    func readOnlyFileGivesAnErrorAndTheRestGoesOn() throws {
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
        try ws.write("a/requirements.txt", "flask>=1.0\n")
        try ws.write("b/requirements.txt", "click>=7\n")
        let result = try Self.runUnprivileged(in: ws, prepare: { chmod(ws.path + "/a/requirements.txt", 0o444) })
        #expect(result.status == ExitCode.failure.rawValue, "\(result.stderr)")
        #expect(result.stderr.contains("a/requirements.txt:1:1: error:"), "\(result.stderr)")
        #expect(try ws.read("a/requirements.txt") == "flask>=1.0\n")
        #expect(try ws.read("b/requirements.txt") == "click>=7,<8\n")
    }

    /// A FIFO named like a manifest, a link to /dev/zero, a FIFO lock and a FIFO pyproject.toml
    /// at the repository root (read for configuration): each an error or passed over, no hang
    /// (opening a FIFO blocks), no memory blow-up (/dev/zero never ends), and the rest is capped.
    /// Run as a subprocess so that a regression fails the test instead of hanging the suite.
    @Test(.enabled(if: ReliabilityInterruptTests.executable != nil))
    func fifosAndDevicesAreRefusedWithoutHanging() throws {
        let executable = try #require(ReliabilityInterruptTests.executable)
        let ws = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: ws.path + "/.git", withIntermediateDirectories: true)
        try ws.write("a/requirements.txt", "flask>=1.0\n")
        try ws.write("b/requirements.txt", "click>=7\n")
        // Each odd file in a folder of its own: a pinned requirements file beside a manifest is a lock candidate.
        try FileManager.default.createDirectory(atPath: ws.path + "/c", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: ws.path + "/d", withIntermediateDirectories: true)
        #expect(mkfifo(ws.path + "/c/requirements-dev.txt", 0o644) == 0)
        #expect(mkfifo(ws.path + "/b/poetry.lock", 0o644) == 0)
        // The repository's pyproject.toml is read for [tool.ceiling] before any manifest.
        #expect(mkfifo(ws.path + "/pyproject.toml", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: ws.path + "/d/requirements-zero.txt", withDestinationPath: "/dev/zero")
        let log = ws.path + "/.stderr"
        let pid = try ReliabilityInterruptTests.spawn(executable, ["--from-lower-bound", ws.path, ws.path + "/c/requirements-dev.txt"], stderr: log, resetSignals: true)
        var status: Int32 = 0
        var finished = false
        for _ in 0..<6000 where !finished {
            finished = waitpid(pid, &status, WNOHANG) == pid
            if !finished { usleep(10_000) }
        }
        if !finished {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
            Issue.record("ceiling hung on a FIFO or device")
            return
        }
        let message = ReliabilityInterruptTests.read(log).replacingOccurrences(of: ws.path + "/", with: "")
        #expect(status & 0x7F == 0, "killed by signal \(status & 0x7F): \(message)")
        #expect((status >> 8) & 0xFF == ExitCode.failure.rawValue, "\(message)")
        #expect(message.contains("c/requirements-dev.txt:1:1: error: not a regular file"), "\(message)")
        #expect(message.contains("d/requirements-zero.txt:1:1: error: not a regular file"), "\(message)")
        #expect(message.contains("b/poetry.lock"), "\(message)")
        #expect(try ws.read("a/requirements.txt") == "flask>=1.0,<2\n")
        // b's only lock cannot be read, so b is left alone rather than capped without it.
        #expect(try ws.read("b/requirements.txt") == "click>=7\n")
    }

    /// Runs the executable on the workspace as user `nobody` when this process is root.
    static func runUnprivileged(in ws: TestWorkspace, prepare: () -> Void) throws -> (status: Int32, stderr: String) {
        let executable = try #require(ReliabilityInterruptTests.executable)
        var command = [executable, "--from-lower-bound", "--no-discover-locks", ws.path]
        if getuid() == 0 {
            // nobody must be able to reach and own the workspace.
            if let walker = FileManager.default.enumerator(atPath: ws.path) {
                chown(ws.path, 65534, 65534)
                while let relative = walker.nextObject() as? String { chown(ws.path + "/" + relative, 65534, 65534) }
            }
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        prepare()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text.replacingOccurrences(of: ws.path + "/", with: ""))
    }
}
