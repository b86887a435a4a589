/// The document-level pass: turns tagged token spans into entities with one
/// type per name and canonical names.
func resolveDocument(
    _ s: [Unicode.Scalar], tokens: [EntityToken], sentences: [Range<Int>], names: [TokenSpan]
) -> [Entity] {
    var out: [Entity] = []
    for n in names {
        let start = tokens[n.first].start
        let end = tokens[n.end - 1].end
        var text = ""
        text.unicodeScalars.append(contentsOf: s[start..<end])
        out.append(Entity(start: start, end: end, type: EntityType.names[n.type], text: text, canonical: text))
    }
    return out
}
