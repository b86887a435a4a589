import Testing

@testable import ArtStrip

/// Dates the text states away from the headline (DateStatements), and the
/// headline's element where no heading holds it.
@Suite struct DateStatementsTests {
    let stripper = Stripper()

    func date(_ body: String, head: String = "<title>Bridge to be rebuilt</title>") -> PageMetadata {
        stripper.strip(html: page(head: head, body: body)).metadata
    }

    @Test func aHeadlineInNoHeading() {
        // No h1: the element that shows the title holds the dateline,
        // also when the title still carries the site's name.
        let body = "<div><p class=\"big\">Bridge to be rebuilt now</p><p>Feb 16, 2026</p></div><div>\(paragraphHTML())</div>"
        #expect(date(body, head: "<title>Bridge to be rebuilt now | Post</title>").date == "2026-02-16")
    }

    @Test func aNoteOfTheFirstPublication() {
        let head = "<title>Bridge to be rebuilt</title>"
            + "<meta property=\"article:published_time\" content=\"2022-09-30T11:07:00+10:00\">"
        let note = "<p>This article was originally published on 26 Sep 2019 but has been updated since.</p>"
        #expect(date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())\(note)</article>", head: head).date
            == "2019-09-26")
        #expect(date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())</article>", head: head).date
            == "2022-09-30T11:07:00+10:00")
    }

    @Test func aLabelledDateWhereNothingElseDatesThePage() {
        let updated = date("<article>\(paragraphHTML())<p style=\"text-align:right\">Last updated: November 13, 2025</p></article>")
        #expect(updated.date == "2025-11-13")
        #expect(updated.dateModified == "2025-11-13")
        #expect(updated.sources["date"] == "date_modified")
        let published = date("<article>\(paragraphHTML())<p>Veröffentlicht: 3. Oktober 2024</p></article>")
        #expect(published.date == "2024-10-03")
        #expect(published.dateModified == nil)
        // A line that is a date and little more, under the text.
        #expect(date("<article>\(paragraphHTML())<p>Mon 03.03.2021 | 10:15</p></article>").date == "2021-03-03")
        // A label wins over a bare date before it.
        #expect(date("<article><p>March 3, 2021</p>\(paragraphHTML())<p>Posted on May 4, 2021</p></article>").date
            == "2021-05-04")
        // A teaser's date, in the furniture, is not the page's.
        #expect(date("<article>\(paragraphHTML())</article><aside class=\"sidebar\"><p>March 3, 2021</p></aside>").date == nil)
        // An unlabelled date in the text dates something else.
        #expect(date("<article>\(paragraphHTML())<p>The vote of May 3, 2024 was close.</p></article>").date == nil)
    }

    @Test func aPublicationStampedAfterTheRevisionIsNoPublication() {
        // A stamp of the last build written as the publication, later
        // than the page's own revision: the earlier publication wins.
        let head = "<title>Bridge to be rebuilt</title>"
            + "<meta name=\"published-time\" content=\"2026-03-09T08:45:32Z\">"
            + "<meta name=\"published-date\" content=\"2021-02-16\">"
            + "<meta name=\"modified-date\" content=\"2024-07-30\">"
        #expect(date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())</article>", head: head).date == "2021-02-16")
        // A page that shows only its revision, under a publication stamped
        // later still: the revision dates it.
        let late = "<title>Bridge to be rebuilt</title><script type=\"application/ld+json\">"
            + "{\"@type\": \"WebPage\", \"datePublished\": \"2025-11-13T09:21:40\"}</script>"
        let shown = "<article><h1>Bridge to be rebuilt</h1><p>Page updated: 12 November 2025</p>\(paragraphHTML())</article>"
        #expect(date(shown, head: late).date == "2025-11-12")
        // The same instant written in two zones is no later publication.
        let zones = "<title>Bridge to be rebuilt</title>"
            + "<meta property=\"article:published_time\" content=\"2025-05-15T01:00:00+02:00\">"
            + "<meta property=\"article:modified_time\" content=\"2025-05-14T23:30:00+00:00\">"
        #expect(date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())</article>", head: zones).date
            == "2025-05-15T01:00:00+02:00")
    }

    @Test func structuredDataInAMetaElement() {
        // A framework that renders JSON-LD as `<meta name="script:ld+json">`.
        let ld = "{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"
        let head = "<title>Bridge to be rebuilt</title><meta name=\"script:ld+json\" content=\"\(ld)\">"
        #expect(date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())</article>", head: head).date
            == "2025-11-17T09:00:00-05:00")
    }

    @Test func theShownTimeSettlesMachineValuesThatDisagree() {
        // The stamps disagree on the day; a `<time>` under the text shows
        // one of them: that is the page's publication.
        let head = "<title>Bridge to be rebuilt</title>"
            + "<meta property=\"article:published_time\" content=\"2025-08-08T00:00:00-04:00\">"
            + "<script type=\"application/ld+json\">{\"@type\": \"Article\", "
            + "\"datePublished\": \"2025-11-29T12:28:31-05:00\"}</script>"
        let end = "<div class=\"published\">Published <time datetime=\"2025-08-13\">August 13, 2025</time></div>"
        #expect(date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())\(end)</article>", head: head).date
            == "2025-08-13")
        // A shown time labelled as the revision settles nothing: it is the
        // revision, and of the stamps, the one not later than it stands.
        let updated = "<div>Updated <time datetime=\"2025-08-13\">August 13, 2025</time></div>"
        let revised = date("<article><h1>Bridge to be rebuilt</h1>\(paragraphHTML())\(updated)</article>", head: head)
        #expect(revised.date == "2025-08-08T00:00:00-04:00")
        #expect(revised.dateModified?.prefix(10) == "2025-08-13")
    }
}
