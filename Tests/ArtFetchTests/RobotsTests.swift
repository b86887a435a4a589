import ArtCore
import Testing

@testable import ArtFetch

@Suite struct RobotsParsing {
    @Test func groupsAndPrecedence() {
        let text = """
            User-agent: googlebot
            Disallow: /

            User-agent: art-fetch
            User-agent: other
            Disallow: /private
            Allow: /private/public
            Disallow: /*.pdf$

            User-agent: *
            Disallow: /everything
            """
        let r = RobotsRules(parsing: text, agent: "art-fetch/0.1.0")
        #expect(r.allows("/"))
        #expect(!r.allows("/private/x"))
        #expect(r.allows("/private/public/x"))
        #expect(!r.allows("/a/b.pdf"))
        #expect(r.allows("/a/b.pdf?x"))
        #expect(r.allows("/everything"))
        let star = RobotsRules(parsing: text, agent: "somebot/1")
        #expect(!star.allows("/everything/else"))
        #expect(star.allows("/private"))
    }
}
