import Testing

@testable import ArtQuotes

/// Attribution forms around direct quotes: particles, inverted past forms,
/// passive agents, labels before a colon.
@Suite struct AttributionFormsTests {
    /// A name right before the colon introduces the quote, without the
    /// clause's words before it; a name after a preposition does not.
    @Test func nameBeforeTheColon() {
        let q = quotes("The timing does not surprise Republican pollster Daron Shaw: “Lesser-known candidates get the biggest boost.”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Republican pollster Daron Shaw")
        let p = quotes("He arrived in New York City: “It is good to be back.”")
        #expect(p.count == 1)
        #expect(p[0].speaker?.text == "He")
    }

    /// A paragraph that ends in a colon introduces the next: an inverted
    /// cue ("Stated Stone:") and a participle ("…, reporting:") too.
    @Test func colonOfThePreviousParagraph() {
        let q = quotes("Stated Stone:\n\n“I think that the stakes are so high.”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Stone")
        let p = quotes("The Times confirmed that observation, reporting:\n\n“A flow of cash made its way to the foundation.”")
        #expect(p.count == 1)
        #expect(p[0].speaker?.text == "The Times")
    }

    /// A transcript's speaker label ("TAPPER:") opens words that run to the
    /// end of the paragraph, when the label is the surname of a person the
    /// text names; a label that names no one ("Photo:") opens nothing.
    @Test func transcriptSpeakerLabel() {
        let t = "Jake Tapper spoke with Gov. Mary Fallin.\n\nTAPPER: Do you think the campaign worked? Tell us.\n\nFALLIN: I think it did. It was part of the message."
        let q = quotes(t).filter { $0.cue?.text == ":" }
        #expect(q.count == 2)
        #expect(q.first.map { content(t, $0) } == "Do you think the campaign worked? Tell us")
        #expect(q.first?.speaker?.canonical == "Jake Tapper")
        #expect(q.last.map { content(t, $0) } == "I think it did. It was part of the message")
        #expect(quotes("The harbour at dawn.\n\nPhoto: The boats leave early.").isEmpty)
    }

    @Test func verbWithAParticle() {
        let t = "\"Jeb wants to be a tough guy tonight,\" Trump shot back."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Trump")
        #expect(q[0].cue?.text == "shot back")
    }

    @Test func invertedPastFormBeforeAName() {
        let q = quotes("“This is fantastic!” beamed Donald Hartley of Madison.")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text.hasPrefix("Donald Hartley") == true)
    }

    @Test func agentOfAPassiveCue() {
        let q = quotes("Blumenthal was asked by host Bill Maher, “Would you have told her?”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "host Bill Maher")
    }

    @Test func subjectOfAnInfinitiveCue() {
        let q = quotes("The email goes on to say: “We will not give up the fight.”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "The email")
    }

    @Test func nameAfterADashBeforeTheColon() {
        let q = quotes("POLLS WERE RIGHT AFTER ALL - Carl Bialik: “One of the biggest lessons was about turnout.”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Carl Bialik")
    }

    @Test func hereIsAName() {
        let q = quotes("Here’s Clinton in 1992: “Our new direction must rest on the new realities.”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text.hasPrefix("Clinton") == true)
    }

    @Test func sentenceOpeningCueInverts() {
        let q = quotes("Said Dorothy Poynter, who grew up with him, “We were all so proud of him.”")
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Dorothy Poynter")
    }

    @Test func pronounSkipsPlacesAndDatelines() {
        let t = "LOS ANGELES — Maria Lopez met voters in Cape Breton on Sunday. She said she would run again."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].speaker?.canonical == "Maria Lopez")
    }

    @Test func participleAfterADatelineAndAnAdverbialTakesTheSubject() {
        let t = "WASHINGTON — In response to the proposal to close the border, the mayor rallied supporters, saying: “We have to be ready.”"
        let q = quotes(t)
        #expect(q.last?.speaker?.text == "the mayor")
    }

    @Test func aMessageSaysItsSendersWords() {
        let t = "Mr. Trump issued a statement Tuesday saying, “I do not feel that heritage matters.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q[0].speaker?.text == "Mr. Trump")
    }
}
