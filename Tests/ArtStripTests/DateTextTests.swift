import Testing

@testable import ArtStrip

@Suite struct DateTextTests {
    func day(_ s: String, _ lang: String? = "en") -> String? { DateText.first(in: s, lang: lang)?.day }

    @Test func englishDatelines() {
        #expect(day("Jun 08, 2023 • 11 Minute Read") == "2023-06-08")
        #expect(day("by: A. Name, Dec 17, 2025") == "2025-12-17")
        #expect(day("Posted Dec. 19th 2025 at noon") == "2025-12-19")
        #expect(day("4 August 2010") == "2010-08-04")
        #expect(day("on the 3rd of May 2024") == "2024-05-03")
        #expect(day("Last Updated: 2025-02-22") == "2025-02-22")
    }

    @Test func otherLanguages() {
        #expect(day("Veröffentlicht am 3. Oktober 2024, 10:15 Uhr", "de") == "2024-10-03")
        #expect(day("Publié le 1er janvier 2024", "fr") == "2024-01-01")
        #expect(day("le 3 octobre 2024 à 18h", "fr-FR") == "2024-10-03")
        #expect(day("Publicado el 3 de octubre de 2024", "es") == "2024-10-03")
        #expect(day("Atualizado em 4 de março de 2024", "pt-BR") == "2024-03-04")
        #expect(day("Pubblicato il 12 dicembre 2023", "it") == "2023-12-12")
        #expect(day("5 set 2024", "it") == "2024-09-05")
        #expect(day("3 ottobre 2024", "it") == "2024-10-03")
        #expect(day("3 de outubro de 2024", "pt") == "2024-10-03")
        #expect(day("Gepubliceerd op 7 mei 2024", "nl") == "2024-05-07")
    }

    @Test func numericFormsFollowTheLanguage() {
        #expect(day("02.02.2022 · 11:14", "de") == "2022-02-02")
        #expect(day("22/11/2020 - 04:30") == "2020-11-22")
        #expect(day("03/04/2024") == "2024-03-04")
        #expect(day("03/04/2024", "en-GB") == "2024-04-03")
        #expect(day("03/04/2024", "fr") == "2024-04-03")
        #expect(DateText.first(in: "03/04/2024", lang: "en")?.alternate == "2024-04-03")
        #expect(DateText.first(in: "22/11/2020", lang: "en")?.alternate == nil)
    }

    /// A date needs a year of four digits: a text with no run of exactly
    /// four ASCII digits is passed over without being tokenised.
    @Test func aYearOfFourDigits() {
        #expect(DateText.hasFourDigitRun("3 de octubre de 2024"))
        #expect(DateText.hasFourDigitRun("2024"))
        #expect(DateText.hasFourDigitRun("am 03.10.2024, 10:15"))
        #expect(!DateText.hasFourDigitRun("December 19, 202"))
        #expect(!DateText.hasFourDigitRun("ref 20245 and 12 March"))
        #expect(!DateText.hasFourDigitRun("١٢ مارس ٢٠٢٤"))
        // The bytes of a text and of its collapsed line agree.
        for s in ["  Updated:\n  2024 ", "12\u{A0}34", "ref 20245", "1 2 3 4"] {
            var t = s
            #expect(t.withUTF8(DateText.hasFourDigitRun) == DateText.hasFourDigitRun(TextUtil.collapse(s)))
        }
        #expect(day("December 19, 20245") == nil)
        #expect(day("Dec 17, 2025x") == "2025-12-17")
    }

    @Test func notDates() {
        #expect(day("version 1.2.2024.5") == nil)
        #expect(day("30 February 2024") == nil)
        #expect(day("May 2024") == nil)
        #expect(day("3 out 2024") == nil)
        #expect(day("3 out 2024", "pt") == "2024-10-03")
        // Joined to a day and a year, the abbreviation is a month even on
        // an English page; written apart, an English word.
        #expect(day("By: A. Name on 04-ago-2021 5:11:10") == "2021-08-04")
        #expect(day("2 days ago 2021") == nil)
        #expect(day("12 May 1970") == nil)
    }
}
