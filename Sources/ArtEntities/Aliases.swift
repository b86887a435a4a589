/// Common aliases and their canonical names (country short forms and the
/// best-known organisations).
let aliasTable: [String: (String, EntityType)] = {
    var t: [String: (String, EntityType)] = [:]
    func add(_ forms: [String], _ canonical: String, _ type: EntityType) {
        for f in forms { t[f] = (canonical, type) }
        t[canonical] = (canonical, type)
    }
    add(["U.S.", "US", "USA", "U.S.A.", "United States of America", "the United States"], "United States", .loc)
    add(["U.K.", "UK", "Britain", "Great Britain"], "United Kingdom", .loc)
    add(["U.N.", "UN"], "United Nations", .org)
    add(["EU", "E.U."], "European Union", .org)
    add(["NATO", "Nato"], "North Atlantic Treaty Organization", .org)
    add(["UAE", "U.A.E."], "United Arab Emirates", .loc)
    add(["USSR", "U.S.S.R.", "Soviet Union"], "Soviet Union", .loc)
    add(["OSCE"], "Organization for Security and Cooperation in Europe", .org)
    add(["WHO"], "World Health Organization", .org)
    add(["IMF"], "International Monetary Fund", .org)
    add(["Fed"], "Federal Reserve", .org)
    add(["FBI"], "Federal Bureau of Investigation", .org)
    add(["CIA"], "Central Intelligence Agency", .org)
    add(["IAEA"], "International Atomic Energy Agency", .org)
    add(["OPEC"], "Organization of the Petroleum Exporting Countries", .org)
    add(["DPRK"], "North Korea", .loc)
    add(["PRC"], "China", .loc)
    return t
}()

/// Words skipped when matching an acronym's letters against a name.
let acronymSkipWords: Set<String> = ["of", "and", "for", "the", "in", "on", "de", "&", "to", "at"]

/// Letters, all of them capitals (`BERLIN`, `NEW YORK`).
func isInCapitals(_ w: String) -> Bool {
    var letters = 0
    for c in w.unicodeScalars where c.properties.isAlphabetic {
        if !c.isUppercaseLetter { return false }
        letters += 1
    }
    return letters >= 2
}

/// Two to six capitals, possibly with periods (NATO, OSCE, U.N.).
func isAcronym(_ w: String) -> Bool { isAcronym(w.unicodeScalars) }

func isAcronym(_ w: some Sequence<Unicode.Scalar>) -> Bool {
    var letters = 0
    for c in w {
        if c == "." { continue }
        if !c.isUppercaseLetter { return false }
        letters += 1
    }
    return letters >= 2 && letters <= 6
}
