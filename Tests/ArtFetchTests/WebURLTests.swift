import ArtCore
import Testing

@testable import ArtFetch

@Suite struct URLParsing {
    @Test func resolution() throws {
        let base = try WebURL(parsing: "http://Example.com/a/b/c?q=1#frag")
        #expect(base.host == "example.com")
        #expect(base.description == "http://example.com/a/b/c?q=1")
        #expect(try base.resolving("../d").description == "http://example.com/a/d")
        #expect(try base.resolving("/x/./y/../z").description == "http://example.com/x/z")
        #expect(try base.resolving("?p=2").description == "http://example.com/a/b/c?p=2")
        #expect(try base.resolving("//other.org/p").description == "http://other.org/p")
        #expect(try base.resolving("https://s.org").description == "https://s.org/")
        #expect(try WebURL(parsing: "http://h:8080/ä b").description == "http://h:8080/%C3%A4%20b")
        #expect(try WebURL(parsing: "http://h:8080/").origin == "http://h:8080")
    }
}
