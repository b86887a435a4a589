import Testing

@testable import ArtStrip

/// The page's date against the other dates it shows: zones, updates,
/// teasers and the furniture around the headline (DateFinder, Dateline,
/// Furniture).
@Suite struct DateFinderTests {
    let stripper = Stripper()

    func metadata(head: String = "", dateline: String, after: String = "", url: String? = nil) -> PageMetadata {
        let body = "<article><h1>Bridge to be rebuilt</h1>\(dateline)\(paragraphHTML())</article>\(after)"
        return stripper.strip(html: page(head: head, body: body), url: url).metadata
    }

    static func published(_ stamp: String) -> String {
        "<meta property=\"article:published_time\" content=\"\(stamp)\">"
    }

    @Test func aLabelInItsOwnElement() {
        // `Updated`, white space, then the date: the label still marks it.
        let m = metadata(head: Self.published("2021-03-01T08:00:00Z"),
            dateline: "<p><span>Updated</span> <span>May 9, 2024</span></p>")
        #expect(m.date == "2021-03-01T08:00:00Z")
        #expect(m.dateModified == "2024-05-09")
    }

    @Test func theStatedInstantInAnotherZone() {
        // Shown the day before or after the stamp, as another zone shows
        // the same instant: the stamp as written.
        let late = Self.published("2021-12-10T02:17:00+00:00")
        #expect(metadata(head: late, dateline: "<p>December 9, 2021</p>").date == "2021-12-10T02:17:00+00:00")
        #expect(metadata(head: Self.published("2025-12-02T23:00:55+00:00"), dateline: "<p>Published: 03 Dec 2025</p>").date
            == "2025-12-02T23:00:55+00:00")
        // The address names the shown day: that day.
        #expect(metadata(head: late, dateline: "<p>December 9, 2021</p>", url: "https://x.example/2021/12/09/bridge").date
            == "2021-12-09")
        // A day no zone reaches is another date: the earlier, the original.
        #expect(metadata(head: Self.published("2021-12-10T14:00:00Z"), dateline: "<p>December 8, 2021</p>").date
            == "2021-12-08")
    }

    @Test func sameMomentArithmetic() {
        #expect(MetadataReader.mayBeTheSameMoment(day: "2021-12-09", stamp: "2021-12-10T02:17:00Z"))
        #expect(MetadataReader.mayBeTheSameMoment(day: "2025-05-15", stamp: "2025-05-14T19:30:03-07:00"))
        #expect(MetadataReader.mayBeTheSameMoment(day: "2026-01-01", stamp: "2025-12-31T20:00:00+00:00"))
        #expect(!MetadataReader.mayBeTheSameMoment(day: "2021-12-09", stamp: "2021-12-10T14:00:00Z"))
        #expect(!MetadataReader.mayBeTheSameMoment(day: "2021-12-10", stamp: "2021-12-10T02:17:00Z"))
        // Without a zone the instant is unknown.
        #expect(!MetadataReader.mayBeTheSameMoment(day: "2021-12-09", stamp: "2021-12-10T02:17:00"))
        #expect(MetadataReader.dayNumber("1970-01-01") == 0)
        #expect(MetadataReader.dayNumber("2000-03-01") == 11017)
        #expect(MetadataReader.zoneMinutes(Array("2025-01-01T00:00:00+05:30".utf8)) == 330)
    }

    @Test func aNumericDateThatReadsEitherWay() {
        // `02-12-2025` on an English page reads February 12, unless the
        // page's ISO times give only the other reading (the same article
        // listed in a sidebar).
        let shown = "<p><time datetime=\"02-12-2025\">02-12-2025</time></p>"
        #expect(metadata(dateline: shown).date == "2025-02-12")
        let sidebar = "<aside><ul><li><a href=\"/a\">Bridge to be rebuilt</a> <time datetime=\"2025-12-02\">December 02, 2025</time></li></ul></aside>"
        #expect(metadata(dateline: shown, after: sidebar).date == "2025-12-02")
    }

    @Test func theBodyAfterAnUpdateIsNoDateline() {
        // The update, then the body: its dates are no publication's.
        let rows = (1...8).map { "<p>Row \($0)</p>" }.joined()
        let m = metadata(head: Self.published("2021-03-01T08:00:00Z"),
            dateline: "<p>Updated May 9, 2024</p>\(rows)<p>COST: March 12, 2020</p>")
        #expect(m.date == "2021-03-01T08:00:00Z")
        // The publication beside the update still counts.
        #expect(metadata(dateline: "<p>Updated May 9, 2024</p><p>By Ann Lee</p><p>Published May 3, 2024</p>").date
            == "2024-05-03")
    }

    @Test func aSmallFlaggedElementBesideTheHeadline() {
        // A share bar or a newsletter's details beside the headline hold
        // the article's own date.
        let social = "<div class=\"socialContainer\"><p>Ann Lee</p><p>2022-11-23T08:10+02:00</p></div>"
        #expect(metadata(dateline: social).date == "2022-11-23")
        // A related list there holds more than a line: still furniture.
        let teasers = (1...6).map { "<li><a href=\"/\($0)\">Another story about the city and its river, part \($0)</a></li>" }
        let related = "<div class=\"related\"><ul>\(teasers.joined())<li>May 1, 2024</li></ul></div>"
        #expect(metadata(dateline: related).date == nil)
    }

    @Test func teaserCardsAreOtherArticles() {
        func card(_ n: Int) -> String {
            "<div class=\"slide slide-\(n)\"><h3><a href=\"/s\(n)\">Another story about the city, part \(n)</a></h3>"
                + "<span class=\"post-date\">December 1\(n), 2025</span></div>"
        }
        let slider = "<div class=\"slider\">\(card(1))\(card(2))\(card(3))</div>"
        let m = metadata(head: Self.published("2026-01-13T06:36:52+05:30"), dateline: "", after: slider)
        #expect(m.date == "2026-01-13T06:36:52+05:30")
        // The items of a meta line are alike too, but hold no headline.
        let meta = "<ul><li class=\"item a\">By Ann Lee</li><li class=\"item b\"><span class=\"post-date\">May 3, 2024</span></li></ul>"
        #expect(metadata(dateline: meta).date == "2024-05-03")
        // Fields labelled by short headings are no cards.
        let fields = "<div class=\"post-meta\"><h4>Published</h4><div class=\"post-date\">July 8, 2025</div></div>"
            + "<div class=\"post-meta\"><h4>Author</h4><div>Ann Lee</div></div>"
        #expect(metadata(dateline: fields).date == "2025-07-08")
    }
}
