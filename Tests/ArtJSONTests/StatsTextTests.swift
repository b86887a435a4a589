import Testing

@testable import ArtCore
@testable import ArtJSON

@Suite struct StatsTextTests {
    @Test func alignsCountsAndNamesLists() {
        let summary: JSONValue = .object([
            ("records", 12),
            ("lang", .object([("en", 10), ("de", 2)])),
            ("top_speakers", [.object([("name", "Ana Ruiz"), ("quotes", 3), ("gender", "female")])]),
            ("approximate", []),
        ])
        #expect(StatsText.render(summary) == """
            records: 12
            lang:
              10  en
               2  de
            top speakers:
              3  Ana Ruiz (female)
            approximate: none

            """)
    }
}
