import Testing

@testable import ArtStrip

@Suite struct LinkAddressTests {
    let base = "https://example.org/a/b/page.html?q=1#top"

    @Test func resolvesAsRFC3986Says() {
        let cases = [
            ("https://other.example/x", "https://other.example/x"),
            ("mailto:a@example.org", "mailto:a@example.org"),
            ("//cdn.example/y", "https://cdn.example/y"),
            ("/root", "https://example.org/root"),
            ("c.html", "https://example.org/a/b/c.html"),
            ("../c", "https://example.org/a/c"),
            ("./", "https://example.org/a/b/"),
            ("../../../x", "https://example.org/x"),
            ("?p=2", "https://example.org/a/b/page.html?p=2"),
            ("#s", "https://example.org/a/b/page.html?q=1#s"),
            ("", "https://example.org/a/b/page.html?q=1"),
            (" d.html ", "https://example.org/a/b/d.html"),
        ]
        for (reference, absolute) in cases {
            #expect(LinkAddress.resolve(reference, against: base) == absolute)
        }
    }

    @Test func withoutAnAbsoluteBaseTheReferenceStays() {
        #expect(LinkAddress.resolve("/x", against: nil) == "/x")
        #expect(LinkAddress.resolve("/x", against: "page.html") == "/x")
        #expect(LinkAddress.resolve("https://example.org", against: "https://example.org/") == "https://example.org")
    }
}
