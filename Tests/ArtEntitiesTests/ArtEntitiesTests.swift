import ArtCore
import Testing

@testable import ArtEntities

private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

private func tokenTexts(_ text: String) -> [String] {
    let s = scalars(text)
    return EntityTokenizer().tokenize(s).map { t in
        var w = ""
        w.unicodeScalars.append(contentsOf: s[t.start..<t.end])
        return w
    }
}

/// Runs the document pass over hand-made name spans, given as token ranges.
private func resolve(_ text: String, _ names: [(Int, Int, EntityType)]) -> [Entity] {
    let s = scalars(text)
    let tokens = EntityTokenizer().tokenize(s)
    let sentences = simpleSentences(s, tokens: tokens)
    let spans = names.map { TokenSpan(first: $0.0, end: $0.1, type: EntityType.names.firstIndex(of: $0.2)!) }
    return resolveDocument(s, tokens: tokens, sentences: sentences, names: spans)
}

@Suite struct TokenizerTests {
    @Test func abbreviationsPossessivesAndNumbers() {
        #expect(tokenTexts("U.S. envoys met Mr. Smith’s aides at 5 p.m.") == ["U.S.", "envoys", "met", "Mr.", "Smith", "’s", "aides", "at", "5", "p.m."])
        #expect(tokenTexts("$3.5 billion, 1,000 troops") == ["$", "3.5", "billion", ",", "1,000", "troops"])
        #expect(tokenTexts("O'Brien's eight-year war") == ["O'Brien", "'s", "eight-year", "war"])
        #expect(tokenTexts("Harry S. Truman") == ["Harry", "S.", "Truman"])
    }

    @Test func splittingHyphensRedoesOnlyTokensWithHyphens() {
        let split = EntityTokenizer(splitHyphens: true)
        for text in [
            "a nearly eight-year war", "mid-2022 and U.S.-based firms", "ex-Gen. Smith met A-U.S. envoys",
            "co-op's e-mail.", "well-known - and lesser-known -- ones", "X-Ray. Jean-Pierre S. Truman-Smith",
            "-", "a-", "-b c-d-e", "NATO-Russia talks; COVID-19 cases at 5 p.m.-ish",
        ] {
            let s = scalars(text)
            let tokens = EntityTokenizer().tokenize(s)
            let (redone, sameAs) = split.retokenize(s, tokens)
            #expect(redone == split.tokenize(s), "\(text)")
            for (t, k) in zip(redone, sameAs) where k >= 0 { #expect(t == tokens[k]) }
        }
    }

    @Test func tokenFactsHashTheirText() {
        // The rules look words up by these hashes.
        let s = scalars("Zürich’s ÉCOLE, U.S. co-op Straße 3.5")
        let tokens = EntityTokenizer().tokenize(s)
        let extractor = FeatureExtractor(buckets: 1 << 10, gazetteer: .empty)
        for t in tokens {
            let info = extractor.info(s, t)
            #expect(info.lower == hashScalars(s, t.start, t.end, lower: true))
            #expect(info.exact == hashScalars(s, t.start, t.end, lower: false))
        }
    }

    @Test func sentencesSplitAtLinesAndFinalPunctuation() {
        let s = scalars("Talks ended. Mr. Lee left.\nNew line")
        let tokens = EntityTokenizer().tokenize(s)
        let ranges = simpleSentences(s, tokens: tokens)
        #expect(ranges.count == 3)
    }
}

@Suite struct RuleTests {
    private func found(_ text: String) -> [String] {
        resolve(text, []).map { "\($0.text)|\($0.type.rawValue)" }
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

    @Test func lowerCaseMonthWordsAreNotDates() {
        #expect(found("They may march on.") == [])
    }
}

@Suite struct CanonicalNameTests {
    @Test func surnameTakesTheFullName() {
        // Tokens: Deputy Foreign Minister Sergei Ryabkov spoke . Ryabkov left .
        let e = resolve("Deputy Foreign Minister Sergei Ryabkov spoke. Ryabkov left.", [(3, 5, .person), (7, 8, .person)])
        #expect(e.map(\.canonical) == ["Sergei Ryabkov", "Sergei Ryabkov"])
        #expect(e.map(\.text) == ["Sergei Ryabkov", "Ryabkov"])
    }

    @Test func untaggedRepeatOfASurnameIsFound() {
        let e = resolve("Sergei Ryabkov spoke. Later Ryabkov left.", [(0, 2, .person)])
        #expect(e.count == 2)
        #expect(e[1].text == "Ryabkov" && e[1].type == .person && e[1].canonical == "Sergei Ryabkov")
    }

    @Test func untaggedRepeatMatchesACanonicallyEqualName() {
        // Decomposed and precomposed accents; a Kelvin sign, which decomposes to an ASCII K.
        let accents = resolve("Ana Mart\u{ED} spoke. Later Marti\u{301} left.", [(0, 2, .person)])
        #expect(accents.count == 2 && accents[1].canonical == "Ana Mart\u{ED}")
        let kelvin = resolve("Ana \u{212A}elvin spoke. Later Kelvin left.", [(0, 2, .person)])
        #expect(kelvin.count == 2 && kelvin[1].text == "Kelvin" && kelvin[1].canonical == "Ana \u{212A}elvin")
    }

    @Test func acronymDefinedInTheText() {
        let text = "the Organization for Security and Cooperation in Europe (OSCE) met. The OSCE said no."
        // The tagger split the name; the acronym extends it over its initials,
        // and the untagged repeat of the acronym is found.
        let e = resolve(text, [(1, 6, .org), (7, 8, .loc)])
        let names = e.map { "\($0.text)|\($0.canonical)" }
        #expect(names == [
            "Organization for Security and Cooperation in Europe|Organization for Security and Cooperation in Europe",
            "OSCE|Organization for Security and Cooperation in Europe",
            "OSCE|Organization for Security and Cooperation in Europe",
        ])
    }

    @Test func acronymLettersMatchAnEarlierName() {
        let e = resolve("The World Health Organization warned. WHO officials agreed.", [(1, 4, .org), (6, 7, .org)])
        #expect(e.last?.canonical == "World Health Organization")
    }

    @Test func aliasTable() {
        let e = resolve("U.S. and U.K. envoys met at the U.N. in Britain.", [(0, 1, .loc), (2, 3, .loc), (7, 8, .org), (9, 10, .loc)])
        #expect(e.map(\.canonical) == ["United States", "United Kingdom", "United Nations", "United Kingdom"])
    }

    @Test func possessiveAndLeadingTheAreOutside() {
        // "the White House ’s National Security Council" tagged as one ORG.
        let e = resolve("the White House’s National Security Council met.", [(0, 7, .org)])
        #expect(e.map(\.text) == ["White House", "National Security Council"])
    }

    @Test func oneTypePerName() {
        let e = resolve("Jordan spoke. Jordan left. Jordan won.", [(0, 1, .person), (3, 4, .loc), (6, 7, .person)])
        #expect(Set(e.map(\.type)) == [.person])
    }
}

@Suite struct ModelTests {
    @Test func gazetteerLooksUpPhrases() {
        var b = GazetteerBuilder()
        b.add("New York", .city)
        b.add("Smith", .lastName)
        let g = b.build()
        let s = scalars("new york")
        let key = Gazetteer.extend(hashScalars(s, 0, 3, lower: true), hashScalars(s, 4, 8, lower: true))
        #expect(g.lookup(key) == GazetteerClass.city.rawValue)
        #expect(g.lookup(hashString("SMITH", lower: true)) == GazetteerClass.lastName.rawValue)
        #expect(g.lookup(hashString("jones", lower: true)) == 0)
    }

    @Test func trainsAndRoundTripsDeterministically() throws {
        var b = GazetteerBuilder()
        b.add("Paris", .city)
        let g = b.build()
        func train() -> EntityModel {
            var trainer = PerceptronTrainer(buckets: 1 << 12, gazetteer: g)
            let texts = [
                ("Anna Berg visited Paris.", [(0, 9, 0), (18, 23, 2)]),
                ("Paris welcomed Tom Hale.", [(0, 5, 2), (15, 23, 0)]),
                ("The Acme Corp hired Anna Berg.", [(4, 13, 1), (20, 29, 0)]),
            ]
            for (text, spans) in texts {
                trainer.add(TrainingDocument(text: scalars(text), spans: spans, openTypes: []))
            }
            var generator = SeededGenerator(seed: 7)
            for _ in 0..<10 { _ = trainer.epoch(generator: &generator) }
            return trainer.averagedModel
        }
        let a = train().serialized()
        #expect(a == train().serialized())
        let model = try EntityModel(bytes: a)
        let entities = EntityRecognizer(model: model).entities(in: "Anna Berg visited Paris.")
        #expect(entities.map(\.text) == ["Anna Berg", "Paris"])
        #expect(entities.map(\.type) == [.person, .loc])
    }

    @Test func partialAnnotationLeavesMissingTypesOpen() {
        let doc = TrainingDocument(text: scalars("Germans met Anna Berg."), spans: [(12, 21, 0)], openTypes: [3])
        // "Germans" may be O or MISC; the name is fixed.
        #expect(doc.allowed[0] == 1 | (1 << EntityLabels.begin(3)) | (1 << EntityLabels.inside(3)))
        #expect(doc.allowed[2] == 1 << EntityLabels.begin(0))
        #expect(doc.allowed[3] == 1 << EntityLabels.inside(0))
    }

    @Test func viterbiFindsTheBestAllowedPath() {
        // Against an exhaustive search over short sequences, with and without label masks.
        let L = EntityLabels.count
        var generator = SeededGenerator(seed: 11)
        func random() -> Float { Float(Int(generator.next() % 2_000_001) - 1_000_000) / 100_000 }
        for round in 0..<40 {
            let n = 1 + round % 4
            let scores = (0..<(n * L)).map { _ in random() }
            let transitions = (0..<((L + 1) * L)).map { _ in random() }
            let mask: [UInt32]? = round % 2 == 0 ? nil : (0..<n).map { _ in UInt32(truncatingIfNeeded: generator.next()) & 0x1FF | 1 }
            var best = -Float.infinity
            var bestPath: [Int] = []
            var path = [Int](repeating: 0, count: n)
            func search(_ t: Int, _ score: Float) {
                if t == n {
                    if score > best { best = score; bestPath = path }
                    return
                }
                for y in 0..<L where EntityLabels.allowed(t == 0 ? -1 : path[t - 1], y) {
                    if let mask, mask[t] & (1 << y) == 0 { continue }
                    path[t] = y
                    search(t + 1, score + transitions[(t == 0 ? 0 : path[t - 1] + 1) * L + y] + scores[t * L + y])
                }
            }
            search(0, 0)
            #expect(decodeViterbi(scores, count: n, labels: L, transitions: transitions, allowedMask: mask) == bestPath)
        }
    }

    @Test func entityListIsWrittenAsItsJSONValue() {
        let list = [
            Entity(start: 0, end: 12, type: .person, text: "Barack Obama", canonical: "Barack Obama"),
            Entity(start: 20, end: 31, type: .org, text: "\"Acme\\\u{1}\n\u{E9}", canonical: "Acme Corp."),
        ]
        #expect(list.jsonBytes == JSONValue.array(list.map(\.json)).jsonBytes)
        let all = EntityType.allCases.enumerated().map { i, type in
            Entity(start: i * 1_000_003, end: Int.max - i, type: type, text: "t", canonical: "c")
        }
        #expect(all.jsonBytes == JSONValue.array(all.map(\.json)).jsonBytes)
        #expect(EntityType.allCases.allSatisfy { $0.name.description == $0.rawValue })
        #expect([Entity]().jsonBytes == Array("[]".utf8))
    }

    @Test func rejectsAFileThatIsNotAModel() {
        #expect(throws: ModelError.self) { try EntityModel(bytes: Array("not a model at all, no".utf8)) }
    }

    @Test func filterAddsEntitiesAndPassesRecordsWithoutText() throws {
        let model = try EntityModel(bytes: PerceptronTrainer(buckets: 1 << 10, gazetteer: .empty).averagedModel.serialized())
        let filter = EntityFilter(model: model, types: [.money])
        let record = try Record(validating: #"{"id":1,"text":"It cost $5 million on Monday."}"#)
        let out = String(decoding: record.applying(filter.transform(record)), as: UTF8.self)
        #expect(out == #"{"id":1,"text":"It cost $5 million on Monday.","entities":[{"start":8,"end":18,"text":"$5 million","type":"MONEY","canonical":"$5 million"}]}"#)
        let bare = try Record(validating: #"{"id":2}"#)
        #expect(filter.transform(bare).isEmpty)
    }
}
