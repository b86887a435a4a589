import ArtCore
import ArtText

/// Reading a lexicon from `lang/<code>/quotes.txt`. Sections list words in
/// lower case, one entry a line; a verb entry is its lemma and then its
/// forms (`sagen sagte sagt gesagt`), a phrase is its words joined by `+`.
extension QuoteLexicon {
    init(code: String, file: WordListFile) throws(ResourceError) {
        func words(_ name: String) throws(ResourceError) -> Set<String> { Set(try file.entries(name).map(\.word)) }
        func verbs(_ name: String) throws(ResourceError) -> [String: String] {
            var map: [String: String] = [:]
            for e in try file.entries(name) {
                for form in [e.word] + e.flags where map[form] == nil { map[form] = e.word }
            }
            return map
        }
        let speech = try verbs("speech-verbs")
        let belief = try verbs("belief-verbs")
        var pronouns: [String: Set<String>] = [:]
        for e in try file.entries("pronouns") { pronouns[e.word] = Set(e.flags) }
        func pronounsFlagged(_ flag: String) -> Set<String> { Set(pronouns.filter { $0.value.contains(flag) }.keys) }
        var pairs: [Unicode.Scalar: Unicode.Scalar] = [:]
        for e in try file.entries("quotation-marks") {
            guard let open = e.word.unicodeScalars.first, e.word.unicodeScalars.count == 1,
                e.flags.count == 1, let close = e.flags[0].unicodeScalars.first, e.flags[0].unicodeScalars.count == 1
            else {
                throw .malformed(path: file.path, line: e.line, reason: "a quotation-marks entry is an opening mark and its closing mark")
            }
            pairs[open] = close
        }
        let properties = try words("properties")
        let determiners = try words("determiners")
        let npStops = try words("np-stops")
        let genderTitles = try file.entries("gender-titles")
        self.init(
            code: code, speechVerbs: speech, beliefVerbs: belief, broadVerbs: [:], namingVerbs: [], hearerVerbs: [],
            // Every form of saying may stand before its speaker after a quote.
            invertibleVerbs: Set(speech.keys), auxiliaries: try words("auxiliaries"),
            invertedAuxiliaries: try words("inverted-auxiliaries"), quoteTags: try words("quote-tags"),
            attributionPhrases: try file.entries("attribution-phrases").map { $0.word.split(separator: "+").map(String.init) }
                .sorted { $0.count > $1.count },
            passiveMarkers: try words("passive-markers"), determiners: determiners, personalPronouns: Set(pronouns.keys),
            speakerPronouns: pronounsFlagged("subject"), invertedPronouns: pronounsFlagged("inverted"),
            resolvablePronouns: pronounsFlagged("person"), npStops: npStops,
            npPrepositions: try words("np-prepositions"), clauseStarters: determiners.union(pronouns.keys),
            timeWords: try words("time-words"), titles: try words("titles"),
            titleSuffixes: try file.entries("title-suffixes").map(\.word),
            nameLeaders: properties.contains("capitalised-nouns") ? determiners.union(npStops) : [], orgWords: try words("org-words"),
            roleNouns: try words("role-nouns"), bareClauseVerbs: Set(speech.values).union(belief.values), objectVerbs: [],
            months: try words("months"), weekdays: try words("weekdays"), markPairs: pairs,
            dialogueDashes: properties.contains("dialogue-dashes"), verbSecond: properties.contains("verb-second"),
            complementizers: try words("complementizers"), commaBeforeComplementizer: properties.contains("comma-before-complementizer"),
            coordinators: try words("coordinators"),
            cliticPronouns: try file.entries("clitic-pronouns").map(\.word).sorted { $0.count > $1.count })
        femalePronouns = pronounsFlagged("female")
        malePronouns = pronounsFlagged("male")
        femaleTitles = Set(genderTitles.filter { $0.flags == ["female"] }.map(\.word))
        maleTitles = Set(genderTitles.filter { $0.flags == ["male"] }.map(\.word))
        feminineTitleSuffix = try file.entries("feminine-title-suffix").first?.word
        for e in genderTitles where e.flags == ["female-article"] || e.flags == ["male-article"] {
            genderedDeterminers[e.word] = e.flags == ["female-article"]
        }
    }
}
