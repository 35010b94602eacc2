import Testing
import TestSupport
@testable import Locks

@Suite struct VenvReaderTests {
    @Test func readsDistInfoAndEggInfoFromAPosixVenv() throws {
        let rootSpace = try SharedCorpus.workspace([
            "pyvenv.cfg": "home = /usr/bin\n",
            "lib/python3.12/site-packages/Foo_Bar-1.2.3.dist-info/METADATA":
                "Metadata-Version: 2.1\r\nName: Foo_Bar\r\nVersion: 1.2.3\r\n\r\nVersion: 9.9 (in the body)\r\n",
            "lib/python3.12/site-packages/old_pkg-0.5-py3.12.egg-info/PKG-INFO":
                "Metadata-Version: 1.0\nName: old-pkg\nVersion: 0.5\n",
            "lib/python3.12/site-packages/single-2.0-py3.12.egg-info": "Name: single\nVersion: 2.0\n",
            "lib/python3.12/site-packages/nometa-4.1.dist-info/RECORD": "",
            "lib/python3.12/site-packages/requests/__init__.py": "",
            "lib/python3.12/site-packages/dev.egg-info/PKG-INFO": "Name: dev\n",
        ])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        var index = LockIndex()
        #expect(VenvReader.read(venv: root, into: &index) == nil)
        #expect(index.lookup("foo-bar")?.version == "1.2.3")
        #expect(index.lookup("old_pkg")?.version == "0.5")
        #expect(index.lookup("single")?.version == "2.0")
        #expect(index.lookup("nometa")?.version == "4.1")  // from the folder name
        #expect(index.lookup("dev") == nil)  // a develop install names no version
        #expect(index.count == 4)
        #expect(index.lookup("foo-bar")?.source.hasSuffix("Foo_Bar-1.2.3.dist-info") == true)
    }

    @Test func readsWindowsAndLib64LayoutsAndKeepsTheHighestLeftover() throws {
        let windowsSpace = try SharedCorpus.workspace(["Lib/site-packages/six-1.16.0.dist-info/METADATA": "Name: six\nVersion: 1.16.0\n"])
        let windows = windowsSpace.path
        defer { withExtendedLifetime(windowsSpace) {} }
        var index = LockIndex()
        #expect(VenvReader.read(venv: windows, into: &index) == nil)
        #expect(index.lookup("six")?.version == "1.16.0")

        let lib64Space = try SharedCorpus.workspace([
            "lib64/python3.11/site-packages/attrs-23.1.0.dist-info/METADATA": "Name: attrs\nVersion: 23.1.0\n",
            "lib64/python3.11/site-packages/attrs-23.10.0.dist-info/METADATA": "Name: attrs\nVersion: 23.10.0\n",
        ])
        let lib64 = lib64Space.path
        defer { withExtendedLifetime(lib64Space) {} }
        var other = LockIndex()
        #expect(VenvReader.read(venv: lib64, into: &other) == nil)
        #expect(other.lookup("attrs")?.version == "23.10.0")
    }

    @Test func refusesAFolderThatIsNoEnvironment() throws {
        let rootSpace = try SharedCorpus.workspace(["README.md": "hello\n"])
        let root = rootSpace.path
        defer { withExtendedLifetime(rootSpace) {} }
        var index = LockIndex()
        let diagnostic = VenvReader.read(venv: root, into: &index)
        #expect(diagnostic?.message.contains("site-packages") == true)
        #expect(index.isEmpty)
        #expect(VenvReader.read(venv: root + "/missing", into: &index) != nil)
    }

    @Test func splitsFolderNamesLikePip() {
        #expect(VenvReader.nameAndVersion(fromStem: "python_dateutil-2.8.2")! == ("python_dateutil", "2.8.2"))
        #expect(VenvReader.nameAndVersion(fromStem: "zope.interface-6.0-py3.11")! == ("zope.interface", "6.0"))
        #expect(VenvReader.nameAndVersion(fromStem: "dev") == nil)
    }
}
