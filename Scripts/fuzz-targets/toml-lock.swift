@testable import SourceText
@testable import FileIO
@testable import PythonVersions
@testable import TOMLSpans
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// libFuzzer entry, differential: a TOML lock read by skimming must get the verdict of the
/// full parse (valid or not), and the lock reader the packages the full parse finds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let file = SourceFile(path: "uv.lock", bytes: bytes)
    let full = TOMLDocument.parse(file)
    for keeping in [[], ["package", "name", "version"]] {
        let skimmed = TOMLDocument.parse(file, keeping: keeping)
        switch (full, skimmed) {
        case (.success, .failure(let d)): FuzzCheck.require(false, "skimming rejects a valid document: \(d.message)")
        case (.failure(let d), .success): FuzzCheck.require(false, "skimming accepts an invalid document (\(d.message))")
        default: break
        }
    }
    var index = LockIndex()
    let diagnostic = TOMLLockReader.read(file, format: .uv, into: &index)
    if case .success(let document) = full, diagnostic == nil {
        // Every package with a name and a version string is in the index.
        for element in document.root["package"]?.arrayValue?.elements ?? [] {
            guard let package = element.tableValue, let name = package["name"]?.stringValue?.value,
                  let version = package["version"]?.stringValue?.value, !version.isEmpty else { continue }
            FuzzCheck.require(index.lookup(name) != nil, "lock reader lost package \(name) \(version)")
        }
    }
    return 0
}
