import ArtCore
import ArtText

/// A speaker's gender as the text, or failing that the first name, shows it
/// (`art-quotes --gender`; art-quotes(1), GENDER).
public struct SpeakerGender: Sendable, Hashable {
    public enum Value: String, Sendable { case female, male, unknown }
    /// What decided it: the text calls the speaker she/he, a title (Mrs, Frau,
    /// Mme, Sra., spokeswoman, Bundeskanzlerin), or the first name's statistics.
    public enum Evidence: String, Sendable { case pronoun, title, name }

    public var value: Value
    public var evidence: Evidence?
    /// With `name` evidence: the share of the name's bearers of that gender.
    public var share: Double?
}

/// The share of women among the bearers of each first name
/// (`lang/<code>/first-names.txt`): name statistics are a language's, as
/// `Jean` and `Andrea` show.
public struct FirstNames: Sendable {
    let femaleShare: [String: Double]

    public init(femaleShare: [String: Double]) { self.femaleShare = femaleShare }

    /// The language's list, or nil when it has none.
    public static func load(_ code: String, from locator: ResourceLocator = .standard) throws(ResourceError) -> FirstNames? {
        let path: String
        do { path = try locator.locate("lang/\(code)/first-names.txt") } catch { return nil }
        let file = try WordListFile(path: path, bytes: try readDataFile(path))
        let entries = try file.entries("first-names")
        var shares: [String: Double] = [:]
        shares.reserveCapacity(entries.count)
        for entry in entries {
            guard entry.flags.count == 1, let share = Double(entry.flags[0]), (0...1).contains(share) else {
                throw .malformed(path: path, line: entry.line, reason: "a first-names entry is a name and a share from 0 to 1")
            }
            shares[entry.word] = share
        }
        return FirstNames(femaleShare: shares)
    }
}

/// Gives each person speaker a gender from the evidence in the document:
/// a pronoun that refers to the speaker beats a title, which beats the first
/// name; a name decides only when at least `minimumShare` of its bearers
/// share a gender. Speakers that are not people (organisations, places,
/// `officials`) get none.
struct GenderAssigner {
    static let minimumShare = 0.9

    let text: [Unicode.Scalar]
    let entities: [QuoteEntity]
    let lexicon: QuoteLexicon
    let names: FirstNames?

    func assign(_ quotes: inout [Quote]) {
        var pronounVotes: [String: Set<SpeakerGender.Value>] = [:]
        var titleVotes: [String: Set<SpeakerGender.Value>] = [:]
        for q in quotes {
            guard let s = q.speaker else { continue }
            if let g = pronounGender(s.text), let canonical = s.canonical { pronounVotes[canonical, default: []].insert(g) }
            if let g = titleGender(s) { titleVotes[key(s), default: []].insert(g) }
        }
        for e in entities where e.type == "PERSON" {
            if let g = titleGender(lowerWord(before: e.start)) { titleVotes[e.canonical, default: []].insert(g) }
        }
        for i in quotes.indices {
            guard let s = quotes[i].speaker else { continue }
            if let g = pronounGender(s.text) {
                // The pronoun is itself the evidence; its person's other mentions agree or not.
                let votes = s.canonical.flatMap { pronounVotes[$0] } ?? [g]
                quotes[i].speaker?.gender = SpeakerGender(value: votes.count == 1 ? g : .unknown, evidence: votes.count == 1 ? .pronoun : nil)
                continue
            }
            let k = key(s)
            if let votes = pronounVotes[k], votes.count == 1 {
                quotes[i].speaker?.gender = SpeakerGender(value: votes.first!, evidence: .pronoun)
            } else if let votes = titleVotes[k], votes.count == 1 {
                quotes[i].speaker?.gender = SpeakerGender(value: votes.first!, evidence: .title)
            } else if let byName = nameGender(s) {
                quotes[i].speaker?.gender = byName
            } else if isPerson(s) || pronounVotes[k] != nil || titleVotes[k] != nil {
                quotes[i].speaker?.gender = SpeakerGender(value: .unknown)
            }
        }
    }

    func key(_ s: QuoteSpeaker) -> String { s.canonical ?? s.text }

    func pronounGender(_ speakerText: String) -> SpeakerGender.Value? {
        let w = speakerText.lowercased()
        if lexicon.femalePronouns.contains(w) { return .female }
        if lexicon.malePronouns.contains(w) { return .male }
        return nil
    }

    /// The title nearest the name inside the speaker's words, else the word before them.
    func titleGender(_ s: QuoteSpeaker) -> SpeakerGender.Value? {
        let written = s.text.split(separator: " ")
        let words = written.map { Self.bare($0) }
        // The last word counts when it is a role noun (`the spokeswoman`), not a name.
        let roleLast = written.last.map { !isCapitalisedName(String($0)) } ?? false
        for w in (roleLast ? words[...] : words.dropLast()).reversed() {
            if let g = titleGender(w) { return g }
        }
        // A gendered article before a title: la ministre, el presidente, la portavoz.
        for (k, w) in words.enumerated() where lexicon.isTitle(w) {
            let before = k > 0 ? words[k - 1] : lowerWord(before: s.start)
            if let d = before, let g = lexicon.genderedDeterminers[d] { return g ? .female : .male }
        }
        return titleGender(lowerWord(before: s.start))
    }

    func titleGender(_ word: String?) -> SpeakerGender.Value? {
        guard let w = word, !w.isEmpty else { return nil }
        if lexicon.femaleTitles.contains(w) { return .female }
        if lexicon.maleTitles.contains(w) { return .male }
        // German: Bundeskanzler*in*, Minister*in*, Sprecher*in* are women; the
        // role noun without the ending (Kanzler, Präsident, Direktor), before
        // a name, a man. Abbreviations (Dr., Prof.) say neither.
        if let suffix = lexicon.feminineTitleSuffix {
            if w.hasSuffix(suffix), lexicon.isTitle(String(w.dropLast(suffix.count))) { return .female }
            if lexicon.isTitle(w), Self.masculineRoleEndings.contains(where: { w.hasSuffix($0) }) { return .male }
        }
        return nil
    }

    /// The first name's statistics, for a speaker named with at least a first
    /// and a last name (or a person entity).
    func nameGender(_ s: QuoteSpeaker) -> SpeakerGender? {
        guard let names else { return nil }
        let parts = key(s).split(separator: " ")
        guard parts.count >= 2, let share = names.femaleShare[parts[0].lowercased()] else { return nil }
        if share >= Self.minimumShare { return SpeakerGender(value: .female, evidence: .name, share: share) }
        if 1 - share >= Self.minimumShare { return SpeakerGender(value: .male, evidence: .name, share: ((1 - share) * 1000).rounded() / 1000) }
        return SpeakerGender(value: .unknown)
    }

    /// A person by the entities (a PERSON entity overlaps the speaker and no
    /// other entity is the whole of it).
    func isPerson(_ s: QuoteSpeaker) -> Bool {
        entities.contains { $0.type == "PERSON" && $0.start < s.end && s.start < $0.end }
    }

    func isCapitalisedName(_ t: String) -> Bool { t.unicodeScalars.first?.isUppercaseLetter ?? false }

    /// The word that ends right before `position` (spaces between), in lower case, without a final period.
    func lowerWord(before position: Int) -> String? {
        var e = min(position, text.count)
        while e > 0 && text[e - 1] == " " { e -= 1 }
        var b = e
        while b > 0 && (text[b - 1].isLetter || text[b - 1] == ".") { b -= 1 }
        guard b < e else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: text[b..<e])
        return Self.bare(Substring(String(word)))
    }

    static let masculineRoleEndings = ["er", "ent", "or", "ant", "ist", "eur", "at", "oge", "ekt"]

    static func bare(_ w: Substring) -> String {
        var w = w.lowercased()
        while w.hasSuffix(".") || w.hasSuffix(",") { w.removeLast() }
        return w
    }
}
