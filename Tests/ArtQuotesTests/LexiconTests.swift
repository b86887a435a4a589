import ArtText
import Testing

@testable import ArtQuotes

@Suite struct LexiconTests {
    @Test func regularVerbsGetEveryForm() {
        for form in ["add", "added", "adds", "adding"] { #expect(Lexicon.speechVerbs[form] == "add") }
        for form in ["note", "noted", "notes", "noting"] { #expect(Lexicon.speechVerbs[form] == "note") }
        for form in ["worry", "worried", "worries", "worrying"] { #expect(Lexicon.beliefVerbs[form] == "worry") }
        #expect(Lexicon.speechVerbs["wrote"] == "write")
        #expect(Lexicon.speechVerbs["written"] == "write")
    }

    static var words: [String] {
        let sets: [Set<String>] = [
            Lexicon.namingVerbs, Lexicon.hearerVerbs, Lexicon.invertibleVerbs, Lexicon.auxiliaries, Lexicon.passiveMarkers,
            Lexicon.determiners, Lexicon.personalPronouns, Lexicon.npStops, Lexicon.npPrepositions, Lexicon.clauseStarters,
            Lexicon.timeWords, Lexicon.titles, Lexicon.orgWords, Lexicon.roleNouns, Lexicon.bareClauseVerbs,
            Lexicon.objectVerbs, Lexicon.months, Lexicon.weekdays,
        ]
        let maps = [Lexicon.speechVerbs, Lexicon.beliefVerbs, Lexicon.broadVerbs]
        return sets.flatMap { $0 } + maps.flatMap { $0.keys }
    }

    /// Entries are compared with tokens, so each must be one token as ArtText cuts it.
    @Test func everyEntryIsOneToken() {
        for word in Self.words {
            let scalars = Array(word.unicodeScalars)
            // In running text; a clitic after a word; an abbreviation that is
            // also a word (`Rev.`, `Dec.`) keeps its period when capitalised.
            let clitic = word.hasPrefix("'") || word == "n't"
            let written = word.hasSuffix(".") ? word.prefix(1).uppercased() + word.dropFirst() : word
            let tokens = QuoteToken.tokenize(Array(((clitic ? "did" : "") + written + " next").unicodeScalars))
            #expect(tokens.map(\.lower) == (clitic ? ["did", word, "next"] : [word, "next"]), "\(word)")
        }
    }

    @Test func entriesAreLowerCase() {
        for word in Self.words { #expect(word == word.lowercased(), "\(word)") }
    }

    @Test func splitCliticsAreAuxiliaries() {
        for clitic in ["n't", "'ll", "'ve", "'d", "ca", "wo"] { #expect(Lexicon.auxiliaries.contains(clitic)) }
    }
}
