import Testing

@testable import ArtEntities

@Suite struct GazetteerTests {
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

    @Test func builderKeysPhrasesByTheSharedTokens() {
        // "Saint-Denis" and "O'Hare" are one token each, as in the text.
        var b = GazetteerBuilder()
        b.add("Saint-Denis", .city)
        b.add("Kyiv’s", .city)
        let g = b.build()
        #expect(g.lookup(hashString("saint-denis", lower: true)) == GazetteerClass.city.rawValue)
        let s = scalars("kyiv’s")
        #expect(g.lookup(Gazetteer.extend(hashScalars(s, 0, 4, lower: true), hashScalars(s, 4, 6, lower: true))) == GazetteerClass.city.rawValue)
    }

    @Test func rarestSurnamesAreAClassOfTheirOwn() {
        #expect(GazetteerBuilder.surnameClass(frequency: 1.006, rank: 1) == .lastNameCommon)
        #expect(GazetteerBuilder.surnameClass(frequency: 0.002, rank: 5415) == .lastName)
        #expect(GazetteerBuilder.surnameClass(frequency: 0, rank: 41064) == .lastNameRare)
    }
}

@Suite struct GazetteerTableTests {
    @Test func aTableRoundTripsThroughItsFile() throws {
        var builder = GazetteerBuilder()
        builder.add("New York", .city)
        builder.add("Smith", .lastName)
        let table = builder.build()
        let read = try Gazetteer(bytes: table.serialized())
        #expect(read.checksum == table.checksum && read.maxTokens == 2)
        #expect(read.keys == table.keys && read.values == table.values)
        #expect(read.serialized() == table.serialized())
    }

    @Test func theChecksumNamesTheContents() {
        var builder = GazetteerBuilder()
        builder.add("Paris", .city)
        let one = builder.build()
        builder.add("Paris", .region)
        #expect(one.checksum != builder.build().checksum)
        #expect(one.checksum == GazetteerBuilder.single("Paris", .city).checksum)
    }

    @Test func rejectsWhatIsNotATable() {
        #expect(throws: ModelError.self) { try Gazetteer(bytes: Array("ARTGAZ01 but nothing more".utf8)) }
        var bytes = Gazetteer.empty.serialized()
        bytes.removeLast()
        #expect(throws: ModelError.self) { try Gazetteer(bytes: bytes) }
    }
}

extension GazetteerBuilder {
    fileprivate static func single(_ phrase: String, _ classes: GazetteerClass) -> Gazetteer {
        var builder = GazetteerBuilder()
        builder.add(phrase, classes)
        return builder.build()
    }
}
