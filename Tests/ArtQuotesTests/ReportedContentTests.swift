import Testing

@testable import ArtQuotes

/// What reported content a cue takes: infinitives, small clauses, demands.
@Suite struct ReportedContentTests {
    @Test func commitmentTakesItsInfinitive() {
        let t = "The governor vowed to veto the budget."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "to veto the budget")
        #expect(q[0].speaker?.text == "The governor")
    }

    /// A time adverbial between the subject and its cue is not the speaker:
    /// on Tuesday, last week, yesterday, on March 3, after a party label.
    @Test func timeAdverbialBeforeTheCueIsSkipped() {
        let cases = [
            ("Mayor Anna Reed on Tuesday said the city would appeal.", "Mayor Anna Reed", "the city would appeal"),
            ("The governor yesterday said the plan was dead.", "The governor", "the plan was dead"),
            ("Sen. Dianne Feinstein (D-Calif.) last week said the emails were not secret.", "Sen. Dianne Feinstein", "the emails were not secret"),
            ("The agency on March 3 said it would review the case.", "The agency", "it would review the case"),
        ]
        for (t, speaker, said) in cases {
            let q = quotes(t)
            #expect(q.count == 1, "\(t)")
            #expect(q.first.map { content(t, $0) } == said)
            #expect(q.first?.speaker?.text == speaker)
        }
        // A place after the subject is part of it.
        let place = "Officials in Washington said the talks failed."
        #expect(quotes(place).first?.speaker?.text == "Officials in Washington")
    }

    /// told reporters the deal was bad: after the hearer, a subject and an
    /// auxiliary make the reported clause; a bare object does not.
    @Test func hearerThenAClauseWithoutThat() {
        let t = "Sen. Ted Cruz told reporters the deal was bad."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first.map { content(t, $0) } == "the deal was bad")
        #expect(q.first?.speaker?.text == "Sen. Ted Cruz")
        let named = "Cruz told CNN the deal was bad."
        #expect(quotes(named).first.map { content(named, $0) } == "the deal was bad")
        #expect(quotes("Cruz told reporters the details of the plan.").isEmpty)
    }

    @Test func appealTakesTheHearerAndTheInfinitive() {
        let t = "The mayor urged residents to stay indoors on Friday."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "residents to stay indoors on Friday")
        #expect(q[0].speaker?.text == "The mayor")
    }

    @Test func evidenceShowsASmallClause() {
        let t = "A new poll shows Sanders leading Clinton by four points."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "Sanders leading Clinton by four points")
        #expect(q[0].speaker?.text == "A new poll")
    }

    /// A document's participle phrase (released Sunday, seen by Reuters)
    /// stands between it and its cue: the document still speaks.
    @Test func documentWithItsParticiplePhraseReports() {
        let t = "A poll released Sunday by the station found most voters undecided."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "most voters undecided")
        #expect(q[0].speaker?.text == "A poll")
        let m = "The memo seen by reporters said the plant would close."
        let r = quotes(m)
        #expect(r.count == 1)
        #expect(content(m, r[0]) == "the plant would close")
        // Without a document noun before it, a participle is no subject.
        #expect(quotes("Funds released Sunday said nothing.").isEmpty)
    }

    /// A relative clause after a pronoun reports too: "those who said",
    /// "anyone who says"; its speaker is `who`, as written.
    @Test func relativeClauseAfterAPronounReports() {
        let t = "Among those who said they cared most about honesty, most backed the senator."
        let q = quotes(t)
        #expect(q.first.map { content(t, $0) } == "they cared most about honesty")
        #expect(q.first?.speaker?.text == "who")
    }

    /// A cue's form after a determiner, with no object after it, is the
    /// source's noun: according to a report, according to the email.
    @Test func cueFormAsTheNounAfterAccordingTo() {
        for source in ["a report", "the email", "a new report by the agency"] {
            let t = "The prize will not be awarded next week, according to \(source)."
            let q = quotes(t)
            #expect(q.count == 1)
            #expect(q.first.map { content(t, $0) } == "The prize will not be awarded next week")
            #expect(q.first?.speaker?.text.hasPrefix(source.split(separator: " ").prefix(2).joined(separator: " ")) == true)
        }
    }

    /// A poll that opens the sentence is the source of the clause after its
    /// comma; a message that opens it, the clause's subject; a document
    /// that heads no phrase ("states where exit polls …") is neither.
    @Test func documentOrMessageOpensTheSentence() {
        let t = "In a CBS News poll last month, the senator led by six points."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first.map { content(t, $0) } == "the senator led by six points")
        #expect(q.first?.speaker?.text == "a CBS News poll")
        let m = "In a statement, the governor dismissed the plan as reckless."
        #expect(quotes(m).first?.speaker?.text == "the governor")
        #expect(quotes("In eight of nine states where exit polls were held, turnout rose.").isEmpty)
        // Someone else reports in the sentence: theirs, not the document's.
        #expect(quotes("In a statement, the governor said the plan was reckless.").first?.speaker?.text == "the governor")
    }

    /// Content runs on across ", but": a contrast the speaker draws is
    /// part of what is reported (said …, but hasn't decided …).
    @Test func contentRunsOnAcrossBut() {
        let t = "Conway said she recruited him for the role, but hasn't decided what she will do next."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "she recruited him for the role, but hasn't decided what she will do next")
        #expect(q[0].speaker?.text == "Conway")
    }

    @Test func beliefTakesAClauseWithoutThat() {
        let t = "Many economists believe the recession is over."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "the recession is over")
    }

    @Test func demandAfterCalledFor() {
        let t = "The union called for a strike at every plant."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "a strike at every plant")
        #expect(q[0].speaker?.text == "The union")
    }

    @Test func calledOnAWeekdayIsNoDemand() {
        let q = quotes("The senator called on Monday.")
        #expect(q.isEmpty)
    }

    @Test func referringAfterAQuoteTakesItsSpeaker() {
        let t = "\"We need steady hands,\" Clinton told the crowd, referring to her rival."
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(content(t, q[1]) == "to her rival")
        #expect(q[1].speaker?.text == "Clinton")
    }

    @Test func whenAskedAfterTheAttribution() {
        let t = "\"Nothing is decided,\" she said when asked whether the plant would close."
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(q[1].cue?.text == "asked")
        #expect(content(t, q[1]) == "whether the plant would close")
    }

    @Test func aStanceTakesTheNameItIsAbout() {
        let t = "The governor endorsed Trump."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "Trump")
        #expect(q[0].speaker?.text == "The governor")
    }

    @Test func anAnswerOfOneWord() {
        let t = "Most voters said yes."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(content(t, q[0]) == "yes")
    }

    @Test func accordingToInMidSentenceGivesTwoFragments() {
        let t = "Since November, according to Human Rights Watch, security forces have killed 400 protesters."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].fragments.count == 2)
        #expect(q[0].speaker?.text == "Human Rights Watch")
    }
}
