import Testing

@testable import ArtStrip

@Suite struct DateParserTests {
    @Test func formatsAndAddresses() {
        #expect(DateParser.iso8601("2024-05-02") == "2024-05-02")
        #expect(DateParser.iso8601("2024-05-02T08:15:30.123+0200") == "2024-05-02T08:15:30+02:00")
        #expect(DateParser.iso8601("Thu, 02 May 2024 08:15:00 GMT") == "2024-05-02")
        #expect(DateParser.iso8601("May 2, 2024") == "2024-05-02")
        #expect(DateParser.iso8601("yesterday") == nil)
        #expect(DateParser.fromURL("https://x.example/2024/05/02/bridge") == "2024-05-02")
        #expect(DateParser.fromURL("https://x.example/news/20240502") == "2024-05-02")
        #expect(DateParser.fromURL("https://x.example/2019/10/22/story") == "2019-10-22")
        #expect(DateParser.fromURL("https://x.example/archive/20030331/story.html") == "2003-03-31")
        #expect(DateParser.fromURL("https://x.example/blog/2023/october/03/wine-styles") == "2023-10-03")
        #expect(DateParser.fromURL("https://x.example/blog/2023/octopus/03/") == nil)
        #expect(DateParser.fromURL("https://x.example/news/bridge-20240502.html") == "2024-05-02")
        #expect(DateParser.fromURL("https://x.example/item/202405021234") == nil)
        #expect(DateParser.fromURL("https://2024-05-02.example/news") == nil)
        #expect(DateParser.iso8601("Dec 19th 2025") == "2025-12-19")
        #expect(DateParser.iso8601("2024-04-12 08:02:41 -0500") == "2024-04-12T08:02:41")
    }
}
