import Testing

@testable import ArtQuotes

/// Quotation paragraphs that run on from a report or into an attribution.
@Suite struct QuoteParagraphsTests {
    @Test func quoteParagraphContinuesAReportWithQuotedWords() {
        let t = "Ms. Lind said the plan was “a disgrace” and would fail.\n\n“Nobody asked the farmers what they need.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
        #expect(q[0].fragments.count == 2)
        #expect(slice(t, q[0].fragments[1].start, q[0].fragments[1].end) == "Nobody asked the farmers what they need.")
        #expect(q[0].speaker?.text == "Ms. Lind")
    }

    @Test func bareQuoteParagraphOpensTheAttributedOneAfter() {
        let t = "“The river has never been this low.”\n\n“We have stopped the boats,” the harbour master said."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].fragments.count == 2)
        #expect(q[0].speaker?.text == "the harbour master")
        #expect(content(t, q[0]).hasPrefix("The river"))
    }

    @Test func joiningCanBeTurnedOff() {
        let t = "“The river has never been this low.”\n\n“We have stopped the boats,” the harbour master said."
        let q = QuoteExtractor(joinContinuations: false).extract(t, entities: [])
        #expect(q.count == 2)
    }

    @Test func aColonCueOpensTheNextQuoteNotThePrevious() {
        let t = "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack is the work of terrorists.''"
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(q[0].speaker?.text == "Ms. Alawee")
        #expect(q[0].fragments.count == 2)
        #expect(q[1].speaker?.text == "Mr. Zahed")
        #expect(content(t, q[1]) == "The attack is the work of terrorists.")
    }
}

@Suite struct QuoteSentencesTests {
    @Test func unattributedQuoteAfterAPartialReportGoesOnWithIt() {
        let t = "She found Ms. Sherry “very professional and very quiet,” and also enviable. “At that time, you just wanted to be her.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
        #expect(q[0].fragments.count == 2)
    }
}

@Suite struct QuotedWordsInReportsTests {
    @Test func wordsQuotedAfterSaidInASentenceThatGoesOnArePartial() {
        let t = "Obama said “there is love” in Orlando after the massacre."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
        #expect(content(t, q[0]).hasSuffix("after the massacre"))
    }

    @Test func headlineClaimWithQuotedWordsIsOneQuote() {
        let t = "Ryan: ‘Anti-Semitic Images’ Have ‘No Place In A Campaign.’\n\nThe speaker spoke on Tuesday."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Ryan")
        #expect(content(t, q[0]).hasSuffix("Campaign.’") || content(t, q[0]).hasSuffix("Campaign."))
    }

    @Test func capitalsAndTitlesInMarksAreNoQuotes() {
        #expect(quotes("“DIVISIVE, STUPID AND WRONG” Cameron will work with whoever wins.").allSatisfy { $0.type != .direct })
        #expect(quotes("“Orange is the New Black” star Dascha Polanco opened up about her roles.").isEmpty)
    }

    @Test func aCueWithItsOwnClauseStartsANewReport() {
        let t = "“It shows a lack of character.” Reid said both men are “non-entities in the Senate.”"
        let q = quotes(t)
        #expect(q.first?.speaker?.text != "Reid")
    }
}

@Suite struct SentenceGoesOnTests {
    @Test func quotedWordsAfterACommaCueInsideASentenceArePartial() {
        let t = "These sources, the lawyers said, “all command the same conclusion” that the rule holds."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
    }

    @Test func speechEndingInItsPunctuationStaysDirect() {
        let t = "“We will rebuild the bridge,” the mayor said."
        #expect(quotes(t).first?.type == .direct)
    }
}

@Suite struct CommaInsideTheMarkTests {
    @Test func clauseWithQuotedWordsBeforeTheAttribution() {
        let t = "America needs leaders “who understand that bombastic comments cause turbulence,” Clinton said."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
        #expect(q[0].speaker?.text == "Clinton")
        #expect(content(t, q[0]).hasPrefix("America needs leaders"))
    }
}

@Suite struct QuotationInsideAClauseTests {
    @Test func marksThatGoOnWithTheCuesClauseArePartial() {
        let t = "Ryan said it’s unrealistic to think that if the U.S. pulls back, “our oceans are going to save us.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].type == .partial)
        #expect(q[0].speaker?.text == "Ryan")
    }
}
