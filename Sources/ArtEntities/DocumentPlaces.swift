import ArtText

/// Words after which a lone capitalised word is a place more often than a
/// person: "hotels in Coron", "the harbour at Neiafu".
private let placePrepositions: Set<String> = ["in", "at", "near", "from"]

/// The name lists' classes of a person's name (the rarest census surnames,
/// often places, excepted).
let personNameClasses = GazetteerClass.firstName.rawValue | GazetteerClass.lastName.rawValue
    | GazetteerClass.lastNameCommon.rawValue

extension DocumentPass {
    /// A lone word tagged a person that the document also writes right after
    /// a place preposition is a place ("Coron is ..." is the "in Coron" of
    /// the next sentence), unless the name lists know it as a person's name
    /// or the document gives it a first name or a possessive there.
    mutating func placesAfterPrepositions() {
        var places: Set<String> = []
        for m in mentions where m.type == .person && m.end - m.first == 1 && m.first > 0 && !places.contains(m.key) {
            guard placePrepositions.contains(text(m.first - 1).lowercased()),
                !(m.end < n && isPossessive(m.end)), fullName[m.key] == nil, !isListedPersonName(m.first)
            else { continue }
            places.insert(m.key)
        }
        guard !places.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .person && places.contains(mentions[i].key) {
            mentions[i].type = .loc
        }
    }

    /// Whether the name lists know word `i` as a person's name.
    func isListedPersonName(_ i: Int) -> Bool {
        gazetteer.lookup(hashScalars(s, tokens[i].start, tokens[i].end, lower: true)) & personNameClasses != 0
    }
}
