import ArtCore
import Testing

@testable import ArtLanguageID

@Suite struct LanguageIdentifierTests {
    /// The code identified for `text`, given three times so that it is long enough.
    func code(_ text: String) -> String? { LanguageIdentifier.identify([text, text, text].joined(separator: " "))?.code }

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

    @Test func whenTheTopLanguageIsTheText() {
        let covers = LanguageIdentifier.coversText
        #expect(covers("de", 70, "en", 30, false))
        #expect(!covers("de", 60, "en", 40, false))
        #expect(covers("de", 60, "en", 40, true))
        // Alone in a short text, the rest unscored.
        #expect(covers("sv", 66, "un", 0, false))
        #expect(!covers("sv", 50, "un", 0, false))
        // Close languages share a text; unrelated ones do not.
        #expect(covers("sv", 45, "no", 40, false))
        #expect(!covers("sv", 45, "en", 40, false))
    }

    @Test func tooShortOrMixedIsUnknown() {
        #expect(code("") == nil)
        #expect(code("OK") == nil)
        #expect(code("12345 67890 !!! ??? ...") == nil)
        // CLD2 calls this French with confidence: too short to take its word.
        var short = "Émigrés in Kyiv’s centre met U.S. envoys."
        #expect(short.withUTF8 { LanguageIdentifier.verdict(utf8: $0) } == .tooShort)
        let mixed = "The prime minister said on Monday that energy prices would fall next year. "
            + "Le président a déclaré lundi que la réforme des retraites serait votée avant l'été."
        #expect(code(mixed) == nil)
    }
}

@Suite struct LanguageResolverTests {
    func record(_ json: String) throws -> Record { try Record(validating: json) }

    @Test func forcedThenFieldThenText() throws {
        let german = "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Energiepreise würden im nächsten Jahr deutlich sinken, und die Regierung werde den Familien helfen. Die Opposition kritisierte den Plan scharf."
        #expect(LanguageResolver(forced: "fr").language(of: try record(#"{"lang":"de","text":"x"}"#)) == .known("fr"))
        #expect(LanguageResolver().language(of: try record(#"{"lang":"de-AT","text":"x"}"#)) == .known("de"))
        #expect(LanguageResolver().language(of: try record(#"{"lang":null,"text":"x"}"#)) == .unknown)
        #expect(LanguageResolver().language(of: try record(#"{"text":"\#(german)"}"#)) == .known("de"))
        #expect(LanguageResolver().language(of: try record(#"{"text":"Too short to tell."}"#)) == .known("en"))
        #expect(LanguageResolver(fallback: "de").language(of: try record(#"{"text":"Zu kurz."}"#)) == .known("de"))
        // Too short, and not in Latin letters: no English either.
        #expect(LanguageResolver().language(of: try record(#"{"text":"居民欢迎。"}"#)) == .unknown)
        #expect(LanguageResolver().language(of: try record(#"{"text":"Привет, мир."}"#)) == .unknown)
        #expect(LanguageResolver().language(of: try record(#"{"text":"Café 😀 “ok”."}"#)) == .known("en"))
    }
}

@Suite struct LanguageGateTests {
    @Test func supportedPassesOthersAreMarked() throws {
        let gate = LanguageGate(tool: "art-x", annotation: "model", supported: ["en"], resolver: LanguageResolver())
        guard case .annotate(language: "en") = gate.admission(for: try Record(validating: #"{"lang":"en","text":"x"}"#)) else {
            Issue.record("English refused")
            return
        }
        guard case .refuse(let refused) = gate.admission(for: try Record(validating: #"{"lang":"ko","text":"x"}"#)) else {
            Issue.record("Korean admitted")
            return
        }
        #expect(refused.errors.map(\.kind) == ["unsupported_language"])
        #expect(refused.errors.first?.message.contains("'ko'") == true)
    }
}

@Suite struct EnglishFastPathTests {
    func plainlyEnglish(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { EnglishFastPath.isPlainlyEnglish($0) }
    }

    @Test func englishProseIsTakenWithoutCLD2() {
        let english = String(repeating: "The minister said on Monday that the talks with the unions would go on, and that he was not worried by the strike. ", count: 3)
        #expect(plainlyEnglish(english))
        #expect(plainlyEnglish(english.replacing("said", with: "“said”")))
    }

    @Test func otherLanguagesAndShortTextGoToCLD2() {
        let german = String(repeating: "Der Minister sagte am Montag, die Gespräche mit den Gewerkschaften würden weitergehen, und er sei nicht besorgt. ", count: 3)
        let dutch = String(repeating: "De minister zei maandag dat de gesprekken met de vakbonden doorgaan en dat hij niet bezorgd is over de staking. ", count: 3)
        #expect(!plainlyEnglish(german))
        #expect(!plainlyEnglish(dutch))
        #expect(!plainlyEnglish("The talks go on."))
    }
}
