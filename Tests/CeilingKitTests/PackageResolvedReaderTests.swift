import Foundation
import Testing
@testable import CeilingKit

@Suite struct PackageResolvedReaderTests {
    static let shared = SwiftPMTestFiles.shared
    static let samples = shared + "/corpus/locks/package_resolved"

    static let v1 = """
    {
      "object": {
        "pins": [
          {
            "package": "Nimble",
            "repositoryURL": "https://github.com/Quick/Nimble.git",
            "state": { "branch": null, "revision": "72f5a90d", "version": "8.0.9" }
          }
        ]
      },
      "version": 1
    }
    """

    static let v3 = """
    {
      "originHash" : "105f",
      "pins" : [
        {
          "identity" : "swift-nio",
          "kind" : "remoteSourceControl",
          "location" : "https://github.com/apple/swift-nio",
          "state" : { "revision" : "abc", "version" : "2.65.0" }
        },
        {
          "identity" : "openattributegraph",
          "kind" : "remoteSourceControl",
          "location" : "https://github.com/OpenSwiftUIProject/OpenAttributeGraph",
          "state" : { "branch" : "main", "revision" : "65e7cbf" }
        }
      ],
      "version" : 3
    }
    """

    @Test func readsFormatOneByIdentityAndURL() {
        var index = LockIndex()
        #expect(PackageResolvedReader.read(SourceFile(path: "Package.resolved", text: Self.v1), into: &index) == nil)
        #expect(index.lookup("nimble") == LockIndex.Entry(version: "8.0.9", source: "Package.resolved", revision: "72f5a90d"))
        #expect(index.lookup(PackageResolvedReader.urlKey("https://github.com/quick/nimble"))?.version == "8.0.9")
    }

    @Test func readsFormatsTwoAndThreeWithBranchRevisions() {
        var index = LockIndex()
        #expect(PackageResolvedReader.read(SourceFile(path: "Package.resolved", text: Self.v3), into: &index) == nil)
        #expect(index.lookup("swift-nio")?.version == "2.65.0")
        #expect(index.lookup("openattributegraph") == LockIndex.Entry(version: "", source: "Package.resolved", revision: "65e7cbf"))
        let requirement = SwiftPackageRequirement(identity: "swift-nio", url: "https://github.com/apple/swift-nio.git",
                                                  kind: .branch("main"), range: 0..<1, text: "x")
        #expect(requirement.lockEntry(in: index)?.revision == "abc")
    }

    @Test func reportsWhatIsNotAPackageResolved() {
        var index = LockIndex()
        #expect(PackageResolvedReader.read(SourceFile(path: "P", text: "{"), into: &index) != nil)
        #expect(PackageResolvedReader.read(SourceFile(path: "P", text: "{\"version\": 9, \"pins\": []}"), into: &index)?.message
            == "unsupported Package.resolved version 9 (1, 2 and 3 are read)")
        #expect(PackageResolvedReader.read(SourceFile(path: "P", text: "[]"), into: &index) != nil)
        #expect(index.isEmpty)
    }

    @Test func derivesSwiftPMIdentitiesFromURLs() {
        #expect(PackageResolvedReader.identity(ofURL: "https://github.com/apple/swift-nio.git") == "swift-nio")
        #expect(PackageResolvedReader.identity(ofURL: "git@github.com:Alamofire/Alamofire.git") == "alamofire")
        #expect(PackageResolvedReader.identity(ofURL: "https://github.com/a/B/") == "b")
    }

    @Test(.enabled(if: SwiftPMTestFiles.exists(samples)))
    func readsEveryCorpusSampleWithAVersionOrRevisionForEachPin() throws {
        let names = SwiftPMTestFiles.list(Self.samples)
        #expect(names.count >= 30)
        for name in names {
            let bytes = try #require(SwiftPMTestFiles.read(Self.samples + "/" + name))
            var index = LockIndex()
            let file = SourceFile(path: name, bytes: bytes)
            #expect(PackageResolvedReader.read(file, into: &index) == nil, "\(name)")
            // Every pin gives an identity entry and a URL entry (unless they coincide).
            let pins = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\"state\"").count - 1
            #expect(index.count >= pins, "\(name): \(index.count) entries for \(pins) pins")
        }
    }
}
