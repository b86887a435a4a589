import ArtCore

/// What a report shows of one record: its metadata, its text cut into
/// paragraphs of runs that carry the entities and quotes over them, who said
/// what, and the entities mentioned most.
struct ArticleView {
    struct Entity {
        var span: TextSpan
        var type: String
        var canonical: String
    }

    struct Quote {
        var parts: [TextSpan]
        var type: String
        var text: String
        var speaker: String?
        var canonical: String?
        var cue: String?
    }

    /// A stretch of text and the annotations over all of it.
    struct Run {
        var text: String
        /// The quote over this run, as an index into `quotes`.
        var quote: Int?
        /// The entity over this run, as an index into `entities`.
        var entity: Int?
        /// True on the last run of an entity (where its label goes).
        var endsEntity = false
        /// True on the last run of a quote's last part (where its speaker goes).
        var endsQuote = false
    }

    var id: String?
    var title: String?
    var site: String?
    var date: String?
    var authors: [String] = []
    var url: String?
    var entities: [Entity] = []
    var quotes: [Quote] = []
    /// Paragraphs (split at blank lines), each a list of runs; a single
    /// line break inside a paragraph is kept in the run's text.
    var paragraphs: [[Run]] = []
    var hasText = false

    init(_ record: Record) {
        id = record.value("id").flatMap { $0.stringValue ?? ($0.intValue.map(String.init)) }
        title = record.string("title")
        site = record.string("site")
        date = record.string("date")
        authors = record.value("authors")?.arrayValue?.compactMap(\.stringValue) ?? []
        url = record.string("canonical_url") ?? record.string("final_url") ?? record.string("url")
        guard let text = record.string("text") else { return }
        hasText = true
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        func valid(_ s: TextSpan) -> Bool { s.start >= 0 && s.start < s.end && s.end <= n }

        // Decoded one element at a time: a long article's lists are never one tree.
        record.forEachElement(of: "entities") { e in
            guard let span = TextSpan(json: e), valid(span) else { return true }
            let surface = scalars.string(span)
            entities.append(Entity(span: span, type: e["type"]?.stringValue ?? "?", canonical: e["canonical"]?.stringValue ?? surface))
            return true
        }
        record.forEachElement(of: "quotes") { q in
            var parts = (q["fragments"]?.arrayValue ?? []).compactMap(TextSpan.init(json:)).filter(valid)
            if parts.isEmpty, let span = TextSpan(json: q), valid(span) { parts = [span] }
            guard !parts.isEmpty else { return true }
            let speaker = q["speaker"].flatMap { $0.isNull ? nil : $0 }
            quotes.append(
                Quote(
                    parts: parts.sorted(), type: q["type"]?.stringValue ?? "?",
                    text: parts.sorted().map { scalars.string($0) }.joined(separator: " … "),
                    speaker: speaker?["text"]?.stringValue,
                    canonical: speaker?["canonical"]?.stringValue ?? speaker?["text"]?.stringValue,
                    cue: q["cue"]?["text"]?.stringValue))
            return true
        }
        paragraphs = Self.cut(scalars, entities: entities, quotes: quotes)
    }

    /// Cuts the text at every annotation boundary and paragraph break.
    /// Overlapping annotations of one kind keep the first; an entity that
    /// crosses a quote boundary is split there.
    static func cut(_ scalars: [Unicode.Scalar], entities: [Entity], quotes: [Quote]) -> [[Run]] {
        let n = scalars.count
        var quoteAt = [Int?](repeating: nil, count: n)
        var quoteEnd = Set<Int>()
        for (i, q) in quotes.enumerated() {
            guard q.parts.allSatisfy({ p in (p.start..<p.end).allSatisfy { quoteAt[$0] == nil } }) else { continue }
            for p in q.parts { for k in p.start..<p.end { quoteAt[k] = i } }
            quoteEnd.insert(q.parts.last!.end - 1)
        }
        var entityAt = [Int?](repeating: nil, count: n)
        var entityEnd = Set<Int>()
        for (i, e) in entities.enumerated() where (e.span.start..<e.span.end).allSatisfy({ entityAt[$0] == nil }) {
            for k in e.span.start..<e.span.end { entityAt[k] = i }
            entityEnd.insert(e.span.end - 1)
        }

        var paragraphs: [[Run]] = []
        var runs: [Run] = []
        var current = String.UnicodeScalarView()
        var state: (Int?, Int?) = (nil, nil)
        func flush(endsAt k: Int) {
            guard !current.isEmpty else { return }
            var run = Run(text: String(current), quote: state.0, entity: state.1)
            run.endsEntity = state.1 != nil && entityEnd.contains(k)
            run.endsQuote = state.0 != nil && quoteEnd.contains(k)
            runs.append(run)
            current = String.UnicodeScalarView()
        }
        var k = 0
        while k < n {
            // A blank line ends the paragraph.
            if scalars[k] == "\n" {
                var j = k
                var breaks = 0
                while j < n, scalars[j] == "\n" || scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" {
                    if scalars[j] == "\n" { breaks += 1 }
                    j += 1
                }
                if breaks >= 2 {
                    flush(endsAt: k - 1)
                    if !runs.isEmpty { paragraphs.append(runs) }
                    runs = []
                    state = (nil, nil)
                    k = j
                    continue
                }
            }
            let next = (quoteAt[k], entityAt[k])
            if next.0 != state.0 || next.1 != state.1 {
                flush(endsAt: k - 1)
                state = next
            }
            current.append(scalars[k])
            k += 1
        }
        flush(endsAt: n - 1)
        if !runs.isEmpty { paragraphs.append(runs) }
        return paragraphs
    }

    /// Who said what, in text order.
    var whoSaidWhat: [Quote] { quotes }

    /// Entities by mentions: (canonical, type, mentions), most first.
    func topEntities(_ limit: Int) -> [(name: String, type: String, mentions: Int)] {
        var counts: [String: (name: String, type: String, mentions: Int, first: Int)] = [:]
        for e in entities {
            let key = e.type + "\u{0}" + e.canonical
            if let c = counts[key] {
                counts[key] = (c.name, c.type, c.mentions + 1, c.first)
            } else {
                counts[key] = (e.canonical, e.type, 1, e.span.start)
            }
        }
        return counts.values.sorted { a, b in a.mentions != b.mentions ? a.mentions > b.mentions : a.first < b.first }
            .prefix(limit).map { ($0.name, $0.type, $0.mentions) }
    }

    /// The heading: the title, else the id.
    var heading: String { title ?? id ?? "Untitled record" }
}

/// The entity types in the order of the legend, with the label shown beside
/// each mention.
let entityTypeLabels: [(type: String, label: String)] = [
    ("PERSON", "person"), ("ORG", "organisation"), ("LOC", "place"), ("MISC", "other name"),
    ("DATE", "date"), ("TIME", "time"), ("MONEY", "money"), ("PERCENT", "percent"), ("QUANTITY", "quantity"),
]
