import Testing
@testable import SourceText
@testable import Locks

/// Every reader on damaged input: no crash, no hang, and any diagnostic points inside the file.
@Suite struct LockRobustnessTests {
    private static let seeds: [(String, LockFileReader.Kind)] = [
        ("Foo_Bar[x]==1.2 \\\n  --hash=sha256:ab \\\n  --hash=sha256:cd\n# c\n-e .\nsix===1.0 ; python_version<'3'\n", .freeze),
        (#"{"_meta": {"a": [1, 2.5e-3, true, null]}, "default": {"a": {"version": "==1.0", "h": ["\u00e9\ud83d\ude00"]}}}"#, .pipfileLock),
        ("[[package]]\nname = \"a\"\nversion = \"1.0\"\n[package.dependencies]\nb = \">=1\"\n[metadata]\nx = 1\n", .toml(.poetry)),
        ("version = 1\n[[package]]\nname = \"a\"\nversion = \"1\"\nsource = { registry = \"x\" }\nwheels = [{ url = \"u\" }]\n", .toml(.uv)),
        ("lock-version = \"1.0\"\n[[packages]]\nname = \"b\"\nversion = \"2\"\n[[packages.wheels]]\nname = \"w\"\n", .toml(.pylock)),
    ]

    /// Reads `bytes` as `format` and checks the diagnostic, if any, points inside the file.
    private func check(_ bytes: [UInt8], _ format: LockFileReader.Kind) {
        let file = SourceFile(path: "x", bytes: bytes)
        var index = LockIndex()
        if let diagnostic = LockFileReader.read(file, kind: format, into: &index) {
            #expect(diagnostic.offset >= 0 && diagnostic.offset <= bytes.count)
            if format == .freeze || format == .pipfileLock {
                // This module's own readers always name what they expected.
                #expect(diagnostic.message.hasPrefix("expected"), "\(diagnostic.message)")
            }
            #expect(index.isEmpty)
        }
    }

    @Test func survivesEveryTruncation() {
        for (text, format) in Self.seeds {
            let bytes = Array(text.utf8)
            for end in 0...bytes.count { check(Array(bytes[..<end]), format) }
        }
    }

    @Test func survivesRandomByteDamage() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let alphabet = Array("[]{}\"'\\=,:;#-\n\r\t .0aZ\u{0}".utf8) + [0xFF, 0xC3]
        for (text, format) in Self.seeds {
            let original = Array(text.utf8)
            for _ in 0..<400 {
                var bytes = original
                for _ in 0..<(1 + next() % 4) {
                    let at = next() % bytes.count
                    switch next() % 3 {
                    case 0: bytes[at] = alphabet[next() % alphabet.count]
                    case 1: bytes.insert(alphabet[next() % alphabet.count], at: at)
                    default: bytes.remove(at: at)
                    }
                    if bytes.isEmpty { bytes = [0x7B] }
                }
                check(bytes, format)
            }
        }
    }

    @Test func handlesHugeAndDeepInputsInLinearTime() {
        let deepJSON = Array(String(repeating: "{\"a\":", count: 100_000).utf8)
        check(deepJSON, .pipfileLock)
        let longLine = Array(("a==" + String(repeating: "1", count: 1_000_000)).utf8)
        var index = LockIndex()
        #expect(FreezeLockReader.read(SourceFile(path: "x", bytes: longLine), into: &index) == nil)
        let manyContinuations = Array(("a==1" + String(repeating: " \\\n", count: 100_000)).utf8)
        #expect(FreezeLockReader.read(SourceFile(path: "x", bytes: manyContinuations), into: &index) == nil)
    }
}
