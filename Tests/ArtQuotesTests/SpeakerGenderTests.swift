import ArtText
import Testing

@testable import ArtQuotes

/// The speakers' genders with `--gender`: (speaker text, gender, evidence) per quote.
private func genders(
    _ text: String, _ code: String = "en", names: FirstNames? = nil, entities: [QuoteEntity] = []
) throws -> [[String?]] {
    let lexicon = try QuoteLexicon.load(code)
    let segmenter = code == "en" ? SentenceSegmenter() : SentenceSegmenter(language: try LanguageData.load(code))
    let quotes = QuoteExtractor(includeGender: true).extract(
        text, entities: entities, lexicon: lexicon, segmenter: segmenter, firstNames: names)
    return quotes.map { [$0.speaker?.text, $0.speaker?.gender?.value.rawValue, $0.speaker?.gender?.evidence?.rawValue] }
}

private let names = FirstNames(femaleShare: ["mary": 0.997, "james": 0.003, "leslie": 0.667, "jordan": 0.184])

@Suite struct SpeakerGenderTests {
    @Test func aPronounThatRefersToTheSpeakerDecides() throws {
        let text = "Senator Jordan Blake spoke to reporters on Tuesday. \"We will not give up,\" she said."
        // The pronoun beats the first name, which would say male.
        #expect(try genders(text, names: names) == [["she", "female", "pronoun"]])
    }

    @Test func aTitleDecidesWhenNoPronounDoes() throws {
        #expect(try genders("\"The plan is ready,\" said Mrs. Leslie Blake.", names: names) == [["Mrs. Leslie Blake", "female", "title"]])
        #expect(try genders("\"We will see,\" the spokesman said.") == [["the spokesman", "male", "title"]])
    }

    @Test func aFirstNameDecidesOnlyWhenNinetyPercentShareIt() throws {
        let text = "\"Prices will fall,\" said James Porter. \"We are ready,\" said Leslie Grant."
        #expect(try genders(text, names: names) == [["James Porter", "male", "name"], ["Leslie Grant", "unknown", nil]])
        let quotes = QuoteExtractor(includeGender: true).extract(text, firstNames: names)
        #expect(quotes.first?.speaker?.gender?.share == 0.997)
        // Without name statistics there is no evidence.
        #expect(try genders(text) == [["James Porter", nil, nil], ["Leslie Grant", nil, nil]])
    }

    @Test func aSpeakerThatIsNotAPersonGetsNone() throws {
        #expect(try genders("\"We deny the claims,\" the ministry said.", names: names) == [["the ministry", nil, nil]])
        let text = "\"We deny it,\" Jordan said."
        let country = [QuoteEntity(start: 14, end: 20, type: "LOC", canonical: "Jordan")]
        #expect(try genders(text, names: names, entities: country) == [["Jordan", nil, nil]])
        let person = [QuoteEntity(start: 14, end: 20, type: "PERSON", canonical: "Jordan")]
        #expect(try genders(text, names: names, entities: person) == [["Jordan", "unknown", nil]])
    }

    @Test func germanTitlesAndPronouns() throws {
        let text = "„Wir lassen niemanden allein“, sagte Bundeskanzlerin Anna Berger. Finanzminister Jonas Keller erklärte: „Das Geld ist eingeplant.“ „Die Kosten sind zu hoch“, sagte Frau Weber."
        #expect(try genders(text, "de") == [
            ["Bundeskanzlerin Anna Berger", "female", "title"], ["Finanzminister Jonas Keller", "male", "title"],
            ["Frau Weber", "female", "title"],
        ])
        // Dr. says neither.
        #expect(try genders("„Das ist falsch“, sagte Dr. Kim Lorenz.", "de") == [["Dr. Kim Lorenz", nil, nil]])
    }

    @Test func frenchAndSpanishTitlesAndPronouns() throws {
        let fr = "« Nous allons recruter », a déclaré M. Duval. « C'est un effort sans précédent », a souligné Mme Morel."
        #expect(try genders(fr, "fr") == [["M. Duval", "male", "title"], ["Mme Morel", "female", "title"]])
        let es = "«Es una ley para los jóvenes», dijo el señor Martín. «Vamos a cumplir», aseguró ella."
        #expect(try genders(es, "es") == [["el señor Martín", "male", "title"], ["ella", "female", "pronoun"]])
        // The article says it of a title: la ministre, el presidente.
        #expect(try genders("« C'est un effort », a souligné la ministre de la Santé.", "fr") == [["la ministre de la Santé", "female", "title"]])
        #expect(try genders("«Es una ley justa», dijo el presidente Martín.", "es") == [["el presidente Martín", "male", "title"]])
    }

    @Test func theEnglishFirstNamesFile() throws {
        let english = try #require(try FirstNames.load("en"))
        #expect(english.femaleShare["mary"]! > 0.99 && english.femaleShare["james"]! < 0.01)
        #expect(english.femaleShare.count > 5000)
        #expect(try FirstNames.load("xx") == nil)
    }
}
