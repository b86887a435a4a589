/// The rules of one robots.txt for one user agent (RFC 9309): the group
/// naming the agent, else the `*` group; the longest matching rule wins,
/// `Allow` on a tie; `*` matches any run of characters and a final `$`
/// anchors the end.
struct RobotsRules: Sendable {
    struct Rule: Sendable {
        var allow: Bool
        var pattern: [UInt8]
    }

    var rules: [Rule] = []
    var crawlDelay: Double?
    /// The `Sitemap:` lines, in order (they belong to no group).
    var sitemaps: [String] = []

    static let allowAll = RobotsRules()

    init() {}

    init(parsing text: String, agent: String) {
        let token = agent.split(separator: "/").first.map { $0.lowercased() } ?? agent.lowercased()
        var specific: [Rule] = []
        var generic: [Rule] = []
        var specificDelay: Double?
        var genericDelay: Double?
        var foundSpecific = false
        // The agents of the group being read, and whether its rules started.
        var groupAgents: [String] = []
        var inRules = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = rawLine
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces)
            switch field {
            case "user-agent":
                if inRules {
                    groupAgents = []
                    inRules = false
                }
                groupAgents.append(value.lowercased())
            case "sitemap":
                if !value.isEmpty { sitemaps.append(value) }
            case "allow", "disallow", "crawl-delay":
                inRules = true
                let isSpecific = groupAgents.contains { $0 != "*" && !$0.isEmpty && token.hasPrefix($0) }
                let isGeneric = groupAgents.contains("*")
                if isSpecific { foundSpecific = true }
                if field == "crawl-delay" {
                    if let d = Double(value) {
                        if isSpecific { specificDelay = d }
                        if isGeneric { genericDelay = d }
                    }
                    continue
                }
                if value.isEmpty { continue }  // "Disallow:" allows everything
                let rule = Rule(allow: field == "allow", pattern: Array(value.utf8))
                if isSpecific { specific.append(rule) }
                if isGeneric { generic.append(rule) }
            default:
                continue
            }
        }
        rules = foundSpecific ? specific : generic
        crawlDelay = foundSpecific ? specificDelay : genericDelay
    }

    /// Whether `target` (path and query) may be fetched.
    func allows(_ target: String) -> Bool {
        if target == "/robots.txt" { return true }
        let path = Array(target.utf8)
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern[...], path[...]) {
            if let b = best {
                if rule.pattern.count > b.pattern.count || (rule.pattern.count == b.pattern.count && rule.allow) {
                    best = rule
                }
            } else {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    static func matches(_ pattern: ArraySlice<UInt8>, _ path: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        if first == UInt8(ascii: "$") && pattern.count == 1 { return path.isEmpty }
        if first == UInt8(ascii: "*") {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if matches(rest, p) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        }
        guard let c = path.first, c == first else { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
