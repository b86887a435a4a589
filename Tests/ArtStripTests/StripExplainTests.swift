import ArtCore
import Testing

@testable import ArtStrip

@Suite struct StripExplainTests {
    @Test func pathsOfElements() {
        let dom = DOM.parse("<html><body><div>a</div><div><article><p>x</p></article></div></body></html>")
        let article = (0..<dom.count).first { dom.tag[$0] == .article }!
        #expect(dom.path(of: article) == "html/body/div[2]/article")
        let custom = DOM.parse("<html><body><my-box><p>x</p></my-box></body></html>")
        #expect(custom.path(of: (0..<custom.count).first { custom.tag[$0] == .p }!) == "html/body/*/p")
    }

    @Test func theTextsElementAndScore() {
        let html = page(body: "<div class=\"wrap\"><article>\(paragraphHTML())</article></div>")
        let plain = Stripper().strip(html: html)
        #expect(plain.textChoice == nil)
        let r = Stripper(explain: true).strip(html: html)
        let choice = try! #require(r.textChoice)
        #expect(choice.method == r.method)
        #expect(choice.path?.hasPrefix("html/body/") == true)
        #expect((choice.score ?? 0) > 0)
        #expect(r.paragraphs == plain.paragraphs && r.metadata == plain.metadata)
    }

    @Test func theRecord() {
        let record = StripExplain.record(["date": "json-ld", "title": "h1", "unknown": "x"],
            text: TextChoice(method: "class", path: "html/body/article", score: 12.5, parts: 2))
        #expect(record.jsonText == #"{"title":"h1","date":"json-ld","text":{"method":"class","path":"html/body/article","score":12.5,"parts":2}}"#)
    }

    @Test func theFilterAddsItOnlyWhenAsked() {
        let html = page(head: "<title>Bridge | Example Post</title>", body: "<article>\(paragraphHTML())</article>")
        let record = Record([("html", .string(html))])
        #expect(!StripFilter().transform(record).fields.contains { $0.key == "strip_explain" })
        let explained = StripFilter(explain: true).transform(record)
        let value = try! #require(explained.fields.first { $0.key == "strip_explain" }?.value)
        #expect(value["title"] == .string("title-tag"))
        #expect(value["lang"] == .string("text"))
        #expect(value["text"]?["path"] != nil)
    }
}
