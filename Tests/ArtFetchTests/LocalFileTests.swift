import ArtCore
import Testing

@testable import ArtFetch

@Suite struct LocalFiles {
    @Test func pathsAndFileURLs() async {
        let dir = temporaryDirectory()
        writeFile(dir + "/a page.html", Array("<p>Grüß Gott</p>".utf8))
        writeFile(dir + "/note.txt", Array("just text".utf8))
        let byPath = await fetch(dir + "/a page.html")
        #expect(byPath.field("html")?.stringValue == "<p>Grüß Gott</p>")
        #expect(byPath.field("final_url")?.stringValue == "file://" + dir + "/a%20page.html")
        #expect(byPath.field("status") == nil)
        let byURL = await fetch("file://" + dir + "/a%20page.html")
        #expect(byURL.field("html")?.stringValue == "<p>Grüß Gott</p>")
        #expect(await fetch(dir + "/note.txt").field("text")?.stringValue == "just text")
        #expect(await fetch(dir + "/missing.html").kind == "file")
        #expect(await fetch(dir + "/note.txt", options { $0.maxBytes = 4 }).kind == "too_large")
    }
}
