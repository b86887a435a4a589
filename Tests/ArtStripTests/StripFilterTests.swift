import ArtCore
import Testing

@testable import ArtStrip

@Suite struct StripFilterTests {
    @Test func htmlRecordGetsAllFields() throws {
        let html = page(head: "<title>Bridge | Example Post</title>", body: "<article>\(paragraphHTML())</article>")
        let record = Record([("id", .int(1)), ("html", .string(html))])
        let update = StripFilter().transform(record)
        let keys = update.fields.map(\.key)
        #expect(keys == ["text", "title", "authors", "agency", "date", "date_modified", "site", "lang", "description",
            "canonical_url", "image", "section", "keywords", "notice"])
        #expect(update.errors.isEmpty)
        #expect(update.removals.isEmpty)
        let dropped = StripFilter(dropHTML: true).transform(record)
        #expect(dropped.removals == ["html"])
    }

    @Test func recordWithoutHTMLOrTextIsUnchanged() {
        let update = StripFilter().transform(Record([("id", .int(1)), ("title", .string("x"))]))
        #expect(update.isEmpty)
    }

    @Test func pageWithoutArticleGetsAnError() {
        let update = StripFilter().transform(Record([("html", .string("<nav><a href=/>Home</a></nav>"))]))
        #expect(update.errors.map(\.kind) == ["no_text"])
    }

    @Test func plainTextKeepsAnExistingSite() {
        let text = "Originally published by Example Wire.\nThe market rose."
        let a = StripFilter().transform(Record([("text", .string(text))]))
        #expect(a.fields.first(where: { $0.key == "site" })?.value == .string("Example Wire"))
        let b = StripFilter().transform(Record([("text", .string(text)), ("site", .string("Mine"))]))
        #expect(b.fields.first(where: { $0.key == "site" }) == nil)
    }

    @Test func stringBytesUnescapeLikeTheDecoder() throws {
        let values = ["", "plain", "q\"uote\\back/slash", "\u{8}\u{C}\n\r\t", "é ☃ 😀 \u{0}", "<p class=\"x\">a&amp;b</p>\n"]
        for v in values {
            let line = JSONValue.object([("html", .string(v))]).jsonText
            let record = try Record(validating: line)
            #expect(record.stringBytes("html") == Array(v.utf8), "\(line)")
        }
        let escaped = try Record(validating: #"{"html": "\u00e9\u2603\ud83d\ude00\u0041\/\b"}"#)
        #expect(record(escaped) == "é☃😀A/\u{8}")
        #expect(try Record(validating: #"{"html": 3}"#).stringBytes("html") == nil)
        #expect(try Record(validating: #"{"text": "x"}"#).stringBytes("html") == nil)
    }

    private func record(_ r: Record) -> String? { r.stringBytes("html").map { String(decoding: $0, as: UTF8.self) } }
}
