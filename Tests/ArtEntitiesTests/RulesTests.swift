import ArtText
import Testing

@testable import ArtEntities

@Suite struct RulesTests {
    private func found(_ text: String) -> [String] {
        let s = scalars(text)
        return ruleSpans(s, tokens: entityTokens(s)).map { "\(scalarString(s, $0.start, $0.end))|\($0.type.rawValue)" }
    }

    @Test func newsStyleNumbersAndDates() {
        #expect(found("on January 10 and Dec. 27") == ["January 10|DATE", "Dec. 27|DATE"])
        #expect(found("in early 2022 and the 1990s") == ["early 2022|DATE", "the 1990s|DATE"])
        #expect(found("in 2 1/2 years of a nearly eight-year war") == ["2 1/2 years|DATE", "nearly eight-year|DATE"])
        #expect(found("on Tuesday at 5 p.m.") == ["Tuesday|DATE", "5 p.m.|TIME"])
        #expect(found("pledged $3.5 billion and €20 million") == ["$3.5 billion|MONEY", "€20 million|MONEY"])
        #expect(found("rose 5 percent, or 40%") == ["5 percent|PERCENT", "40%|PERCENT"])
        #expect(found("sent 300 troops") == ["300 troops|QUANTITY"])
    }

    @Test func clockTimesAndFractionsAreOneToken() {
        // The tokenizer keeps 10:30 and 1/2 together; the rules read them whole.
        #expect(found("at 10:30 a.m. and at 11:45") == ["10:30 a.m.|TIME", "11:45|TIME"])
        #expect(found("for 1 1/2 days and 3/4 miles") == ["1 1/2 days|DATE", "3/4 miles|QUANTITY"])
        #expect(found("in mid-2022, 10 January 2022 and March 3rd") == ["mid-2022|DATE", "10 January 2022|DATE", "March 3rd|DATE"])
    }

    @Test func lowerCaseMonthWordsAreNotDates() {
        #expect(found("They may march on.") == [])
    }

    @Test func lexiconHashesMatchTheTokenFacts() {
        // The tagger's lower-case hashes stand in for the lexicon's own.
        let s = scalars("In MID-2022 Tuesday")
        let tokens = entityTokens(s)
        let hashes = tokens.map { hashScalars(s, $0.start, $0.end, lower: true) }
        #expect(ruleSpans(s, tokens: tokens, lowerHashes: hashes).map(\.start) == ruleSpans(s, tokens: tokens).map(\.start))
    }
}

/// The rules read with the word lists of `data/lang/<code>/numbers.txt`.
@Suite struct LanguageRulesTests {
    private func found(_ text: String, _ code: String) throws -> [String] {
        let lexicon = try RuleLexicon.load(code)
        let s = scalars(text)
        return ruleSpans(s, tokens: entityTokens(s), lexicon: lexicon).map { "\(scalarString(s, $0.start, $0.end))|\($0.type.rawValue)" }
    }

    @Test func germanDatesMoneyAndPercentages() throws {
        #expect(try found("Am 3. Oktober 2024 kostete es 20 Millionen Euro, 5 Prozent mehr.", "de")
            == ["3. Oktober 2024|DATE", "20 Millionen Euro|MONEY", "5 Prozent|PERCENT"])
        #expect(try found("Vor drei Jahren, um 15 Uhr, stieg der Preis um 3,5 % auf rund 200 Euro.", "de")
            == ["Vor drei Jahren|DATE", "15 Uhr|TIME", "3,5 %|PERCENT", "rund 200 Euro|MONEY"])
        #expect(try found("Im vergangenen Jahr und Anfang März.", "de") == ["vergangenen Jahr|DATE", "Anfang März|DATE"])
    }

    @Test func frenchDatesMoneyAndPercentages() throws {
        #expect(try found("Le 3 octobre 2024, il a promis 20 millions d'euros, soit 5 % de plus.", "fr")
            == ["3 octobre 2024|DATE", "20 millions d'euros|MONEY", "5 %|PERCENT"])
        #expect(try found("La semaine dernière, plus de 300 personnes, et 12 pour cent.", "fr")
            == ["semaine dernière|DATE", "plus de 300 personnes|QUANTITY", "12 pour cent|PERCENT"])
    }

    @Test func spanishDatesMoneyAndPercentages() throws {
        #expect(try found("El 3 de octubre de 2024 anunció 20 millones de euros, un 5 por ciento más.", "es")
            == ["3 de octubre de 2024|DATE", "20 millones de euros|MONEY", "5 por ciento|PERCENT"])
        #expect(try found("Hace dos años, el año pasado y el lunes.", "es") == ["Hace dos años|DATE", "año pasado|DATE", "lunes|DATE"])
    }

    @Test func italianAndPortugueseDates() throws {
        #expect(try found("Il 3 ottobre 2024 ha speso 2 miliardi di euro.", "it") == ["3 ottobre 2024|DATE", "2 miliardi di euro|MONEY"])
        #expect(try found("Em 3 de outubro de 2024, 10 por cento.", "pt") == ["3 de outubro de 2024|DATE", "10 por cento|PERCENT"])
    }

    @Test func englishKeepsItsCapitalisedMonths() throws {
        // A lower-case month counts only where the language writes it so.
        #expect(try found("They may march on 3 May.", "en") == ["3 May|DATE"])
        #expect(try found("Sie kam im mai.", "de") == [])
    }
}
