import Testing
@testable import PythonVersions
@testable import ReleaseLookups

/// Reading Simple API pages, file names, timestamps and curl's output, without a network.
struct PublishedPageTests {
    @Test(arguments: [
        ("Werkzeug-1.0.1-py2.py3-none-any.whl", "werkzeug", "1.0.1"),
        ("Werkzeug-1.0.1.tar.gz", "werkzeug", "1.0.1"),
        ("Werkzeug-0.1-py2.4.egg", "werkzeug", "0.1"),
        ("zope.interface-5.4.0.zip", "zope-interface", "5.4.0"),
        ("python-dotenv-0.17.1.tar.gz", "python-dotenv", "0.17.1"),
        ("demo-4.0b1-py3-none-any.whl", "demo", "4.0b1"),
    ])
    func fileNamesGiveTheirVersion(file: String, project: String, version: String) {
        #expect(SimpleIndexPage.version(ofFile: file, project: project)?.description == PEP440Version(version)?.description)
    }

    @Test func otherFilesHaveNoVersion() {
        #expect(SimpleIndexPage.version(ofFile: "demo-1.0.exe", project: "demo") == nil)
        #expect(SimpleIndexPage.version(ofFile: "other-1.0.tar.gz", project: "demo") == nil)
    }

    @Test func jsonPageReadsYankedReasonsRequiresPythonAndUploadTimes() throws {
        let body = Array("""
        {"meta": {"api-version": "1.1"}, "name": "demo", "files": [
          {"filename": "demo-1.0.tar.gz", "url": "x", "hashes": {}, "requires-python": ">=3.6", "yanked": false, "upload-time": "2020-01-01T00:00:00.5Z"},
          {"filename": "demo-2.0.tar.gz", "url": "x", "hashes": {}, "yanked": "broken"}
        ]}
        """.utf8)
        let page = try SimpleIndexPage.parseJSON(body, project: "demo").get()
        #expect(page.files.map(\.isYanked) == [false, true])
        #expect(page.files[0].requiresPython == ">=3.6")
        #expect(page.files[0].uploadTime == Timestamp("2020-01-01T00:00:00.5Z"))
        #expect(page.files[1].uploadTime == nil)
    }

    @Test func malformedJSONAndAnotherAPIVersionAreFailures() {
        #expect((try? SimpleIndexPage.parseJSON(Array("{\"files\": [".utf8), project: "x").get()) == nil)
        #expect((try? SimpleIndexPage.parseJSON(Array("{\"meta\": {\"api-version\": \"2.0\"}, \"files\": []}".utf8), project: "x").get()) == nil)
    }

    @Test func htmlPageUnescapesAttributesAndSeesYanked() throws {
        let body = Array("""
        <!DOCTYPE html><html><body>
        <a href="../../x/demo-1.0.tar.gz#sha256=00" data-requires-python="&gt;=3.6, !=3.7.*">demo-1.0.tar.gz</a><br/>
        <A HREF='demo-2.0.tar.gz' data-yanked>demo-2.0.tar.gz</A>
        <a href="/y/demo-3.0.tar.gz"></a>
        </body></html>
        """.utf8)
        let page = try SimpleIndexPage.parseHTML(body, project: "demo").get()
        #expect(page.files.map(\.filename) == ["demo-1.0.tar.gz", "demo-2.0.tar.gz", "demo-3.0.tar.gz"])
        #expect(page.files[0].requiresPython == ">=3.6, !=3.7.*")
        #expect(page.files.map(\.isYanked) == [false, true, false])
    }

    @Test func timestampsFollowRFC3339() {
        #expect(Timestamp("2021-05-01")?.description == "2021-05-01T00:00:00Z")
        #expect(Timestamp("2021-05-11T20:20:33+02:00") == Timestamp("2021-05-11T18:20:33Z"))
        #expect(Timestamp("1970-01-01T00:00:00Z")?.seconds == 0)
        #expect(Timestamp("2024-02-29")?.description == "2024-02-29T00:00:00Z")
        for bad in ["2021-02-30", "2021-5-1", "2021-05-01T25:00:00Z", "2021-05-01T10:00:00", "yesterday"] {
            #expect(Timestamp(bad) == nil, "\(bad)")
        }
    }

    @Test func curlOutputSplitsIntoFinalHeadersBodyAndStatus() throws {
        let output = Array("HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\nHTTP/2 200\r\nContent-Type: text/html\r\nETag: \"e1\"\r\n\r\n<html></html>\n200".utf8)
        let response = try #require(CurlClient.parse(output))
        #expect(response.status == 200)
        #expect(response.headers["etag"] == "\"e1\"")
        #expect(response.headers["content-type"] == "text/html")
        #expect(String(decoding: response.body, as: UTF8.self) == "<html></html>")
    }

    @Test func credentialsNeverAppearInMessages() {
        #expect(LookupSettings.withoutCredentials("https://user:secret@example.com/simple/") == "https://example.com/simple/")
        #expect(LookupSettings.withoutCredentials("https://example.com/a@b/") == "https://example.com/a@b/")
    }
}
