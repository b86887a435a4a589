import ArtText

/// Builds the tagger's gazetteer table from the tab-separated lists of
/// `data/gazetteers` (GeoNames places, census names, hand-written lists).
public struct GazetteerBuilder {
    var entries: [(UInt64, UInt32)] = []
    var maxTokens = 1

    public init() {}

    /// Adds a phrase with its classes.
    public mutating func add(_ phrase: String, _ classes: GazetteerClass) {
        let s = Array(phrase.unicodeScalars)
        let tokens = entityTokens(s)
        guard !tokens.isEmpty, tokens.count <= 6 else { return }
        var key: UInt64 = 0
        for (i, t) in tokens.enumerated() {
            let h = hashScalars(s, t.start, t.end, lower: true)
            key = i == 0 ? h : Gazetteer.extend(key, h)
        }
        maxTokens = max(maxTokens, tokens.count)
        entries.append((key, classes.rawValue))
    }

    public func build() -> Gazetteer { Gazetteer(entries: entries, maxTokens: maxTokens) }

    /// Rows of a list: tab-separated columns, `#` lines skipped.
    static func rows(_ path: String) throws(FileError) -> [[Substring]] {
        let bytes = try readWholeFile(path)
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            out.append(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return out
    }

    /// A census surname's class by its frequency (percent) and rank. Those
    /// whose frequency rounds to 0.000 are a class of their own, so that their
    /// weight for a person is learnt apart (many are places: "Coron").
    static func surnameClass(frequency: Double, rank: Int) -> GazetteerClass {
        rank <= 2000 ? .lastNameCommon : frequency == 0 ? .lastNameRare : .lastName
    }

    /// Reads every list of the gazetteer directory.
    public mutating func addDirectory(_ dir: String) throws(FileError) {
        for r in try GazetteerBuilder.rows(dir + "/first_names_census1990.txt") where r.count >= 4 {
            let rank = Int(r[3]) ?? 9999
            add(String(r[0]), rank <= 300 ? [.firstName, .firstNameCommon] : .firstName)
        }
        for r in try GazetteerBuilder.rows(dir + "/last_names_census1990.txt") where r.count >= 3 {
            add(String(r[0]), Self.surnameClass(frequency: Double(r[1]) ?? 0, rank: Int(r[2]) ?? 99999))
        }
        for r in try GazetteerBuilder.rows(dir + "/places_countries.txt") where r.count >= 1 {
            add(String(r[0]), .country)
        }
        for r in try GazetteerBuilder.rows(dir + "/places_continents.txt") where r.count >= 1 {
            add(String(r[0]), .continent)
        }
        for r in try GazetteerBuilder.rows(dir + "/places_admin1.txt") where r.count >= 1 {
            add(String(r[0]), .region)
        }
        for r in try GazetteerBuilder.rows(dir + "/places_cities15000.txt") where r.count >= 3 {
            let population = Int(r[2]) ?? 0
            add(String(r[0]), population >= 500_000 ? [.city, .bigCity] : .city)
        }
        for r in try GazetteerBuilder.rows(dir + "/places_cities15000_altnames.txt") where r.count >= 1 {
            add(String(r[0]), .cityAlternate)
        }
        for r in try GazetteerBuilder.rows(dir + "/demonyms.txt") where r.count >= 3 {
            let kind = r[2]
            if kind.hasPrefix("nationality") {
                add(String(r[0]), .nationality)
            } else if kind == "language" {
                add(String(r[0]), .language)
            } else {
                add(String(r[0]), .group)
            }
        }
        for r in try GazetteerBuilder.rows(dir + "/org_suffixes.txt") where r.count >= 2 {
            add(String(r[0]), r[1] == "legal" ? .orgLegal : .orgHead)
        }
        for r in try GazetteerBuilder.rows(dir + "/titles.txt") where r.count >= 1 {
            add(String(r[0]), .title)
        }
        for r in try GazetteerBuilder.rows(dir + "/calendar_words.txt") where r.count >= 1 {
            add(String(r[0]), .calendar)
        }
        for r in try GazetteerBuilder.rows(dir + "/place_aliases.txt") where r.count >= 3 {
            let kind = r[2]
            if kind.hasSuffix("alias") || kind == "historical-country" || kind == "constituent-country" || kind == "territory" {
                add(String(r[0]), .placeAlias)
            } else {
                add(String(r[0]), .geographic)
            }
        }
    }
}
