@testable import SourceText
@testable import FileIO
@testable import PythonVersions
@testable import TOMLSpans
@testable import ManifestScanners
@testable import Locks
@testable import CeilingKit

/// libFuzzer entry: requirements manifests through the scanner and the processor (see FuzzCheck).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzCheck.run(bytes, format: .requirements)
    return 0
}
