import ArtCore
import ArtText
import Testing

@testable import ArtQuotes

/// Direct quotes in German, French and Spanish news, read with each
/// language's lexicon (`data/lang/<code>/quotes.txt`) and sentence rules.
private func quotes(_ text: String, _ code: String) throws -> [Quote] {
    let segmenter = SentenceSegmenter(language: try LanguageData.load(code))
    return QuoteExtractor().extract(text, lexicon: try QuoteLexicon.load(code), segmenter: segmenter)
}

@Suite struct QuoteLexiconTests {
    @Test func everyLanguageFileLoads() throws {
        for code in ["de", "fr", "es"] {
            let lexicon = try QuoteLexicon.load(code)
            #expect(lexicon.code == code)
            #expect(lexicon.speechVerbs.count >= 60)
            #expect(!lexicon.markPairs.isEmpty)
        }
        #expect(try QuoteLexicon.load("en").markPairs.isEmpty)
    }

    /// The cue filter never hides a cue: every word of `cueWords` gets its
    /// kinds through `cueKinds(of:)`, in every language, and words that are
    /// no cue get none.
    @Test func cueFilterKeepsEveryCue() throws {
        for code in ["en", "de", "fr", "es"] {
            let lexicon = try QuoteLexicon.load(code)
            #expect(!lexicon.cueWords.isEmpty)
            for (word, kinds) in lexicon.cueWords { #expect(lexicon.cueKinds(of: word) == kinds, "\(code) \(word)") }
            for word in ["table", "the", "blue", "", "x"] where lexicon.cueWords[word] == nil {
                #expect(lexicon.cueKinds(of: word).isEmpty)
            }
        }
    }

    @Test func germanTitleCompoundsAreTitles() throws {
        let de = try QuoteLexicon.load("de")
        #expect(de.isTitle("bundesfinanzminister"))
        #expect(de.isTitle("regierungssprecherin"))
        #expect(!de.isTitle("energiepreise"))
    }

    @Test func germanVerbSecondAfterTheQuote() throws {
        let t = "„Wir senken die Steuern“, sagte Finanzminister Jonas Keller am Montag in Berlin."
        let q = try quotes(t, "de")
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "Wir senken die Steuern")
        #expect(q[0].speaker?.text == "Finanzminister Jonas Keller")
        #expect(q[0].speaker?.canonical == "Jonas Keller")
        #expect(q[0].cue?.text == "sagte")
    }

    @Test func germanGuillemetsAndVerbSecondBeforeTheColon() throws {
        let t = "Anna Berger ist Kanzlerin. Am Dienstag sagte Berger: »Wir halten Wort.«"
        let q = try quotes(t, "de")
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "Wir halten Wort.")
        #expect(q[0].speaker?.text == "Berger")
        #expect(q[0].speaker?.canonical == "Anna Berger")
    }

    /// Verb second: a subject pronoun right after the verb is the subject,
    /// whatever fills the first place (an adverb) or follows (an adverb, an object).
    @Test func germanPronounAfterTheVerbIsTheSpeakerBeforeTheColon() throws {
        let t = "Der Minister schwieg lange. Endlich sprach er wieder: »Wir halten Wort.«"
        let q = try quotes(t, "de")
        #expect(q.count == 1)
        #expect(q.first?.speaker?.text == "er")
        let u = "Dringend bat sie ihre Freunde: »Helft mir!«"
        #expect(try quotes(u, "de").first?.speaker?.text == "sie")
        // After a noun phrase in the first place, the pronoun is an object.
        #expect(try quotes("Die Kinder fragten sie: »Bleibst du?«", "de").first?.speaker?.text == "Die Kinder")
    }

    /// "und sagte": the subject of the clause the conjunction continues; in
    /// verb second, the pronoun after its first verb when an adverb comes first.
    @Test func germanCoordinatedCueTakesTheClauseSubject() throws {
        let t = "Da schmiegte sie sich an ihn und sagte: »Ich bleibe.«"
        #expect(try quotes(t, "de").first?.speaker?.text == "sie")
        let u = "Der Minister lächelte und sagte: »Wir bleiben.«"
        #expect(try quotes(u, "de").first?.speaker?.text == "Der Minister")
        let v = "Die Kinder sahen sie an und sagten: »Wir bleiben.«"
        #expect(try quotes(v, "de").first?.speaker?.text == "Die Kinder")
    }

    @Test func germanPronounResolvesToThePerson() throws {
        let t = "Kanzlerin Anna Berger sprach in Köln.\n\n„Das ist erst der Anfang“, sagte sie."
        let q = try quotes(t, "de")
        #expect(q.last?.speaker?.text == "sie")
        #expect(q.last?.speaker?.canonical == "Anna Berger")
    }

    /// A date after an inverted speaker is no part of the name: "dijo
    /// Sánchez el 3 de octubre", "a déclaré M. Duval le 3 octobre".
    @Test func aDateAfterTheInvertedSpeakerStaysOut() throws {
        let es = try quotes("«Vamos a ganar», dijo Sánchez el 3 de octubre de 2024 en Madrid.", "es")
        #expect(es.first?.speaker?.text == "Sánchez")
        let fr = try quotes("« Nous allons réussir », a déclaré M. Duval le 3 octobre à Lyon.", "fr")
        #expect(fr.first?.speaker?.text == "M. Duval")
        let esMonth = try quotes("«Vamos a ganar», dijo Sánchez en octubre.", "es")
        #expect(esMonth.first?.speaker?.text == "Sánchez")
    }

    @Test func frenchSpacedGuillemetsAndAuxiliaryCue() throws {
        let t = "«\u{00A0}Nous allons recruter\u{202F}», a déclaré M. Paul Duval mercredi."
        let q = try quotes(t, "fr")
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "Nous allons recruter")
        #expect(q[0].speaker?.text == "M. Paul Duval")
        #expect(q[0].speaker?.canonical == "Paul Duval")
        #expect(q[0].cue?.text == "a déclaré")
    }

    @Test func frenchCliticPronounIsTheSpeaker() throws {
        let t = "Mme Claire Morel est arrivée.\n\n« Rien ne change », a-t-elle ajouté."
        let q = try quotes(t, "fr")
        #expect(q.last?.speaker?.text == "elle")
        #expect(q.last?.speaker?.canonical == "Claire Morel")
    }

    @Test func frenchDialogueDash() throws {
        let t = "— Nous tiendrons nos promesses, a déclaré Mme Morel."
        let q = try quotes(t, "fr")
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "Nous tiendrons nos promesses")
        #expect(q[0].speaker?.text == "Mme Morel")
    }

    @Test func spanishInvertedCueWithAuxiliary() throws {
        let t = "“Queremos precios justos”, ha dicho la ministra Lucía Ortega."
        let q = try quotes(t, "es")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "la ministra Lucía Ortega")
        #expect(q[0].speaker?.canonical == "Lucía Ortega")
        #expect(q[0].cue?.text == "ha dicho")
    }

    @Test func spanishDialogueAsideJoinsBothParts() throws {
        let t = "—Vamos a cumplir —aseguró Ortega—. El plan empieza en enero."
        let q = try quotes(t, "es")
        #expect(q.count == 1)
        #expect(q[0].fragments.count == 2)
        #expect(q[0].speaker?.text == "Ortega")
        #expect(q[0].cue?.text == "aseguró")
    }

    @Test func spanishSegunIsAnAttribution() throws {
        let t = "Según el ministerio, se construirán veinte mil viviendas."
        let q = try quotes(t, "es")
        #expect(q.count == 1)
        #expect(q[0].type == .indirect)
        #expect(q[0].speaker?.text == "el ministerio")
        #expect(q[0].cue?.text == "Según")
    }
}
