import Testing
import TestSupport
@testable import SourceText
@testable import ManifestScanners
@testable import Locks

@Suite struct PackageResolvedReaderTests {

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
        #expect(index.lookup("openattributegraph")?.revision == "65e7cbf")
        #expect(index.lookup("openattributegraph")?.branch == "main")
        let requirement = SwiftPackageRequirement(identity: "swift-nio", url: "https://github.com/apple/swift-nio.git",
                                                  kind: .branch("main"), range: 0..<1, text: "x")
        #expect(requirement.lockEntry(in: index)?.revision == "abc")
    }

    @Test func readsVersionsWrittenWithAVPrefixAsSwiftPMDoes() {
        var index = LockIndex()
        let text = #"{"pins":[{"identity":"swift-format","location":"https://github.com/apple/swift-format","state":{"revision":"ab","version":"v0.12.1"}},{"identity":"odd","location":"https://x/odd","state":{"revision":"cd","version":"release-7"}}],"version":2}"#
        #expect(PackageResolvedReader.read(SourceFile(path: "Package.resolved", text: text), into: &index) == nil)
        #expect(index.lookup("swift-format")?.version == "0.12.1")
        // Kept as written, so the policy can warn rather than drop it.
        #expect(index.lookup("odd")?.version == "release-7")
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

    @Test(.enabled(if: SharedCorpus.hasShared))
    func readsEveryCorpusSampleWithAnEntryForEachPin() throws {
        let paths = SharedCorpus.corpusFiles("locks/package_resolved")
        #expect(paths.count >= 30)
        for path in paths {
            let file = try #require(SharedCorpus.load(path))
            var index = LockIndex()
            #expect(PackageResolvedReader.read(file, into: &index) == nil, "\(path)")
            // Every pin gives an identity entry (and a URL entry): at least one per "state" object.
            let pins = file.text(0..<file.bytes.count).split(separator: "\"state\"", omittingEmptySubsequences: false).count - 1
            #expect(pins > 0 && index.count >= pins, "\(path): \(index.count) entries for \(pins) pins")
        }
    }
}
