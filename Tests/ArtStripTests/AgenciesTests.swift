import Testing

@testable import ArtStrip

/// The agencies' names, and wire datelines in the languages art-strip reads.
@Suite struct AgenciesTests {
    @Test func agencyNames() {
        #expect(Agencies.named("(dpa)") == "dpa")
        #expect(Agencies.named("The Associated Press") == "AP")
        #expect(Agencies.named("REUTERS") == "Reuters")
        #expect(Agencies.named("ap") == nil)
        #expect(Agencies.named("Jane Doe") == nil)
        #expect(!MetadataReader.isPersonName("Agence France-Presse", site: nil))
    }

    @Test func wireDatelines() {
        #expect(Agencies.inDateline("BERLIN (dpa) - Die Bundesregierung hat am Montag beschlossen") == "dpa")
        #expect(Agencies.inDateline("WASHINGTON (AP) — The Senate voted on Tuesday") == "AP")
        #expect(Agencies.inDateline("PARÍS, 3 oct (EFE).- El Gobierno francés anunció") == "EFE")
        #expect(Agencies.inDateline("(ANSA) - ROMA, 3 OTT - Il governo ha approvato") == "ANSA")
        #expect(Agencies.inDateline("LISBOA, 3 out (Lusa) - O Governo aprovou") == "Lusa")
        #expect(Agencies.inDateline("PARIS (AFP) - Le gouvernement a annoncé lundi") == "AFP")
        #expect(Agencies.inDateline("Hamburg, 3. Oktober (dpa/AFP) – Der Hafen") == "dpa/AFP")
        #expect(Agencies.inDateline("The council (which met on Monday) - said") == nil)
        #expect(Agencies.inDateline("A long first sentence of the article names an agency much later (AP) - here") == nil)
    }
}
