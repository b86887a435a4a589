import ArtCore
import Testing

@testable import ArtText

@Suite struct SentenceSegmenterTests {
    @Test func basicTerminals() {
        #expect(split("The vote passed. Markets rose! Who knew? Nobody.") == ["The vote passed.", "Markets rose!", "Who knew?", "Nobody."])
        #expect(split("") == [])
        #expect(split("   \n ") == [])
        #expect(split("A headline with no final punctuation") == ["A headline with no final punctuation"])
    }

    @Test func spansAreTrimmedOrderedScalars() {
        let text = "  Café owners met. 😀 They agreed.  "
        let spans = SentenceSegmenter().sentences(in: text)
        #expect(spans == [TextSpan(start: 2, end: 18), TextSpan(start: 19, end: 33)])
        #expect(SentenceSegmenter().sentences(in: text) == SentenceSegmenter().sentences(in: Array(text.unicodeScalars)))
    }

    @Test func paragraphsAndLines() {
        #expect(split("First paragraph without a stop\n\nSecond one.") == ["First paragraph without a stop", "Second one."])
        #expect(split("Talks Resume in Vienna\nVIENNA (Wire) -- Diplomats met on Monday.") ==
            ["Talks Resume in Vienna", "VIENNA (Wire) -- Diplomats met on Monday."])
        #expect(split("Photo: the harbour at dawn\nThe port reopened.") == ["Photo: the harbour at dawn", "The port reopened."])
        // Hard-wrapped prose continues in lower case.
        #expect(split("The council voted on the\nbudget late on Tuesday.") == ["The council voted on the\nbudget late on Tuesday."])
        #expect(split("apples\nsmall pears\nplums, figs\n") == ["apples", "small pears", "plums, figs"])
        #expect(split("One.\r\n\r\nTwo.") == ["One.", "Two."])
    }

    /// A web address closes what it ends: a capitalised word or another
    /// address after it on its line starts a sentence; a lower-case word
    /// goes on, and an address ending in a stop is the stop's to decide.
    @Test func webAddressesEndWhatTheyClose() {
        #expect(split("Five shops are open: http://example.com/shops The newest is downtown.") ==
            ["Five shops are open: http://example.com/shops", "The newest is downtown."])
        #expect(split("See https://a.example.org/x www.b.example.net/y") ==
            ["See https://a.example.org/x", "www.b.example.net/y"])
        #expect(split("Read it at www.example.com before Friday.") == ["Read it at www.example.com before Friday."])
        #expect(split("The site is www.example.com. It opened in May.") == ["The site is www.example.com.", "It opened in May."])
        #expect(split("The report (at https://example.org/report) Has more.") ==
            ["The report (at https://example.org/report)", "Has more."])
        // Not an address: the word only contains the letters.
        #expect(split("The thttp://x is odd Today.") == ["The thttp://x is odd Today."])
    }

    @Test func titlesAndAbbreviations() {
        #expect(split("Lt. Col. Reyes briefed Sen. Park and Gov. Liu. Dr. Amin left.") ==
            ["Lt. Col. Reyes briefed Sen. Park and Gov. Liu.", "Dr. Amin left."])
        #expect(split("Rep. Ortiz and Mrs. Bell spoke to Gen. Howe on Sept. 4 at St. Anne's.") ==
            ["Rep. Ortiz and Mrs. Bell spoke to Gen. Howe on Sept. 4 at St. Anne's."])
        #expect(split("Shares of Acme Corp. fell 3% on Wed. afternoon, vs. a gain at Bolt Inc. and Kay Co. Ltd. in London.") ==
            ["Shares of Acme Corp. fell 3% on Wed. afternoon, vs. a gain at Bolt Inc. and Kay Co. Ltd. in London."])
        #expect(split("It listed fruit, nuts, etc. in the report, e.g. figs, i.e. dried ones.") ==
            ["It listed fruit, nuts, etc. in the report, e.g. figs, i.e. dried ones."])
        #expect(split("The ship docked at No. 4 pier.") == ["The ship docked at No. 4 pier."])
    }

    @Test func abbreviationAtTheEndOfASentence() {
        #expect(split("The envoy is flying to the U.S. The trip was announced today.") ==
            ["The envoy is flying to the U.S.", "The trip was announced today."])
        #expect(split("She met U.S. Army officers and U.N. staff in Washington, D.C. on Friday.") ==
            ["She met U.S. Army officers and U.N. staff in Washington, D.C. on Friday."])
        #expect(split("He works for Bolt Inc. He joined last year.") == ["He works for Bolt Inc.", "He joined last year."])
        #expect(split("They sold tools, paint, etc. Then they closed.") == ["They sold tools, paint, etc.", "Then they closed."])
        #expect(split("The shop sits on Elm St. It opens at noon.") == ["The shop sits on Elm St.", "It opens at noon."])
    }

    @Test func anOpeningTimeAdverbialIsNoSentence() {
        #expect(split("At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home.") ==
            ["At 5 a.m. Mr. Smith went to the bank.", "He left at 6 P.M.", "Mr. Smith then went home."])
        #expect(split("By 10:30 a.m. Police had closed the road.") == ["By 10:30 a.m. Police had closed the road."])
        #expect(split("The market opened at 9 a.m. The traders were calm.") == ["The market opened at 9 a.m.", "The traders were calm."])
    }

    @Test func agencyStyle() {
        #expect(split("Profit rose 12 pct. from a year earlier to $3.1 bln. Sales fell.") ==
            ["Profit rose 12 pct. from a year earlier to $3.1 bln.", "Sales fell."])
        #expect(split("Sen. Ana Ruiz, D-Calif., voted no. She lives in Fresno, Calif. on weekends.") ==
            ["Sen. Ana Ruiz, D-Calif., voted no.", "She lives in Fresno, Calif. on weekends."])
        #expect(split("He holds a Ph.D. in law. He teaches in Ohio.") == ["He holds a Ph.D. in law.", "He teaches in Ohio."])
        #expect(split("The case Doe v. Roe was heard in 1990. It went on for years.") ==
            ["The case Doe v. Roe was heard in 1990.", "It went on for years."])
        #expect(split("Rates rose at Bolt Inc. Chief Executive Dana Wu said costs fell. Bolt Chief Executive Dana Wu agreed.") ==
            ["Rates rose at Bolt Inc. Chief Executive Dana Wu said costs fell.", "Bolt Chief Executive Dana Wu agreed."])
    }

    @Test func separatorsAndEmoticons() {
        #expect(split("The first part ends here\n***\nThe second part begins.") ==
            ["The first part ends here", "***", "The second part begins."])
        #expect(split("We loved it! :) See you soon.") == ["We loved it! :)", "See you soon."])
    }

    @Test func initials() {
        #expect(split("A biography of L. Ron Hubbard appeared. It sold well.") ==
            ["A biography of L. Ron Hubbard appeared.", "It sold well."])
        #expect(split("Readers of J.R.R. Tolkien and C. S. Lewis met.") == ["Readers of J.R.R. Tolkien and C. S. Lewis met."])
        #expect(split("It was just you and I. Did anyone else come?") == ["It was just you and I.", "Did anyone else come?"])
    }

    @Test func numbers() {
        #expect(split("Inflation rose 3.5 percent to $1,250.75 in 2 1/2 years. Rates hit 4.25%. Wages fell.") ==
            ["Inflation rose 3.5 percent to $1,250.75 in 2 1/2 years.", "Rates hit 4.25%.", "Wages fell."])
        #expect(split("The train left at 9:45 a.m. on Monday and arrived at 6 p.m. The crew rested.") ==
            ["The train left at 9:45 a.m. on Monday and arrived at 6 p.m.", "The crew rested."])
        #expect(split("She finished 2nd. Version 10.4.1 shipped. It was 5th in line.") ==
            ["She finished 2nd.", "Version 10.4.1 shipped.", "It was 5th in line."])
        #expect(split("The budget grew in 2019. 2020 was worse.") == ["The budget grew in 2019.", "2020 was worse."])
    }

    @Test func ellipses() {
        #expect(split("He paused ... then spoke again. Later… nothing.") == ["He paused ... then spoke again.", "Later… nothing."])
        #expect(split("The list went on and on... Nobody stopped it.") == ["The list went on and on...", "Nobody stopped it."])
        #expect(split("It ended there…") == ["It ended there…"])
        #expect(split("The memo said the plan [...] would fail.") == ["The memo said the plan [...] would fail."])
    }

    @Test func urlsEmailsFiles() {
        #expect(split("Details are at https://news.example.org/2024/a.b.html. Write to desk@example.com. The file report.v2.pdf is attached.") ==
            ["Details are at https://news.example.org/2024/a.b.html.", "Write to desk@example.com.", "The file report.v2.pdf is attached."])
        #expect(split("Visit www.example.com for more.") == ["Visit www.example.com for more."])
    }

    @Test func runsOfPunctuation() {
        #expect(split("Really?! They said yes!! What now??? Wait.") == ["Really?!", "They said yes!!", "What now???", "Wait."])
        #expect(split("The start-up, called Zing! in its ads, grew.") == ["The start-up, called Zing! in its ads, grew."])
    }

    @Test func closingQuotesAndBrackets() {
        #expect(split("“We disagree.” That was all.") == ["“We disagree.”", "That was all."])
        #expect(split("The deal (signed in May.) was final. (It was.) Then came the vote.") ==
            ["The deal (signed in May.) was final.", "(It was.)", "Then came the vote."])
        #expect(split("He said it was ‘over.’ She did not agree.") == ["He said it was ‘over.’", "She did not agree."])
    }

    @Test func attribution() {
        #expect(split("“The talks will go on,” the spokesperson said. Nobody objected.") ==
            ["“The talks will go on,” the spokesperson said.", "Nobody objected."])
        #expect(split("“Get out now!” she shouted. The room emptied.") == ["“Get out now!” she shouted.", "The room emptied."])
        #expect(split("“Is this the end?” asked the mayor.") == ["“Is this the end?” asked the mayor."])
        #expect(split("“We will never stop!” Ramirez told the crowd.") == ["“We will never stop!” Ramirez told the crowd."])
    }

    @Test func sentencesInsideAQuotation() {
        #expect(split("“Prices will fall. We are sure of it,” the minister said.") ==
            ["“Prices will fall.", "We are sure of it,” the minister said."])
        #expect(split("She said: “It is late. Go home.” Then she left.") ==
            ["She said: “It is late.", "Go home.”", "Then she left."])
    }

    @Test func lists() {
        #expect(split("1. Open the box 2. Remove the cable 3. Plug it in") == ["1. Open the box", "2. Remove the cable", "3. Plug it in"])
        #expect(split("a) apples b) pears") == ["a) apples", "b) pears"])
        #expect(split("Steps:\n1. Preheat the oven.\n2. Bake the bread.") == ["Steps:", "1. Preheat the oven.", "2. Bake the bread."])
        #expect(split("• First point • Second point") == ["• First point", "• Second point"])
        #expect(split("He named three: 1. cost, 2. time.") == ["He named three: 1. cost, 2. time."])
    }

    @Test func allCaps() {
        #expect(split("THE MINISTER RESIGNED. MR. LOPEZ WILL TAKE OVER. THE U.S. WELCOMED IT.") ==
            ["THE MINISTER RESIGNED.", "MR. LOPEZ WILL TAKE OVER.", "THE U.S. WELCOMED IT."])
    }

    @Test func noWhiteSpaceBetweenSentences() {
        #expect(split("The vote failed.Members left early.") == ["The vote failed.", "Members left early."])
    }

    @Test func lowerCaseStartsAfterAPlainWord() {
        #expect(split("we got there late. the shop was shut.") == ["we got there late.", "the shop was shut."])
        #expect(split("The shop is approx. five miles away.") == ["The shop is approx. five miles away."])
    }


    @Test func otherScriptsWithoutAFallbackUseTheRules() {
        // Without ICU the rules cut only where white space follows a mark.
        #expect(split("Привет. Как дела?") == ["Привет.", "Как дела?"])
        #expect(split("今日は晴れです。明日は雨です。") == ["今日は晴れです。明日は雨です。"])
        // Mixed and odd input must not crash.
        _ = split("\u{0}\u{FEFF}.\u{2029}?!…\u{1F600}. . . «»")
        _ = split(String(repeating: ". ", count: 1000))
        // A sentence end followed only by an opening quote or bracket.
        #expect(split("Yes. ‘") == ["Yes. ‘"])
        #expect(split("Done! (\"") == ["Done! (\""])
    }
}
