import ArtCore
import ArtText

/// Rules for the numeric and time types in news style: dates (`January 10`,
/// `Dec. 27`, `early 2022`, `the 1990s`, `2 1/2 years`, `Tuesday`), times
/// (`5 p.m.`), money (`$3.5 billion`, `€20 million`), percentages (`5
/// percent`, `40%`) and quantities (`300 troops`, `12 km`). Other languages
/// name the same kinds of word in `lang/<code>/numbers.txt`, one section each.
enum Word: UInt8, CaseIterable {
    case month, weekday, relativeDay, dateUnit, dateModifier, season, meridiem, timeWord, timeOfDay
    case scale, currencyWord, currencySymbol, percentWord, numberWord, approx, unit, ago, the, and, a
    case per, cent, than, to, up, at, least, mid, countNoun
    /// `de`, `d'`, `di`: joins day, month and year (3 de octubre de 2024)
    /// and a scale to its currency (20 millions d'euros).
    case of
    /// `vor`, `hace`: `ago` in front of the amount (vor drei Jahren).
    case agoBefore

    /// The section of a language's `numbers.txt` that lists the kind.
    var section: String {
        switch self {
        case .relativeDay: "relative-day"
        case .dateUnit: "date-unit"
        case .dateModifier: "date-modifier"
        case .timeWord: "time-word"
        case .timeOfDay: "time-of-day"
        case .currencyWord: "currency-word"
        case .currencySymbol: "currency-symbol"
        case .percentWord: "percent-word"
        case .numberWord: "number-word"
        case .countNoun: "count-noun"
        case .agoBefore: "ago-before"
        default: "\(self)"
        }
    }
}

/// How a language writes dates, beside its words (`[properties]` of `numbers.txt`).
struct DateStyle: OptionSet, Sendable {
    let rawValue: UInt8
    /// Month names are lower case (3 octobre), so a lower-case month counts.
    static let lowercaseMonths = DateStyle(rawValue: 1 << 0)
    /// A day is an ordinal with a dot (3. Oktober).
    static let ordinalDot = DateStyle(rawValue: 1 << 1)
    /// A modifier may follow its unit (la semaine dernière, el año pasado).
    static let modifierAfter = DateStyle(rawValue: 1 << 2)

    static let properties: [String: DateStyle] = [
        "lowercase-months": .lowercaseMonths, "ordinal-dot": .ordinalDot, "modifier-after": .modifierAfter,
    ]
}

/// The rule words by the hash of their lower-cased text, in an
/// open-addressing table (looked up for every token of every text).
struct RuleLexicon: Sendable {
    private let keys: [UInt64]
    /// `Word.rawValue + 1`; 0 marks an empty slot.
    private let kinds: [UInt8]
    private let mask: Int
    /// The most scalars of a word: longer tokens are none.
    private let longest: Int
    let style: DateStyle

    /// The kind of the word `s[t.start..<t.end]`, if it is one; `lowerHash`
    /// is its `hashScalars(lower: true)` when known (0: not known).
    @inline(__always) func kind(_ s: [Unicode.Scalar], _ t: Token, lowerHash: UInt64 = 0) -> Word? {
        guard t.end - t.start <= longest else { return nil }
        let key = lowerHash != 0 ? lowerHash : hashScalars(s, t.start, t.end, lower: true)
        var i = Int(truncatingIfNeeded: key) & mask
        while kinds[i] != 0 {
            if keys[i] == key { return Word(rawValue: kinds[i] - 1) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// The lexicon of `words` of each kind; a word listed twice keeps its last kind.
    init(words: [(Word, [String])], style: DateStyle = []) {
        var w: [UInt64: Word] = [:]
        var longest = 0
        for (kind, list) in words {
            for item in list {
                w[hashString(item, lower: true)] = kind
                longest = max(longest, item.unicodeScalars.count)
            }
        }
        var capacity = 16
        while capacity < 4 * w.count { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var kinds = [UInt8](repeating: 0, count: capacity)
        for (key, kind) in w {
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while kinds[i] != 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            kinds[i] = kind.rawValue + 1
        }
        self.keys = keys
        self.kinds = kinds
        self.mask = capacity - 1
        self.longest = longest
        self.style = style
    }

    /// The lexicon of a language's `numbers.txt`: a `[properties]` section
    /// (`DateStyle`) and one section per kind of word, each optional.
    init(file: WordListFile) throws(ResourceError) {
        var style: DateStyle = []
        for name in try file.properties(Set(DateStyle.properties.keys)) { style.insert(DateStyle.properties[name]!) }
        var words: [(Word, [String])] = []
        for kind in Word.allCases {
            guard let entries = try? file.entries(kind.section) else { continue }
            words.append((kind, entries.flatMap { [$0.word] + $0.flags }))
        }
        self.init(words: words, style: style)
    }

    /// The lexicon of `code`: English's built-in one, or `lang/<code>/numbers.txt`.
    static func load(_ code: String, from locator: ResourceLocator = .standard) throws(ResourceError) -> RuleLexicon {
        if code == "en" { return .english }
        let path: String
        do { path = try locator.locate("lang/\(code)/numbers.txt") } catch { throw .notFound(error) }
        return try RuleLexicon(file: try WordListFile(path: path, bytes: try readDataFile(path)))
    }

    static let english: RuleLexicon = {
        var words: [(Word, [String])] = []
        func add(_ list: String, _ kind: Word) { words.append((kind, list.split(separator: " ").map(String.init))) }
        add("january february march april may june july august september october november december "
            + "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.", .month)
        add("monday tuesday wednesday thursday friday saturday sunday", .weekday)
        add("today yesterday tomorrow", .relativeDay)
        add("day days week weeks month months year years decade decades century centuries weekend weekends quarter quarters fortnight", .dateUnit)
        add("early late last next this past coming previous", .dateModifier)
        add("spring summer autumn fall winter", .season)
        add("a.m. p.m. am pm", .meridiem)
        add("noon midnight tonight", .timeWord)
        add("morning afternoon evening night", .timeOfDay)
        add("thousand million billion trillion bn mn", .scale)
        add("dollar dollars euro euros pound pounds sterling yen yuan renminbi ruble rubles rouble roubles rupee rupees "
            + "cent cents franc francs pence hryvnia hryvnias lira liras peso pesos shekel shekels won rand dinar dinars riyal riyals dirham dirhams", .currencyWord)
        add("$ € £ ¥ ₽ ₹ ₴ ₩ ₪", .currencySymbol)
        add("percent % pct", .percentWord)
        add("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozen dozens half", .numberWord)
        add("nearly about around almost approximately roughly some over under more less fewer just", .approx)
        add("km kilometers kilometres kilometer kilometre miles mile meters metres meter metre feet foot inches cm mm "
            + "tons tonnes ton tonne kg kilograms kilogram grams lbs barrels barrel gallons liters litres acres hectares "
            + "degrees mph km/h megawatts gigawatts mw gw kwh", .unit)
        add("troops soldiers people civilians residents refugees migrants children women men workers employees "
            + "members votes voters seats deaths cases patients prisoners hostages students delegates delegations "
            + "missiles drones warheads tanks aircraft jets ships vessels homes houses buildings villages countries nations "
            + "passengers fighters officers officials police policemen protesters demonstrators casualties victims "
            + "doses vaccines tests jobs companies firms flights", .countNoun)
        add("ago", .ago)
        add("the", .the)
        add("and", .and)
        add("a an", .a)
        add("per", .per)
        add("cent", .cent)
        add("than", .than)
        add("to", .to)
        add("up", .up)
        add("at", .at)
        add("least", .least)
        add("mid", .mid)
        return RuleLexicon(words: words)
    }()
}
