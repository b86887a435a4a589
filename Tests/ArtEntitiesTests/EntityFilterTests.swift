import ArtCore
import ArtLanguageID
import ArtText
import Testing

@testable import ArtEntities

@Suite struct EntityFilterTests {
    @Test func filterAddsEntitiesAndPassesRecordsWithoutText() throws {
        let model = try EntityModel(bytes: PerceptronTrainer(buckets: 1 << 10, gazetteer: .empty).averagedModel.serialized(), gazetteer: .empty)
        let filter = EntityFilter(model: model, types: [.money])
        let record = try Record(validating: #"{"id":1,"text":"It cost $5 million on Monday."}"#)
        let out = String(decoding: record.applying(filter.transform(record)), as: UTF8.self)
        #expect(out == #"{"id":1,"text":"It cost $5 million on Monday.","entities":[{"start":8,"end":18,"text":"$5 million","type":"MONEY","canonical":"$5 million"}]}"#)
        let bare = try Record(validating: #"{"id":2}"#)
        #expect(filter.transform(bare).isEmpty)
    }
    @Test func typeSelectionParsesOnceAndNamesTheUnknownType() {
        let ok = EntityTypeSelection(list: "PERSON, DATE")
        #expect(ok.types == [.person, .date] && ok.problem == nil)
        let bad = EntityTypeSelection(list: "PERSON,PEOPLE")
        #expect(bad.problem == "unknown type 'PEOPLE' in --types")
    }

    @Test func unsupportedLanguagesAreMarkedNotGuessed() throws {
        let gate = LanguageGate(
            tool: "art-entities", annotation: "entity model", supported: ["en"], resolver: LanguageResolver())
        let filter = EntityFilter(model: tinyModel(), gate: gate)
        let german = try Record(validating: #"{"lang":"de","text":"Anna Berg besuchte Paris."}"#)
        let update = filter.transform(german)
        #expect(update.errors.map(\.kind) == ["unsupported_language"])
        #expect(!String(decoding: german.applying(update), as: UTF8.self).contains("\"entities\""))
        let mixed = try Record(validating: #"{"lang":null,"text":"Anna Berg visited Paris."}"#)
        #expect(filter.transform(mixed).errors.map(\.kind) == ["unsupported_language"])
        let english = try Record(validating: #"{"lang":"en-GB","text":"Anna Berg visited Paris."}"#)
        #expect(filter.transform(english).errors.isEmpty)
    }

    /// The texts of the examples and the CLI fixtures.
    static func exampleTexts() throws -> [String] {
        func contents(_ path: String) throws -> String {
            String(decoding: try readWholeFile(repositoryRoot + "/" + path), as: UTF8.self)
        }
        var texts: [String] = []
        for path in [
            "examples/art-entities/briefing.jsonl", "examples/art-sentences/briefing.jsonl",
            "Tests/cli/fixtures/art-entities/mixed.jsonl", "Tests/cli/fixtures/art-entities/many.jsonl",
            "Tests/cli/fixtures/art-quotes/mixed.jsonl", "Tests/cli/fixtures/art-quotes/many.jsonl",
        ] {
            let content = try contents(path)
            for line in content.split(separator: "\n") {
                if let record = try? Record(validating: Array(line.utf8)[...]), let text = record.string("text") { texts.append(text) }
            }
        }
        texts.append(try contents("examples/rferl-us-russia-security-talks.txt"))
        return texts
    }

    @Test func entitiesAreTheSameWithAndWithoutSentences() throws {
        let recognizer = EntityRecognizer(model: try ModelLoader().model(language: "en"))
        let texts = try Self.exampleTexts()
        #expect(texts.count > 20)
        for text in texts {
            let sentences = SentenceSegmenter().sentences(in: text)
            #expect(recognizer.entities(in: text, sentences: sentences) == recognizer.entities(in: text), "\(text.prefix(60))")
        }
    }
}

@Suite struct EntityFilterWindowTests {
    /// A text longer than the window limit is tagged window by window: each
    /// paragraph's entities are those it has alone, at its own offsets.
    @Test func aLongTextIsTaggedWindowByWindow() throws {
        let paragraph = "It cost $5 million on Monday, and 20 percent more in 2024.\n"
        var filter = EntityFilter(model: tinyModel())
        let alone = try Record(validating: JSONValue.object(["text": .string(paragraph)]).jsonText)
        let one = try #require(try Record(validating: alone.applying(filter.transform(alone))).value("entities")?.arrayValue)
        #expect(!one.isEmpty)
        filter.windowLimit = 150
        let text = String(repeating: paragraph, count: 9)
        let long = try Record(validating: JSONValue.object(["text": .string(text)]).jsonText)
        let all = try #require(try Record(validating: long.applying(filter.transform(long))).value("entities")?.arrayValue)
        let length = paragraph.unicodeScalars.count
        let expected = (0..<9).flatMap { i in
            one.map { e in e.setting("start", to: .int(e["start"]!.intValue! + i * length)).setting("end", to: .int(e["end"]!.intValue! + i * length)) }
        }
        #expect(all == expected)
    }
}
