import ArtCore
import Testing

@testable import ArtText

/// The sentences of `text` with the rules of the language `code`.
func split(_ text: String, lang code: String) throws -> [String] {
    let data = try LanguageCatalog.load().segmenterData(for: code)
    #expect(data.code == code)
    let scalars = Array(text.unicodeScalars)
    return SentenceSegmenter(language: data).sentences(in: scalars).map { scalars.string($0) }
}

@Suite struct GermanSentencesTests {
    @Test func ordinalDotsDoNotEndASentence() throws {
        #expect(
            try split("Am 3. Oktober wird gewählt. Das Haus stammt aus dem 19. Jahrhundert.", lang: "de")
                == ["Am 3. Oktober wird gewählt.", "Das Haus stammt aus dem 19. Jahrhundert."])
        #expect(try split("Sie belegte den 2. Platz. Danach ging es heim.", lang: "de").count == 2)
        #expect(try split("Er wohnt im 6. Stock.", lang: "de") == ["Er wohnt im 6. Stock."])
    }

    @Test func abbreviations() throws {
        #expect(
            try split("Es kamen z. B. Dr. Müller und Prof. Schmidt. Sie blieben ca. drei Stunden.", lang: "de")
                == ["Es kamen z. B. Dr. Müller und Prof. Schmidt.", "Sie blieben ca. drei Stunden."])
        #expect(try split("Die Kosten liegen bzw. lagen bei 5 Mio. Euro.", lang: "de").count == 1)
        #expect(try split("Äpfel, Birnen usw. Danach gab es Kaffee.", lang: "de").count == 2)
        #expect(try split("Der Präs. Meier kam.", lang: "de").count == 1)
    }

    @Test func quotationMarks() throws {
        #expect(
            try split("„Ich habe keine Zeit“, sagte sie. „Und keine Lust.“ Wir gingen.", lang: "de")
                == ["„Ich habe keine Zeit“, sagte sie.", "„Und keine Lust.“", "Wir gingen."])
        #expect(try split("»Kommst du?« fragte er. Sie nickte.", lang: "de").count == 2)
    }
}

@Suite struct FrenchSentencesTests {
    @Test func spacedClosingQuotes() throws {
        #expect(
            try split("« Nous partirons demain. » Il a ensuite quitté la salle.", lang: "fr")
                == ["« Nous partirons demain. »", "Il a ensuite quitté la salle."])
        #expect(try split("« Vraiment ? » a demandé M. Dupont.", lang: "fr").count == 1)
    }

    @Test func titlesAndAbbreviations() throws {
        #expect(try split("M. Le Maire et Mme Durand sont venus. Ils sont repartis.", lang: "fr").count == 2)
        #expect(try split("Le temple fut dédié en 493 av. J.-C. par Spurius.", lang: "fr").count == 1)
    }
}

@Suite struct SpanishSentencesTests {
    @Test func capitalisedStarterAfterASemicolonBeginsASentence() throws {
        #expect(
            try split("Se había aliado con el conde de Tolosa; El conde murió en 1222.", lang: "es")
                == ["Se había aliado con el conde de Tolosa;", "El conde murió en 1222."])
        // Lower case, or a name, after the semicolon: one sentence.
        #expect(try split("Llegó tarde; el tren se retrasó.", lang: "es").count == 1)
        #expect(try split("Invitó a sus hijos: Juan; Marta; Pedro.", lang: "es").count == 1)
        // English writes no such rule: `; Then` stays inside.
        #expect(try split("Preheat the oven; Then add the flour.", lang: "en").count == 1)
    }

    @Test func invertedMarksOpenASentence() throws {
        #expect(
            try split("Compró pan, leche, etc. ¿Cuánto costó? ¡Mucho!", lang: "es")
                == ["Compró pan, leche, etc.", "¿Cuánto costó?", "¡Mucho!"])
    }

    @Test func abbreviations() throws {
        #expect(try split("El Sr. López y la Dra. Pérez leyeron la pág. 5 del núm. 3.", lang: "es").count == 1)
        #expect(try split("Véanse las págs. 10 y 11. Luego hablamos.", lang: "es").count == 2)
        #expect(try split("«Ya está.» Después se fue.", lang: "es").count == 2)
    }
}

@Suite struct ItalianSentencesTests {
    @Test func titlesAfterAnElidedArticle() throws {
        #expect(
            try split("Sono l'Ing. Mengozzi. È presente l'Avv. Cassioni?", lang: "it")
                == ["Sono l'Ing. Mengozzi.", "È presente l'Avv. Cassioni?"])
        #expect(try split("Il Dott. Rossi e il Sig. Bianchi sono arrivati.", lang: "it").count == 1)
    }
}

@Suite struct PortugueseSentencesTests {
    @Test func abbreviations() throws {
        #expect(try split("O Sr. Silva e a Dra. Costa chegaram. D. Pedro também.", lang: "pt").count == 2)
        #expect(try split("«Não sei», disse. Depois saiu.", lang: "pt").count == 2)
    }
}

@Suite struct LanguageCatalogSentencesTests {
    @Test func everyNewsLanguageHasSentenceRules() throws {
        let catalog = try LanguageCatalog.load()
        for code in ["en", "de", "fr", "es", "it", "pt"] {
            #expect(catalog.supports(code, .sentences))
            #expect(catalog.supports(code, .entities))
        }
    }
}
