import Testing

@testable import ArtLanguageID

@Suite struct LanguageIdentifierTests {
    func code(_ text: String) -> String? { LanguageIdentifier.identify(text)?.code }

    @Test func newsLanguages() {
        #expect(code("Bundeskanzler Olaf Scholz sagte am Montag, die Energiepreise würden im nächsten Jahr sinken.") == "de")
        #expect(code("Le président a déclaré lundi que la réforme des retraites serait votée avant l'été.") == "fr")
        #expect(code("El presidente del Gobierno dijo el lunes que los precios de la energía bajarán el próximo año.") == "es")
        #expect(code("O primeiro-ministro disse na segunda-feira que os preços da energia vão cair no próximo ano.") == "pt")
        #expect(code("Il presidente del Consiglio ha detto lunedì che i prezzi dell'energia scenderanno l'anno prossimo.") == "it")
        #expect(code("The prime minister said on Monday that energy prices would fall next year, officials confirmed.") == "en")
    }

    @Test func otherScriptsAndTheISOCodes() {
        #expect(code("대통령은 월요일 에너지 가격이 내년에 떨어질 것이라고 말했다. 정부 관계자들이 확인했다.") == "ko")
        #expect(code("Президент заявил в понедельник, что цены на энергию снизятся в следующем году.") == "ru")
        #expect(code("ראש הממשלה אמר ביום שני כי מחירי האנרגיה ירדו בשנה הבאה, כך אישרו גורמים רשמיים.") == "he")
        #expect(code("قال رئيس الوزراء يوم الاثنين إن أسعار الطاقة ستنخفض العام المقبل، حسبما أكد مسؤولون.") == "ar")
    }

    @Test func tooShortOrMixedIsUnknown() {
        #expect(code("") == nil)
        #expect(code("OK") == nil)
        #expect(code("12345 67890 !!! ??? ...") == nil)
        let mixed = "The prime minister said on Monday that energy prices would fall next year. "
            + "Le président a déclaré lundi que la réforme des retraites serait votée avant l'été."
        #expect(code(mixed) == nil)
    }
}
