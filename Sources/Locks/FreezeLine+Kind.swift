import SourceText
import ManifestScanners

extension FreezeLine {
    /// Reads the line as a requirement and says whether it pins one version.
    ///
    ///     requests==2.31.0                          pin
    ///     Foo_Bar[socks] === 1.0 ; python_version<"3.9" --hash=sha256:...   pin
    ///     flask>=2  /  flask  /  flask==2.*          unpinned
    ///     -e .  /  ./pkg  /  git+https://...  /  pkg @ https://...   other
    ///     requests==                                malformed: expected a version after `==`
    func classify(in file: SourceFile) -> Kind {
        var i = 0
        let n = bytes.count
        guard n > 0 else { return .other }
        let first = bytes[0]
        // Options (`-e`, `-r`, `--hash`), paths (`./x`, `/x`, `~/x`) and `${VAR}` lines name no pin.
        if first == 0x2D || first == 0x2E || first == 0x2F || first == 0x7E || first == 0x24 { return .other }
        guard Self.isAlphanumeric(first) else {
            return .malformed(diagnostic(at: 0, "expected a requirement such as `name==1.0`"))
        }
        while i < n, RequirementText.isNameByte(bytes[i]) { i += 1 }
        let name = String(decoding: bytes[0..<i], as: UTF8.self)
        if i < n, bytes[i] == 0x3A || bytes[i] == 0x2F || bytes[i] == 0x2B || bytes[i] == 0x5C {
            return .other  // `https://`, `git+ssh://`, `dir/pkg`, `C:\pkg`
        }
        if Self.isArchiveName(name) { return .other }
        i = skipBlanks(from: i)
        if i < n, bytes[i] == 0x5B {  // `[extra, other]`
            while i < n, bytes[i] != 0x5D { i += 1 }
            guard i < n else { return .malformed(diagnostic(at: i, "expected `]` to close the extras")) }
            i = skipBlanks(from: i + 1)
        }
        guard i < n else { return .unpinned }
        switch bytes[i] {
        case 0x40: return .other  // `name @ url`: a direct reference, no version
        case 0x3B: return .unpinned  // `name ; marker`
        case 0x2D where i > 0 && Self.isBlank(bytes[i - 1]): return .unpinned  // `name --hash=...`
        case 0x3C, 0x3E, 0x21, 0x7E, 0x28: return .unpinned  // `<`, `>`, `!=`, `~=`, `(`
        case 0x3D: break
        default:
            return .malformed(diagnostic(at: i, "expected a version specifier such as `==1.0` after `\(name)`"))
        }
        var operatorEnd = i
        while operatorEnd < n, bytes[operatorEnd] == 0x3D { operatorEnd += 1 }
        guard operatorEnd - i == 2 || operatorEnd - i == 3 else { return .unpinned }  // `=` or `====` is not a pin
        let versionStart = skipBlanks(from: operatorEnd)
        var versionEnd = versionStart
        while versionEnd < n, !Self.endsVersion(bytes[versionEnd]) { versionEnd += 1 }
        guard versionEnd > versionStart else {
            let op = operatorEnd - i == 3 ? "===" : "=="
            return .malformed(diagnostic(at: versionStart, "expected a version after `\(op)`"))
        }
        let version = String(decoding: bytes[versionStart..<versionEnd], as: UTF8.self)
        let rest = skipBlanks(from: versionEnd)
        if version.contains("*") { return .unpinned }  // `==2.*` admits a range
        if rest < n, bytes[rest] == 0x2C || bytes[rest] == 0x29 { return .unpinned }  // `==1.0,!=1.0.1`
        if rest < n, bytes[rest] != 0x3B, bytes[rest] != 0x2D {
            return .malformed(diagnostic(at: rest, "expected `;`, an option or the end of the line after the version"))
        }
        return .pin(name: name, version: version)
    }

    private func skipBlanks(from start: Int) -> Int {
        var i = start
        while i < bytes.count, Self.isBlank(bytes[i]) { i += 1 }
        return i
    }

    /// A diagnostic at logical position `index` (the raw end of the line when past it).
    private func diagnostic(at index: Int, _ message: String) -> Diagnostic {
        Diagnostic(offset: rawOffset(index), message: message)
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    private static func endsVersion(_ b: UInt8) -> Bool {
        isBlank(b) || b == 0x3B || b == 0x2C || b == 0x29
    }

    /// A bare wheel or sdist file name (`pkg-1.0-py3-none-any.whl`) is a path, not a name.
    private static func isArchiveName(_ name: String) -> Bool {
        name.hasSuffix(".whl") || name.hasSuffix(".zip") || name.hasSuffix(".tar.gz") || name.hasSuffix(".tgz")
    }
}
