import ArtCore
import Testing

@testable import ArtQuotes

@Suite struct DirectQuoteTests {
    @Test func curlyQuoteWithAttributionAfter() {
        let t = "“The bridge will open in June,” the engineer said."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .direct)
        #expect(content(t, q[0]) == "The bridge will open in June,")
        #expect(q[0].speaker?.text == "the engineer")
        #expect(q[0].cue?.text == "said")
    }

    @Test func invertedAttributionKeepsTheName() {
        let t = "\"Nobody expected this,\" said Pia Berg, a farmer from the valley."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Pia Berg")
    }

    @Test func attributionBeforeWithColon() {
        let t = "The minister told reporters: “We have no plans to resign.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .direct)
        #expect(q[0].speaker?.text == "The minister")
        #expect(q[0].cue?.text == "told")
    }

    @Test func everyMarkStyle() {
        for (open, close) in [("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“"), ("``", "''"), ("‘", "’")] {
            let t = "\(open)The vote was fair and open,\(close) the observer said."
            let q = quotes(t)
            #expect(q.count == 1, "\(open)")
            #expect(q.first.map { content(t, $0) } == "The vote was fair and open,", "\(open)")
        }
    }

    @Test func apostrophesAreNotMarks() {
        let t = "Russia’s envoy, who likes rock ’n’ roll from the ’90s, smiled. It's the people's choice."
        #expect(quotes(t).isEmpty)
    }

    @Test func interruptedQuoteIsOneQuoteWithFragments() {
        let t = "“We are ready,” she said, “and we will win.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].fragments.count == 2)
        #expect(q[0].fragments.map { slice(t, $0.start, $0.end) } == ["We are ready,", "and we will win."])
        #expect(q[0].speaker?.text == "she")
    }

    @Test func nestedSingleQuotesStayInside() {
        let t = "“He told me ‘never again’ and left,” the witness said."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "He told me ‘never again’ and left,")
    }

    @Test func multiParagraphQuote() {
        let t = "Gomez said:\n\n“The first part of the plan is to build.\n\n“The second part is to wait.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].fragments.count == 2)
        #expect(q[0].speaker?.text == "Gomez")
    }

    @Test func unbalancedMarkStaysInItsParagraph() {
        let t = "“This mark is never closed, the clerk said.\n\nThe next paragraph has no quote at all, and it is long."
        let q = quotes(t)
        #expect(q.allSatisfy { $0.end <= 44 })
    }

    @Test func unattributedParagraphJoinsThePreviousQuote() {
        let t = "“We built this town,” Ortiz said.\n\n“And we will rebuild it.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].fragments.count == 2)
        let separate = QuoteExtractor(joinContinuations: false).extract(t)
        #expect(separate.count == 2)
        #expect(separate[1].speaker?.text == "Ortiz")
    }

    @Test func titlesAndScareQuotesAreLeftOut() {
        let t = "She watched “Casablanca” on the “new” television."
        #expect(quotes(t).isEmpty)
    }
}

@Suite struct IndirectQuoteTests {
    @Test func speakerCueThatClause() {
        let t = "The governor said that the roads would reopen on Friday."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .indirect)
        #expect(content(t, q[0]) == "the roads would reopen on Friday")
        #expect(q[0].speaker?.text == "The governor")
    }

    @Test func clauseThenSpeakerCue() {
        let t = "The bridge will close for repairs, a spokesperson for the city council told local radio on Monday."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "The bridge will close for repairs")
        #expect(q[0].speaker?.text == "a spokesperson for the city council")
        #expect(q[0].cue?.text == "told")
    }

    @Test func accordingTo() {
        let t = "According to the ministry, exports fell by a third."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "exports fell by a third")
        #expect(q[0].cue?.text == "According to")
        #expect(q[0].speaker?.text == "the ministry")
    }

    @Test func colonCue() {
        let t = "The union wrote: the talks have failed and the strike goes on."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "the talks have failed and the strike goes on")
    }

    @Test func participleCueKeepsTheSubject() {
        let t = "Deputy Minister Olga Petrova confirmed the date, saying the meeting will be held in Vienna."
        let q = quotes(t)
        let saying = q.first { $0.cue?.text == "saying" }
        #expect(saying != nil)
        #expect(saying.map { content(t, $0) } == "the meeting will be held in Vienna")
        #expect(saying?.speaker?.canonical == "Olga Petrova")
    }

    @Test func toldWithHearer() {
        let t = "The coach told reporters he was proud of the team."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "he was proud of the team")
    }

    @Test func passiveIsNotAttribution() {
        let t = "The residents were told the water was safe."
        #expect(quotes(t).allSatisfy { $0.speaker?.text != "The residents" })
    }

    @Test func beliefsCanBeTurnedOff() {
        let t = "The farmers believe they will lose money."
        #expect(quotes(t).count == 1)
        #expect(QuoteExtractor(includeBeliefs: false).extract(t).isEmpty)
    }
}

@Suite struct PartialQuoteTests {
    @Test func quotedWordInReportedSpeech() {
        let t = "The senator called the proposal “reckless” during the hearing."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
        #expect(content(t, q[0]).contains("reckless"))
        #expect(q[0].speaker?.text == "The senator")
    }

    @Test func quotedPhraseInsideAClause() {
        let t = "The mayor said the plan was “a waste of money” and should be dropped."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
    }
}

@Suite struct SpeakerTests {
    /// A speaker named by a role is the person the text gave that role:
    /// a title before the name, or the role beside it, the latest before.
    /// With first-name statistics, `she` passes over a man named after the
    /// woman it refers to (and `he` over a woman); without them, or when no
    /// one earlier agrees, the nearest person.
    @Test func genderedPronounPassesOverTheOtherGender() {
        let names = FirstNames(femaleShare: ["anna": 0.99, "erik": 0.01])
        let t = "Anna Lindqvist arrived in Oslo. Erik Dahl declined to comment. She said the deal was close."
        let with = QuoteExtractor().extract(t, firstNames: names).last
        #expect(with?.speaker?.text == "She")
        #expect(with?.speaker?.canonical == "Anna Lindqvist")
        #expect(QuoteExtractor().extract(t).last?.speaker?.canonical == "Erik Dahl")
        let he = "Anna Lindqvist arrived in Oslo. Erik Dahl declined to comment. He said the deal was close."
        #expect(QuoteExtractor().extract(he, firstNames: names).last?.speaker?.canonical == "Erik Dahl")
    }

    @Test func roleSpeakerIsTheNamedHolder() {
        let t = "Foreign Minister Anna Lindqvist arrived in Oslo. Her spokesperson, Erik Dahl, declined to comment.\n\n"
            + "\"We will not be rushed,\" the minister said.\n\n\"Talks continue,\" the spokesperson said."
        let q = quotes(t).filter { $0.type == .direct }
        #expect(q.count == 2)
        #expect(q.first?.speaker?.canonical == "Anna Lindqvist")
        #expect(q.last?.speaker?.canonical == "Erik Dahl")
        let u = "Tom Reed, the mayor, spoke first.\n\n\"We are ready,\" the mayor said."
        #expect(quotes(u).last?.speaker?.canonical == "Tom Reed")
        // No holder named: the role stands as written.
        #expect(quotes("\"We are ready,\" the mayor said.").first?.speaker?.canonical == "the mayor")
    }

    @Test func appositionKeepsTheName() {
        let t = "Jens Halvorsen, the league's chair, said the season would start late."
        let q = quotes(t)
        #expect(q.first?.speaker?.text == "Jens Halvorsen")
    }

    @Test func pronounResolvesToTheNearestPerson() {
        let t = "Maria Santos arrived late. She said the train had stopped twice."
        let q = quotes(t)
        #expect(q.first?.speaker?.text == "She")
        #expect(q.first?.speaker?.canonical == "Maria Santos")
    }

    @Test func surnameTakesTheLongestEarlierMention() {
        let t = "Foreign Minister Karl Weber met his counterpart. Weber said the talks were useful."
        let q = quotes(t)
        #expect(q.first?.speaker?.canonical == "Karl Weber")
    }

    @Test func entitiesGiveTheCanonicalName() {
        let t = "Weber said the talks were useful."
        let e = [QuoteEntity(start: 0, end: 5, type: "PERSON", canonical: "Karl Weber")]
        #expect(quotes(t, entities: e).first?.speaker?.canonical == "Karl Weber")
    }

    @Test func groupSpeaker() {
        let t = "U.S. officials have said that the demands are unworkable."
        let q = quotes(t)
        #expect(q.first?.speaker?.text == "U.S. officials")
        #expect(q.first.map { content(t, $0) } == "the demands are unworkable")
    }
}

@Suite struct ArticleTests {
    @Test func exampleArticle() {
        let t = """
            The talks will focus on arms control, a spokesperson for the White House’s National Security Council told the AFP news agency on December 27.
            “When we sit down to talk, we will put our concerns on the table,” the White House spokesperson said. “There will be areas where we disagree.”
            Deputy Foreign Minister Pavel Orlov confirmed the date in comments to a news agency, saying they will be held in Geneva and expressing hope that proposed “security agreements” will be discussed.
            Russia has called the meeting “important” but has yet to confirm the date.
            U.S. officials have said that some of the demands are unworkable.
            """
        let q = quotes(t)
        let direct = q.filter { $0.type == .direct }
        #expect(direct.count == 1)
        #expect(direct.first?.fragments.count == 2)
        #expect(direct.first?.speaker?.text == "the White House spokesperson")
        #expect(q.contains { $0.type == .indirect && $0.speaker?.text == "a spokesperson for the White House’s National Security Council" })
        #expect(q.contains { $0.type == .indirect && $0.speaker?.canonical == "Pavel Orlov" && $0.cue?.text == "saying" })
        #expect(q.contains { $0.type == .partial && content(t, $0).contains("security agreements") })
        #expect(q.contains { $0.type == .partial && content(t, $0).contains("important") && $0.speaker?.text == "Russia" })
        #expect(q.contains { $0.type == .indirect && $0.speaker?.text == "U.S. officials" })
    }
}

/// Behaviour that rests on ArtText's tokens and sentences.
@Suite struct TokenAndSentenceTests {
    @Test func splitNegationStandsBetweenSpeakerAndCue() {
        let t = "The mayor didn't say that the budget was final."
        let q = quotes(t)
        #expect(q.first?.speaker?.text == "The mayor")
        #expect(q.first.map { content(t, $0) } == "the budget was final")
    }

    @Test func contractedPronounStartsTheContent() {
        let t = "The coach said he'd resign after the season."
        #expect(quotes(t).first.map { content(t, $0) } == "he'd resign after the season")
    }

    @Test func aQuoteAfterAnAbbreviationThatEndsASentenceJoins() {
        let t = "“We were ready,” said Rachel Woolard, 20, of Jacksonville, Fla. “The others were not.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.fragments.count == 2)
        #expect(q.first?.speaker?.text == "Rachel Woolard")
    }

    @Test func reportedContentEndsWithAClosingQuotation() {
        let t = #"Bernie Sanders called Trump a "pathological liar." Carly Fiorina said Ted Cruz "says whatever he needs to say.""#
        let q = quotes(t)
        #expect(q.map { $0.speaker?.text } == ["Bernie Sanders", "Carly Fiorina"])
        #expect(q.allSatisfy { $0.type == .partial })
        #expect(q.first.map { content(t, $0) } == #"Trump a "pathological liar.""#)
    }

    @Test func givenSentencesAreUsed() {
        // One sentence over the whole text: the reported clause runs on to its end.
        let t = "Officials said the plan was fine. Prices rose"
        let whole = QuoteExtractor().extract(t, sentences: [TextSpan(start: 0, end: 45)])
        let segmented = QuoteExtractor().extract(t)
        #expect(segmented.first.map { content(t, $0) } == "the plan was fine")
        #expect(whole.first.map { content(t, $0) } != "the plan was fine")
    }

    @Test func tokenRangesCoverEveryToken() {
        let tokens = QuoteToken.tokenize(Array("aa bb. cc dd. ee".unicodeScalars))
        // A gap between spans (token `cc`) and a tail after the last (token `ee`) are sentences too.
        let ranges = QuoteAnalysis.tokenRanges(of: [TextSpan(start: 0, end: 6), TextSpan(start: 10, end: 13)], tokens)
        #expect(ranges == [0..<3, 3..<4, 4..<6, 6..<7])
    }
}

/// One test per attribution pattern, named for the pattern it covers.
@Suite struct AttributionPatternTests {
    @Test func attributionEndsAtARelativeClauseWithItsOwnCue() {
        let t = "“We will win,” said Ann Lee, a farmer, who said she would vote in May."
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(q.last.map { content(t, $0) } == "she would vote in May")
        #expect(q.last?.speaker?.text == "who")
    }

    @Test func participleAfterADirectQuoteTakesItsSpeaker() {
        let t = "“We will win,” Lee said, adding that the count would take a week."
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(q.last.map { content(t, $0) } == "the count would take a week")
        #expect(q.last?.speaker?.text == "Lee")
    }

    @Test func speakerBeforeSeveralAppositions() {
        let t = "Lance Beebe, 49, a Navy veteran who works for the Air Force, said the base should stay open."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker?.text == "Lance Beebe")
    }

    @Test func parentheticalAttributionGivesTwoFragments() {
        let t = "The goal, he said, is a durable cease-fire in the north."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.fragments.map { slice(t, $0.start, $0.end) } == ["The goal", "is a durable cease-fire in the north"])
        #expect(q.first?.speaker?.text == "he")
    }

    @Test func oneWordBeforeAParentheticalAttribution() {
        let t = "Survival, Mr. VandeHei says, depends on giving readers what they want."
        let q = quotes(t)
        #expect(q.first?.fragments.map { slice(t, $0.start, $0.end) } == ["Survival", "depends on giving readers what they want"])
        #expect(q.first?.speaker?.text == "Mr. VandeHei")
    }

    @Test func nestedReportWithItsOwnSubjectEndsTheContent() {
        let t = "Chris Brownell said he makes $41,000 a year, though Ann Lee said the plan helps him."
        let q = quotes(t)
        #expect(q.map { content(t, $0) } == ["he makes $41,000 a year", "the plan helps him"])
        let u = "The nominee explained that the director meant it — but she also insisted that her statements were consistent."
        #expect(quotes(u).map { $0.speaker?.text } == ["The nominee", "she"])
    }

    @Test func judgementWithoutAJudgeIsTheWholeClause() {
        let t = "The White House is expected to sign the measure."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first.map { content(t, $0) } == "The White House is expected to sign the measure")
        #expect(q.first?.speaker == nil)
        #expect(q.first?.cue?.text == "is expected")
    }

    @Test func seemingToReportKeepsTheSubject() {
        let t = "Mr. Cruz seemed to mock his rival's vague talk."
        let q = quotes(t)
        #expect(q.first?.speaker?.text == "Mr. Cruz")
        #expect(q.first?.cue?.text == "seemed to mock")
    }

    @Test func openingAdverbialIsNeverTheSubject() {
        let t = "In a statement, the mayor criticized the plan, saying it would cost too much."
        #expect(quotes(t).last?.speaker?.text == "the mayor")
    }

    @Test func adverbialBeforeTheCueGivesWayToTheSubject() {
        let t = "Gore's close friends have in the past said he was staying quiet."
        #expect(quotes(t).first?.speaker?.text == "Gore's close friends")
    }

    @Test func closingAttributionCoversTheSentence() {
        let t = "Kasich said he would have fired him, according to press reports."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first.map { content(t, $0) } == "Kasich said he would have fired him")
        #expect(q.first?.speaker?.text == "press reports")
        let u = "The response came even though the staff knew about it, the report says."
        #expect(quotes(u).first?.speaker?.text == "the report")
    }

    @Test func gerundAfterAPrepositionTakesTheSubject() {
        let t = "Sanders has soared in the polls by saying that the system is rigged."
        let q = quotes(t)
        #expect(q.first.map { content(t, $0) } == "the system is rigged")
        #expect(q.first?.speaker?.text == "Sanders")
    }

    @Test func stanceParticipleIsAReportOfItsOwn() {
        let t = "Members of the family soured on him, the Post reported, citing an anonymous source."
        let q = quotes(t)
        #expect(q.first.map { content(t, $0) } == "Members of the family soured on him")
        #expect(q.first?.speaker?.text == "the Post")
    }

    @Test func commaBeforeAFiniteCueEndsAParticiplesContent() {
        let t = "Salceda, citing data from the department, said that four million people live there."
        #expect(quotes(t).map { content(t, $0) } == ["data from the department", "four million people live there"])
    }

    @Test func quoteParagraphAfterAColonTakesTheClausesSubject() {
        let t = "Jared Potts echoed:\n\n“He speaks his mind, and the country needs that.”"
        #expect(quotes(t).first?.speaker?.text == "Jared Potts")
    }

    @Test func participleAfterACueTakesThatCuesSpeaker() {
        let t = "Mateen left early, Nefzi said, adding, “He was not very religious.”"
        #expect(quotes(t).last?.speaker?.text == "Nefzi")
    }

    @Test func reportAfterAClosingMarkAndCommaIsItsOwn() {
        let t = "Although Weiner admitted that they had “been friends for some time,” he claimed they had never met."
        #expect(quotes(t).last?.speaker?.text == "he")
    }

    @Test func adverbsBetweenSpeakerAndCue() {
        #expect(quotes("Carter however said he would welcome talks.").first?.speaker?.text == "Carter")
    }

    @Test func reportInARelativeClauseEndsWithTheClause() {
        let t = "Mr. Scott, who has called the comments “racially toxic,” portrayed the nominee as a passing affliction."
        let q = quotes(t)
        #expect(q.first.map { content(t, $0) } == "the comments “racially toxic,”")
        #expect(q.first?.speaker?.text == "who")
    }

    @Test func infinitiveOfSeemingIsNoJudgement() {
        let t = "The candidate began trying to appear moderate in tone after the debate."
        #expect(quotes(t).allSatisfy { $0.cue?.text != "appear" })
    }

    @Test func contractedHasBeforeTheCue() {
        let t = "Ever since the launch, he's said the same thing at every stop."
        #expect(quotes(t).first?.speaker?.text == "he")
    }

    @Test func namedHearerWithItsRole() {
        let t = "Brad Thor told TheBlaze founder Glenn Beck he would consider running."
        let q = quotes(t)
        #expect(q.first?.speaker?.text == "Brad Thor")
        #expect(q.first.map { content(t, $0) } == "he would consider running")
    }

    @Test func coordinatedCueAfterAuxiliariesTakesTheSubject() {
        let t = "Clinton has expressed concerns but has said she wants the bill to move forward."
        let q = quotes(t)
        #expect(q.contains { $0.cue?.text == "said" && $0.speaker?.text == "Clinton" })
    }

    @Test func beliefAdjectiveAfterBe() {
        let t = "Some Democrats are hopeful they can threaten the majority."
        let q = quotes(t)
        #expect(q.first.map { content(t, $0) } == "they can threaten the majority")
        #expect(q.first?.speaker?.text == "Some Democrats")
        #expect(q.first?.cue?.text == "are hopeful")
    }

    @Test func groupOpeningTheSentenceBeforeAnApposition() {
        let t = "Yet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings."
        #expect(quotes(t).first?.speaker?.text == "Democratic economists")
        // A role with the person's name after it: the name.
        let named = "The union's regional secretary, Tom Harrowby, told the Gazette that further walkouts could not be ruled out."
        #expect(quotes(named).first?.speaker?.text == "Tom Harrowby")
    }
}
