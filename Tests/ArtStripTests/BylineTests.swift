import Testing

@testable import ArtStrip

/// Bylines and agencies in the languages art-strip reads.
@Suite struct BylineTests {
    func byline(_ s: String) -> MetadataReader.Byline { MetadataReader.byline(s) }

    @Test func namesAndAgencies() {
        #expect(byline("By Jane Doe, Reuters") == .init(names: ["Jane Doe"], agencies: ["Reuters"]))
        #expect(byline("By JOSH BOAK Associated Press") == .init(names: ["JOSH BOAK"], agencies: ["AP"]))
        #expect(byline("Jane Doe and Raj Patel (AFP)") == .init(names: ["Jane Doe", "Raj Patel"], agencies: ["AFP"]))
        #expect(byline("By Michael Bloomberg") == .init(names: ["Michael Bloomberg"]))
        #expect(byline("Bloomberg News").agencies == ["Bloomberg"])
        #expect(byline("Agence France-Presse").names.isEmpty)
    }

    @Test func otherLanguages() {
        #expect(byline("Von Anna Berg und Jan Kurz, dpa") == .init(names: ["Anna Berg", "Jan Kurz"], agencies: ["dpa"]))
        #expect(byline("Par Claire Dubois et Marc Petit (AFP)") == .init(names: ["Claire Dubois", "Marc Petit"], agencies: ["AFP"]))
        #expect(byline("Por Lucía Gómez y Pablo Ruiz, EFE") == .init(names: ["Lucía Gómez", "Pablo Ruiz"], agencies: ["EFE"]))
        #expect(byline("Di Mario Rossi e Luca Bianchi (ANSA)") == .init(names: ["Mario Rossi", "Luca Bianchi"], agencies: ["ANSA"]))
        #expect(byline("Por Ana Souza e João Lima, Agência Lusa") == .init(names: ["Ana Souza", "João Lima"], agencies: ["Lusa"]))
        #expect(byline("Door Pieter de Vries en Anna Bakker").names == ["Pieter de Vries", "Anna Bakker"])
        #expect(byline("dpa/AFP").agencies == ["dpa", "AFP"])
    }

    @Test func whatLinksAndTitlesAddToTheName() {
        // The texts of links to an author's page.
        #expect(byline("View all posts by Hardtail Canada →").names == ["Hardtail Canada"])
        #expect(byline("About the author Paramita Ghosh").names == ["Paramita Ghosh"])
        #expect(byline("More About MixmasterFred »").names == ["MixmasterFred"])
        #expect(byline("Zeige alle Beiträge von Anna Berg").names == ["Anna Berg"])
        #expect(byline("Voir tous les articles de Claire Dubois").names == ["Claire Dubois"])
        // A job title or a month that runs on after the name.
        #expect(byline("Harry Rabinowitz Tech Reporter").names == ["Harry Rabinowitz"])
        #expect(byline("By Ann Lee Senior Editor").names == ["Ann Lee"])
        #expect(byline("Jason Bates June").names == ["Jason Bates"])
        // Parenthesised notes are no part of the name.
        #expect(byline("By Jean-Luc Aufranc (CNXSoft)").names == ["Jean-Luc Aufranc"])
        // Who updated the article is not its author.
        #expect(byline("Updated by Jon Linkov").names.isEmpty)
        #expect(byline("Written by Rob Ewaschuk Edited by Betsy Beyer").names == ["Rob Ewaschuk"])
        #expect(byline("Shelby Loos, DVM . Reviewed by Molly Price").names.filter { MetadataReader.isPersonName($0, site: nil) }
            == ["Shelby Loos"])
        // A phrase of the page in a byline's place is no name; particles,
        // articles and handles in lower case are.
        #expect(!MetadataReader.isPersonName("Insights from", site: nil))
        #expect(!MetadataReader.isPersonName("Personal finance", site: nil))
        #expect(MetadataReader.isPersonName("Pieter de Vries", site: nil))
        #expect(MetadataReader.isPersonName("Ask the Doctors", site: nil))
        #expect(MetadataReader.isPersonName("crazy lennys", site: nil))
        // A month that is a first name stays.
        #expect(byline("By June Carter").names == ["June Carter"])
        #expect(byline("By Mary Ann Evans").names == ["Mary Ann Evans"])
    }

    @Test func onAPage() {
        let stripper = Stripper()
        let body = "<article><h1>Hafen wird erneuert</h1><p class=\"byline\">Von Anna Berg, dpa</p>\(paragraphHTML())</article>"
        let m = stripper.strip(html: page(body: body)).metadata
        #expect(m.authors == ["Anna Berg"])
        #expect(m.agency == "dpa")
        #expect(m.sources["agency"] == "byline-text")
        let dateline = "<article><p>BERLIN (dpa) - \(paragraphs[0])</p>\(paragraphHTML(Array(paragraphs.dropFirst())))</article>"
        let d = stripper.strip(html: page(body: dateline)).metadata
        #expect(d.agency == "dpa" && d.authors.isEmpty)
        #expect(d.sources["agency"] == "dateline-text")
        let ld = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge",
            "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Organization","name":"Reuters"}]}</script>
            """
        let j = stripper.strip(html: page(head: ld, body: "<article>\(paragraphHTML())</article>")).metadata
        #expect(j.authors == ["Ann Lee"] && j.agency == "Reuters")
    }

    /// The quick test before a short text is copied never rules out a label.
    @Test func bylineLabelPrefilterKeepsEveryLabel() {
        func may(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer(MetadataReader.mayBeBylineLabel) }
        for label in MetadataReader.bylineLabels {
            #expect(may(label) && may(" " + label.uppercased() + ": ") && may("\u{A0}" + label))
        }
        #expect(!may("Home") && !may("12 May") && !may("By 2024") && !may(" : "))
        for s in ["By:", " written  BY ", "Home", "Autor:\u{A0}"] {
            var t = s
            let bare = t.withUTF8(MetadataReader.bareLabel)
            #expect(!MetadataReader.bylineLabels.contains(bare) || may(s))
        }
    }

    /// A text starts a byline with a label and a space or a colon, in any case, after blanks.
    @Test func textsThatStartAByline() {
        for s in ["By Jane Doe", "\n  WRITTEN BY: Jane", "von Max", "by", "Door: Anne", "autor Jan"] {
            #expect(MetadataReader.startsAByline(s), "\(s)")
        }
        for s in ["Byline", "bye", "Written", "", "   ", "Posted in", "é by"] {
            #expect(!MetadataReader.startsAByline(s), "\(s)")
        }
    }
}
