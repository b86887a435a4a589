import ArtCore

/// `--to html --corpus`: one self-contained page about a whole corpus, made
/// from the `--stats` summary: articles by language, site and month, quotes
/// per month, speakers by gender, the top speakers (each linked to the first
/// of their quotes), the top entities of each type and the copies found.
/// Every chart is inline SVG with a table beside it that says the same for
/// screen readers; the page needs no network and no script, and its size
/// grows with the top lists (`--top`), not with the corpus.
enum CorpusReport {
    static func render(_ summary: JSONValue, examples: [String: [StreamStats.SpeakerExample]]) -> String {
        let records = summary["records"]?.intValue ?? 0
        var h = head
        h += "<header><h1>Corpus report</h1>\n<p class=\"meta\">\(records) articles"
        if let quotes = summary["quotes"]?["total"]?.intValue { h += " · \(quotes) quotes" }
        if let entities = summary["entities"]?["total"]?.intValue { h += " · \(entities) entities" }
        h += "</p></header>\n<main>\n"

        h += section("quotes-per-month", "Quotes per month", monthly(counts(summary["quotes_by_month"]), noun: "quotes"))
        h += section("articles-per-month", "Articles per month", monthly(counts(summary["month"]), noun: "articles")
            + note(summary["undated"]?.intValue, "articles without a date"))
        if let genders = summary["quotes_by_gender"] {
            h += section("speakers-by-gender", "Quotes by the speaker's gender", bars(counts(genders), noun: "quotes", share: true))
        }
        let speakers = (summary["top_speakers"]?.arrayValue ?? []).compactMap { s -> (String, Int)? in
            guard let name = s["name"]?.stringValue, let n = s["quotes"]?.intValue else { return nil }
            return (name, n)
        }
        h += section("top-speakers", speakers.isEmpty ? "Top speakers" : "Top \(speakers.count) speakers", bars(speakers, noun: "quotes", link: { anchor(speaker: $0) }))
        for (type, list) in summary["top_entities"]?.objectValue ?? [] {
            let items = counts(list)
            guard !items.isEmpty else { continue }
            h += section("top-\(type.lowercased())", "Top \(type) entities", bars(items, noun: "mentions"))
        }
        h += section("articles-per-site", "Articles per site", bars(counts(summary["site"]), noun: "articles"))
        h += section("articles-per-language", "Articles per language", bars(counts(summary["lang"]), noun: "articles"))
        let duplicates = summary["duplicates"]?.intValue ?? 0
        h += section("duplicates", "Copies", bars([("originals and unique articles", records - duplicates), ("near-copies of an earlier article", duplicates)], noun: "articles", share: true)
            + "<p>Near-copies are marked by <code>art-json --duplicates</code>; a corpus not run through it shows none.</p>\n")
        h += speakerQuotes(speakers.map(\.0), examples)
        if let approximate = summary["approximate"]?.arrayValue, !approximate.isEmpty {
            h += "<p class=\"note\">Counts in \(escape(approximate.compactMap(\.stringValue).joined(separator: ", "))) are estimates: the lists hold the most frequent names in bounded memory.</p>\n"
        }
        h += "</main>\n</body>\n</html>\n"
        return h
    }

    static func counts(_ value: JSONValue?) -> [(String, Int)] {
        (value?.objectValue ?? []).compactMap { m in m.value.intValue.map { (m.key, $0) } }
    }

    static func anchor(speaker name: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for b in name.utf8 { hash = (hash ^ UInt32(b)) &* 16_777_619 }
        return "speaker-\(String(hash, radix: 16))"
    }

    static func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\" class=\"chart\">\n<h2>\(escape(title))</h2>\n\(body)</section>\n"
    }

    static func note(_ n: Int?, _ what: String) -> String {
        guard let n, n > 0 else { return "" }
        return "<p class=\"note\">\(n) \(what).</p>\n"
    }

    /// A horizontal bar chart and its table; `link` makes a name a link.
    static func bars(_ items: [(String, Int)], noun: String, share: Bool = false, link: ((String) -> String)? = nil) -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">None.</p>\n" }
        let most = max(items.map(\.1).max() ?? 1, 1)
        let total = max(items.map(\.1).reduce(0, +), 1)
        let row = 22
        let height = items.count * row + 4
        var svg = "<svg class=\"bars\" role=\"img\" viewBox=\"0 0 640 \(height)\" width=\"640\" height=\"\(height)\" aria-label=\"\(escape(noun)) by name, as the table beside it\">\n"
        var table = "<table>\n<thead><tr><th>Name</th><th>\(escape(noun.capitalizedFirst))</th>\(share ? "<th>Share</th>" : "")</tr></thead>\n<tbody>\n"
        for (k, (name, n)) in items.enumerated() {
            let y = k * row + 2
            let width = max(1, n * 380 / most)
            svg += "<text x=\"200\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(clip(name)))</text>"
            svg += "<rect x=\"208\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\"><title>\(escape(name)): \(n)</title></rect>"
            svg += "<text x=\"\(214 + width)\" y=\"\(y + 15)\">\(n)</text>\n"
            let label = link.map { "<a href=\"#\($0(name))\">\(escape(name))</a>" } ?? escape(name)
            table += "<tr><td>\(label)</td><td>\(n)</td>\(share ? "<td>\(percent(n, total))</td>" : "")</tr>\n"
        }
        svg += "</svg>\n"
        table += "</tbody>\n</table>\n"
        return "<div class=\"figure\">\n\(svg)\(table)</div>\n"
    }

    /// Columns by month, in order, and their table.
    static func monthly(_ items: [(String, Int)], noun: String) -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">None dated.</p>\n" }
        let most = max(items.map(\.1).max() ?? 1, 1)
        let column = max(8, min(60, 600 / items.count))
        let width = items.count * column + 80
        var svg = "<svg class=\"columns\" role=\"img\" viewBox=\"0 0 \(width) 200\" width=\"\(width)\" height=\"200\" aria-label=\"\(escape(noun)) per month, as the table beside it\">\n"
        var table = "<table>\n<thead><tr><th>Month</th><th>\(escape(noun.capitalizedFirst))</th></tr></thead>\n<tbody>\n"
        for (k, (month, n)) in items.enumerated() {
            let h = max(1, n * 150 / most)
            let x = 20 + k * column
            svg += "<rect x=\"\(x)\" y=\"\(170 - h)\" width=\"\(column - 2)\" height=\"\(h)\"><title>\(escape(month)): \(n)</title></rect>"
            // Every month's label where the columns are wide enough, else the first and the last.
            if column >= 56 || k == 0 || k == items.count - 1 {
                svg += "<text x=\"\(x)\" y=\"188\" class=\"tick\">\(escape(month))</text>"
            }
            svg += "\n"
            table += "<tr><td>\(escape(month))</td><td>\(n)</td></tr>\n"
        }
        svg += "</svg>\n"
        table += "</tbody>\n</table>\n"
        return "<div class=\"figure\">\n\(svg)\(table)</div>\n"
    }

    static func speakerQuotes(_ names: [String], _ examples: [String: [StreamStats.SpeakerExample]]) -> String {
        guard !names.isEmpty else { return "" }
        var h = "<section id=\"speaker-quotes\">\n<h2>What the top speakers said</h2>\n"
        for name in names {
            h += "<section id=\"\(anchor(speaker: name))\" class=\"speaker\">\n<h3>\(escape(name))</h3>\n<ul>\n"
            for e in examples[name] ?? [] {
                h += "<li><q>\(escape(e.text))</q> <span class=\"meta\">(\(escape(e.type)), article \(escape(e.record)))</span></li>\n"
            }
            h += "</ul>\n</section>\n"
        }
        return h + "</section>\n"
    }

    static func clip(_ s: String) -> String { s.count > 28 ? String(s.prefix(27)) + "…" : s }

    static func percent(_ n: Int, _ total: Int) -> String {
        let tenths = (n * 1000 + total / 2) / total
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static let head = pageHead(title: "Corpus report", style: """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; }
        h1 { margin-bottom: 0.2em; } .meta, .note { color: #666; }
        .chart { margin: 2em 0; } .figure { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
        svg text { font: 12px system-ui, sans-serif; fill: #333; } svg rect { fill: #3b6ea8; }
        table { border-collapse: collapse; font-size: 13px; } th, td { border-bottom: 1px solid #ddd; padding: 0.2em 0.6em; text-align: left; }
        td:nth-child(2), td:nth-child(3) { text-align: right; } .speaker ul { margin-top: 0.2em; }
        """)
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
