/// Who wrote the article: the authors and the agency the page credits
/// (art-strip(1), `authors`, `agency`).
extension MetadataReader {
    static let bylineLabels: Set<String> = ["written by", "by", "author", "authors", "authored by", "posted by",
        "words by", "von", "par", "por", "di", "autor", "autorin", "auteur", "door"]
    /// The collapsed length of the longest label with a colon and a space around it.
    static let longestBylineLabel = Int32(bylineLabels.map(\.count).max()! + 3)

    /// An element whose only text is a byline label, and the name in the next
    /// element with text.
    mutating func findLabelledBylines() {
        var i = 0
        while i < dom.count && labelledBylines.count < 2 {
            let end = Int(dom.end[i])
            // A text longer than any label is none, and is not copied to find that out.
            guard dom.tag[i] != .text, dom.tag[i] != .head, dom.tag[i] != .script, end - i <= 2, end > i + 1,
                dom.tag[i + 1] == .text, dom.textLength[i + 1] <= Self.longestBylineLabel
            else {
                i += 1
                continue
            }
            guard dom.withText(i + 1, Self.mayBeBylineLabel), Self.bylineLabels.contains(dom.withText(i + 1, Self.bareLabel))
            else {
                i += 1
                continue
            }
            // The next element with text, small enough to be a name.
            var j = end
            while j < dom.count && (dom.tag[j] == .text || Int(dom.end[j]) - j > 6 || text(j, limit: 120).isEmpty) { j += 1 }
            if j < dom.count {
                let name = text(j, limit: 120)
                let n = TextUtil.scalarCount(name)
                if n >= 3 && n <= 80 { labelledBylines.append("by " + name) }
            }
            i = max(end, j)
        }
    }

    /// False when `text` is certainly no byline label, told without
    /// copying it: an ASCII text with a character other than letters,
    /// colons and white space, or whose first letter starts no label. (The
    /// labels are ASCII letters and spaces; a text with other bytes is left
    /// to `bareLabel`, since some Unicode spaces collapse away.)
    static func mayBeBylineLabel(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var first: UInt8 = 0
        for b in text {
            if b >= 0x80 { return true }
            let lower = lowerASCII(b)
            if lower >= 0x61 && lower <= 0x7A {
                if first == 0 { first = lower }
            } else if b != 0x3A && b != 0x20 && !(b >= 0x09 && b <= 0x0D) {
                return false
            }
        }
        return first != 0 && bylineLabelInitials & (1 << UInt32(first - 0x61)) != 0
    }

    /// The first letters of `bylineLabels`, one bit per letter from "a".
    static let bylineLabelInitials: UInt32 = bylineLabels.reduce(0) { $0 | 1 << UInt32($1.utf8.first! - 0x61) }

    /// A text as a byline label is written in `bylineLabels`: white space
    /// collapsed, colons dropped, ASCII lower-cased, trimmed.
    static func bareLabel(_ text: UnsafeBufferPointer<UInt8>) -> String {
        // One buffer, changed in place: this runs for every short text.
        var bare: [UInt8] = []
        bare.reserveCapacity(text.count)
        TextUtil.collapse(text, into: &bare)
        bare.removeAll { $0 == UInt8(ascii: ":") }
        for k in bare.indices { bare[k] = lowerASCII(bare[k]) }
        // Collapsing left no white space but single spaces.
        let first = bare.firstIndex { $0 != 0x20 } ?? bare.endIndex
        let end = bare.lastIndex { $0 != 0x20 }.map { $0 + 1 } ?? first
        return String(decoding: bare[first..<end], as: UTF8.self)
    }

    // MARK: Authors

    /// The names a byline gives and the agencies it credits.
    struct Byline: Equatable {
        var names: [String] = []
        var agencies: [String] = []
    }

    /// Where the page credits its authors, in order of evidence: each
    /// source's texts and the evidence it is.
    func creditSources() -> [(texts: [String], source: String)] {
        var sources: [(texts: [String], source: String)] = []
        if let a = ld?.authors { sources.append((a, "json-ld")) }
        for key in ["dc:creator", "dcterm:creator", "author", "article:author", "dc.creator", "parsely-author",
            "sailthru.author", "byl"]
        {
            if let v = metaEntry([key]) { sources.append(([v.value], v.source)) }
        }
        // twitter:label1 "Written by" names the author in twitter:data1.
        if let label = metaValue(["twitter:label1"]), TextUtil.asciiLowercased(label).starts(with: "written by".utf8),
            let name = metaValue(["twitter:data1"])
        {
            sources.append(([name], "twitter"))
        }
        sources.append((relAuthors, relAuthorSource ?? "rel-author"))
        sources.append((bylines, "byline-text"))
        sources.append((labelledBylines, "byline-text"))
        return sources
    }

    /// The first source that yields person names gives `authors`; the
    /// first agency any source names gives `agency` (art-strip(1)).
    func authors(site: String?) -> (names: Sourced<[String]>?, agency: Sourced<String>?) {
        var found: Sourced<[String]>?
        // JSON-LD may type the agency as the author organisation.
        var agency = ld?.organizations.lazy.compactMap(Agencies.named).first.map { Sourced(value: $0, source: "json-ld") }
        for (texts, source) in creditSources() {
            var names: [String] = []
            for text in texts {
                let byline = MetadataReader.byline(text)
                if agency == nil, !byline.agencies.isEmpty {
                    agency = Sourced(value: byline.agencies.joined(separator: "/"), source: source)
                }
                for name in byline.names where MetadataReader.isPersonName(name, site: site) && !names.contains(name) {
                    names.append(name)
                }
            }
            if found == nil, !names.isEmpty { found = Sourced(value: names, source: source) }
            if found != nil, agency != nil { break }
        }
        return (found ?? declaredCredit(), agency)
    }

    /// A page that names no person but whose JSON-LD author or author
    /// meta field credits an organisation, a team or the site itself
    /// (`Swoogo`, `Rick Steves`): that credit, as the page gives it.
    func declaredCredit() -> Sourced<[String]>? {
        let organizations = (ld?.organizations ?? []).map { Sourced(value: $0, source: "json-ld") }
        let fields = ["author", "dc:creator", "dc.creator", "article:author"].compactMap { metaEntry([$0]) }
        for credit in organizations + fields {
            let name = TextUtil.trim(credit.value)
            let lower = name.lowercased()
            let words = TextUtil.words(name)
            guard Agencies.named(name) == nil, !["undefined", "null", "name", "none"].contains(lower),
                !lower.hasPrefix("http"), !name.contains("@"), !name.contains("/"), !name.contains("*"),
                (1...6).contains(words.count), !words.allSatisfy(MetadataReader.bareRoles.contains)
            else { continue }
            return Sourced(value: [name], source: credit.source)
        }
        return nil
    }

    /// A byline's names and agencies: `By Jane Doe, Reuters`, `Von Anna
    /// Berg und Jan Kurz (dpa)`, `Di Mario Rossi e Luca Bianchi`.
    static func byline(_ s: String) -> Byline {
        // Prefixes and stops are ASCII or caseless: they are looked for in
        // ASCII-lower-cased bytes, where offsets are those of the text.
        var t = withoutLinkWords(TextUtil.collapse(s))
        // Who updated, edited or checked the article is not its author.
        // `lower` is `t` lower-cased, made again only when `t` changes.
        var lower = TextUtil.asciiLowercased(t)
        if ["updated by ", "edited by ", "fact checked by ", "fact-checked by ", "aktualisiert von "].contains(where: {
            lower.starts(with: $0.utf8)
        }) {
            return Byline()
        }
        for prefix in ["author:", "authors:", "author ", "reviewed by ", "by ", "by:", "written by ", "written by:",
            "words by ", "posted by ", "posted by:", "authored by ", "authored by:", "text by ", "recipe by ", "von ",
            "par ", "por ", "di ", "door "]
        where lower.starts(with: prefix.utf8) {
            t = TextUtil.trim(Substring(t.utf8.dropFirst(prefix.utf8.count)))
            lower = TextUtil.asciiLowercased(t)
        }
        // Cut a trailing "| date", "- Updated", "on Monday..."
        for stop in [" | ", " • ", " on ", " updated", " published", "\n", " - ", " — ", " edited by ", " reviewed by ",
            " fact checked by ", " fact-checked by "]
        {
            if let k = TextUtil.find(lower, Array(stop.utf8), from: 0) {
                t = String(decoding: t.utf8.prefix(k), as: UTF8.self)
                lower = TextUtil.asciiLowercased(t)
            }
        }
        var byline = Byline()
        var rest = Agencies.removingCredits(t, into: &byline.agencies)
        for conjunction in [" and ", " & ", " y ", " und ", " et ", " e ", " en ", ";"] {
            rest = TextUtil.split(rest, separator: conjunction, keepingEmpty: true).joined(separator: ",")
        }
        for part in TextUtil.split(rest, separator: ",") {
            if let agency = Agencies.named(TextUtil.trim(part)) {
                if !byline.agencies.contains(agency) { byline.agencies.append(agency) }
                continue
            }
            if let name = personPart(part, agencies: &byline.agencies) { byline.names.append(name) }
        }
        return byline
    }

    /// What the link to an author's page adds around the name: `View all
    /// posts by`, `About the author`, `More about`, `Zeige alle Beiträge
    /// von`, `Veröffentlicht von`, `Voir tous les articles de`, and an
    /// arrow after it (`→`, `»`).
    static let linkPrefixes = ["view all posts by ", "all posts by ", "more posts by ", "see all posts by ",
        "about the author ", "about the author: ", "more about ", "about ", "zeige alle beiträge von ",
        "alle beiträge von ", "veröffentlicht von ", "voir tous les articles de ", "tous les articles de ",
        "ver todas las entradas de ", "todas las entradas de ", "tutti gli articoli di ", "ver todos os posts de "]

    static func withoutLinkWords(_ s: String) -> String {
        var t = s
        while let last = t.unicodeScalars.last, "→»›>".unicodeScalars.contains(last) {
            t = TextUtil.trim(Substring(String(String.UnicodeScalarView(t.unicodeScalars.dropLast()))))
        }
        let lower = t.lowercased()
        for prefix in linkPrefixes where lower.hasPrefix(prefix) && lower.count > prefix.count {
            return TextUtil.trim(Substring(String(t.dropFirst(prefix.count))))
        }
        return t
    }

    /// One part of a byline as a name: it ends before a word with a digit
    /// (a date or a time), a month or an outlet in capitals that runs on
    /// (`Oleg Parashchak Jul`, `Brian Truitt USA TODAY`), and an agency
    /// that runs on (`JOSH BOAK Associated Press`) goes to `agencies`.
    static func personPart(_ part: String, agencies: inout [String]) -> String? {
        var kept: [String] = []
        for w in TextUtil.split(withoutNotes(part), separator: " ") {
            if w.contains(where: { $0.isNumber }) { break }
            kept.append(w)
        }
        for length in stride(from: min(3, kept.count - 1), through: 1, by: -1) {
            if let agency = Agencies.runningOn(kept.suffix(length).joined(separator: " ")) {
                if !agencies.contains(agency) { agencies.append(agency) }
                kept.removeLast(length)
                break
            }
        }
        cutJobTitle(&kept)
        while kept.count >= 2, let last = kept.last, runOnWords.contains(last.lowercased().filter(\.isLetter))
            || (last.count >= 2 && last.allSatisfy { $0.isUppercase || !$0.isLetter } && kept.count >= 3)
            || (kept.count >= 3 && firstNameMonths.contains(last.lowercased()))
        {
            kept.removeLast()
        }
        // A dot or a comma left standing apart (`DVM .`) is no part of it.
        while kept.last.map({ $0.allSatisfy { ".,;:·".contains($0) } }) ?? false { kept.removeLast() }
        let name = TextUtil.trim(kept.joined(separator: " "))
        return name.isEmpty ? nil : name
    }

    /// A name without its parenthesised notes (`Jean-Luc Aufranc
    /// (CNXSoft)`, `Paramita (Guha) Ghosh`): an outlet or a second name
    /// the page adds, which a reader does not count as the name.
    static func withoutNotes(_ part: String) -> String {
        guard part.contains("(") else { return part }
        var out = ""
        var depth = 0
        for c in part {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return TextUtil.collapse(out)
    }

    /// A newsroom job title that runs on after a name of two or three
    /// words (`Harry Rabinowitz Tech Reporter`, `Ann Lee Senior Editor`):
    /// cut from the words that qualify it. Other roles leave the part to
    /// be told no name (`Digital Security Expert`).
    static func cutJobTitle(_ kept: inout [String]) {
        let words = kept.map { $0.lowercased().filter(\.isLetter) }
        guard let k = words.indices.first(where: { $0 >= 2 && jobWords.contains(words[$0]) }) else { return }
        var cut = k
        while cut > 2, titleQualifiers.contains(words[cut - 1]) { cut -= 1 }
        if cut <= 3 { kept.removeLast(kept.count - cut) }
    }

    /// Role words of a job title that are no names' (`Reporter`, `Editor`).
    static let jobWords: Set<String> = ["reporter", "editor", "producer", "contributor", "intern"]

    /// Words that qualify a job title (`Senior`, `Tech`, `Staff`).
    static let titleQualifiers: Set<String> = ["senior", "staff", "tech", "technology", "contributing", "chief",
        "lead", "associate", "deputy", "managing", "executive", "guest", "features", "news", "political",
        "business", "science", "health", "sports", "digital", "assistant", "editorial", "content", "former"]

    /// Months that are also first names: cut only after two words of a
    /// name (`Jason Bates June`), never as the name's first word.
    static let firstNameMonths: Set<String> = ["may", "june", "april", "august"]

    /// Month names that follow a byline's name (`May`, `June`, `April`
    /// and `August` are also first names and are not cut).
    static let runOnWords: Set<String> = ["jan", "january", "feb", "february", "mar", "march", "apr", "jun", "jul",
        "july", "aug", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "last",
        "updated"]

    /// Words of a job or a role that a byline gives beside a name
    /// (`Tracy Parker, Dietitian`, `Mayank Gupta, CEO of CaseBasix`): a
    /// part with one is the role, not a name.
    static let roleWords: Set<String> = ["expert", "writer", "founder", "cofounder", "ceo", "cto", "cfo", "coo",
        "director", "manager", "dietitian", "nutritionist", "veterinarian", "consultant", "attorney", "lawyer",
        "educator", "horticulturalist", "winemaker", "specialist", "officer", "president", "correspondent",
        "columnist", "strategist", "analyst", "scientist", "marketer", "gardener", "astrologer", "photographer",
        "journalist", "researcher", "engineer", "developer", "designer", "coach", "therapist"]

    /// `MS`, `RD`, `Ph.D.`, `CEPF®`: a credential after a name, not a name.
    static func isCredential(_ name: String) -> Bool {
        guard !name.contains(" ") else { return false }
        return name.contains(".") || name.allSatisfy { $0.isUppercase || !$0.isLetter }
    }

    /// Words of a credit that names no one (`Staff`, `Editor`, `admin`)
    /// or a wire.
    static let bareRoles: Set<String> = ["staff", "editor", "editors", "admin", "team", "newsroom", "reporter",
        "reuters", "ap", "afp", "associated", "press", "desk", "wire", "agency", "contributor", "guest",
        "anonymous", "author"]

    static func isPersonName(_ name: String, site: String?) -> Bool {
        if isCredential(name) { return false }
        let lower = name.lowercased()
        if lower.hasPrefix("http") || TextUtil.contains(lower, "@") || TextUtil.contains(lower, "/") || TextUtil.contains(lower, ".com") {
            return false
        }
        // A form's field (`Name *`), a comment's `X says:`, a script's
        // placeholder, a label or a month is not a name.
        if name.contains("*") || name.contains(":") || ["undefined", "null", "name", "none"].contains(lower) { return false }
        if bylineLabels.contains(lower) || runOnWords.contains(lower) { return false }
        // An agency is never an author (art-strip(1), `agency`).
        if Agencies.named(name) != nil { return false }
        let words = TextUtil.words(name)
        if words.isEmpty || words.count > 6 { return false }
        if words.contains(where: { roleWords.contains($0.filter(\.isLetter)) }) { return false }
        // A collective byline that names its team (`Podium Staff`, `TOI
        // Lifestyle Desk`) is the author as the page credits it; a bare role
        // (`Staff`, `Editor`, `admin`) or a wire's name is not.
        let collective: Set<String> = ["staff", "team", "desk", "editors", "newsroom"]
        let namesItsTeam = words.count >= 2 && collective.contains(words.last!) && !words.dropLast().contains(where: bareRoles.contains)
        if words.count <= 3 && words.contains(where: bareRoles.contains) && !namesItsTeam { return false }
        if let site, TextUtil.words(site) == words { return false }
        return !hasCommonWord(name)
    }

    /// Particles that stand in lower case inside names (`Pieter de Vries`,
    /// `Ludwig van Beethoven`, `Ana da Silva`).
    static let nameParticles: Set<String> = ["de", "da", "das", "do", "dos", "di", "du", "del", "della", "der",
        "den", "van", "von", "la", "le", "y", "e", "bin", "ibn", "al", "el", "ter", "ten", "zu", "st"]

    /// Whether a name of two words or more written in capitals has a word
    /// in lower case that is no particle or article: a phrase of the page
    /// (`Insights from`, `Personal finance`, `AI platform for healthcare`),
    /// not a name. A handle all in lower case (`crazy lennys`) and a
    /// credit with an article (`Ask the Doctors`) stay.
    static func hasCommonWord(_ name: String) -> Bool {
        let words = TextUtil.split(name, separator: " ").filter { $0.first?.isLetter ?? false }
        guard words.count >= 2, words.contains(where: { $0.first!.isUppercase }) else { return false }
        return words.contains { w in
            w.first!.isLowercase && !nameParticles.contains(w.lowercased()) && !["the", "of", "and", "for"].contains(w.lowercased())
        }
    }
}
