import Testing

@testable import ArtEntities

@Suite struct DocumentTests {
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

    @Test func nameInCapitalsIsItsMixedCaseForm() {
        // A dateline in capitals names the place the text writes in mixed case;
        // an acronym keeps its own name, and capitals with no mixed-case form stay.
        let e = resolve("BERLIN - NATO met in Berlin. HAMBURG", [(0, 1, .loc), (2, 3, .org), (5, 6, .loc), (7, 8, .loc)])
        #expect(e.map(\.canonical) == ["Berlin", "North Atlantic Treaty Organization", "Berlin", "HAMBURG"])
    }

    @Test func namesInAHeadlineOfCapitalsAreFoundFromTheText() {
        // A headline in capitals: the surname of a full name and a name the
        // text gives twice in mixed case are found in it, with their canonical
        // names; a name given once is not spread (it may be the tagger's slip),
        // and outside capitals a lone word in capitals is not matched.
        // Tokens: MARTINEZ UPSETS HALEP AS ACME BIDS . Lucia Martinez beat Simona Halep . Acme rose . Acme fell . CORE TEAM: Core stayed .
        let text = "MARTINEZ UPSETS HALEP AS ACME BIDS. Lucia Martinez beat Simona Halep. Acme rose. Acme fell. The CORE team: Core stayed."
        let e = resolve(text, [(7, 9, .person), (10, 12, .person), (13, 14, .org), (16, 17, .org), (23, 24, .org)])
        let names = e.map { "\($0.text)|\($0.type)|\($0.canonical)" }
        #expect(names.prefix(4) == [
            "MARTINEZ|person|Lucia Martinez", "HALEP|person|Simona Halep", "ACME|org|Acme", "Lucia Martinez|person|Lucia Martinez",
        ])
        #expect(!names.contains { $0.hasPrefix("CORE") })
        // A surname that opens the headline is found too.
        let opening = resolve("MARTINEZ WINS IN TORONTO AGAIN. Lucia Martinez won.", [(6, 8, .person)])
        #expect(opening.first.map { "\($0.text)|\($0.canonical)" } == "MARTINEZ|Lucia Martinez")
    }

    @Test func wellKnownAliasesTheTaggerMissedAreNames() {
        // Nothing tagged: the aliases are found with their types and names,
        // but not opening a sentence, in capitals, or glued to a currency sign.
        let e = resolve("Markets fell as the Fed met and the WHO warned. Fed up, traders sold. WHO WON THE VOTE? It cost US$ 5.", [])
        #expect(e.filter { $0.type == .org || $0.type == .loc }.map { "\($0.text)|\($0.canonical)" } == [
            "Fed|Federal Reserve", "WHO|World Health Organization",
        ])
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

    @Test func aLoneNameAfterAPlacePrepositionIsAPlace() {
        // Tokens: Coron is a town . Hotels in Coron are cheap .
        let e = resolve("Coron is a town. Hotels in Coron are cheap.", [(0, 1, .person), (7, 8, .person)])
        #expect(e.map(\.type) == [.loc, .loc])
        // Not a possessive there, a name with a first name, or a listed name.
        let possessive = resolve("Vrelk spoke. A letter from Vrelk's office.", [(0, 1, .person), (6, 7, .person)])
        #expect(possessive.map(\.type) == [.person, .person])
        let fullName = resolve("Ana Vrelk spoke. A letter from Vrelk came.", [(0, 2, .person), (7, 8, .person)])
        #expect(fullName.map(\.type) == [.person, .person])
        var names = GazetteerBuilder()
        names.add("Smith", .lastName)
        let listed = resolve("Smith spoke. A letter from Smith came.", [(0, 1, .person), (6, 7, .person)], gazetteer: names.build())
        #expect(listed.map(\.type) == [.person, .person])
    }

    @Test func oneTypePerName() {
        let e = resolve("Jordan spoke. Jordan left. Jordan won.", [(0, 1, .person), (3, 4, .loc), (6, 7, .person)])
        #expect(Set(e.map(\.type)) == [.person])
    }

    @Test func namesTheRulesCoverAreDropped() {
        // A tagged "Monday" is a date, not a name.
        let e = resolve("Talks resume on Monday.", [(3, 4, .org)])
        #expect(e.map { "\($0.text)|\($0.type.rawValue)" } == ["Monday|DATE"])
    }

    @Test func aLoneSentenceInitialRepeatIsNotTaken() {
        // "Denver" opens a sentence and is no surname or acronym: not a repeat.
        let e = resolve("Officials in Denver met. Denver said no.", [(2, 3, .loc)])
        #expect(e.map(\.start) == [13])
    }

    @Test func bracketedAcronymExtendsATruncatedName() {
        let e = resolve("the International Atomic Energy Agency (IAEA) said.", [(3, 6, .org)])
        #expect(e.map(\.text) == ["International Atomic Energy Agency", "IAEA"])
        #expect(Set(e.map(\.type)) == [.org])
    }
}
