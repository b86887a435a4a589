import Testing

@testable import ArtStrip

@Suite struct NoticeFinderTests {
    let stripper = Stripper()

    @Test func noticeAtStart() {
        let text = "This article was originally published by Radio Free Example and is reprinted with permission.\n"
            + "Officials met on Monday.\nThey agreed to meet again."
        let r = stripper.strip(text: text)
        #expect(r.notice == "This article was originally published by Radio Free Example and is reprinted with permission.")
        #expect(r.publisher == "Radio Free Example")
        #expect(r.text == "Officials met on Monday.\n\nThey agreed to meet again.")
    }

    @Test func noticeAtEnd() {
        let text = "Officials met on Monday.\n\nThey agreed to meet again.\n\nThis story originally appeared in The Valley Times."
        let r = stripper.strip(text: text)
        #expect(r.notice == "This story originally appeared in The Valley Times.")
        #expect(r.publisher == "The Valley Times")
        #expect(r.text == "Officials met on Monday.\n\nThey agreed to meet again.")
    }

    @Test func noNotice() {
        let r = stripper.strip(text: "  Officials   met\ton Monday.  \r\n\r\n\r\nThey agreed.  ")
        #expect(r.notice == nil)
        #expect(r.text == "Officials met on Monday.\n\nThey agreed.")
    }
}
