import ArtCore

/// `--to html`: one self-contained page (no external assets) for one or many
/// articles. Entities carry their type as colour and as a text label, quotes
/// their speaker's name; each article has a who-said-what table and its top
/// entities. Everything printed from a record is escaped.
struct HTMLReport {
    private var articles: [(anchor: String, heading: String)] = []

    mutating func begin(_ output: inout OutputSink) throws(OutputError) {
        try output.write(Self.head.utf8)
    }

    mutating func write(_ record: Record, _ output: inout OutputSink) throws(OutputError) {
        let view = ArticleView(record)
        let anchor = "article-\(articles.count + 1)"
        articles.append((anchor, view.heading))
        var h = ""
        h += "<article id=\"\(anchor)\">\n<header>\n<h2>\(escape(view.heading))</h2>\n"
        var meta: [String] = []
        if let site = view.site { meta.append("<span class=\"site\">\(escape(site))</span>") }
        if let date = view.date { meta.append("<time datetime=\"\(escape(date))\">\(escape(date))</time>") }
        if !view.authors.isEmpty { meta.append("<span class=\"authors\">by \(escape(view.authors.joined(separator: ", ")))</span>") }
        if !meta.isEmpty { h += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>\n" }
        if let url = view.url { h += "<p class=\"meta url\">\(escape(url))</p>\n" }
        if let id = view.id, id != view.heading { h += "<p class=\"meta id\">id \(escape(id))</p>\n" }
        h += "</header>\n"

        if view.hasText {
            h += "<section class=\"text\">\n"
            for paragraph in view.paragraphs {
                h += "<p>"
                for run in paragraph { h += render(run, view) }
                h += "</p>\n"
            }
            h += "</section>\n"
        } else {
            h += "<p class=\"empty\">This record has no text.</p>\n"
        }

        h += "<section class=\"who\">\n<h3>Who said what</h3>\n"
        if view.quotes.isEmpty {
            h += "<p class=\"empty\">No quotes.</p>\n"
        } else {
            h += "<table>\n<thead><tr><th>Speaker</th><th>Canonical name</th><th>Quote</th><th>Type</th></tr></thead>\n<tbody>\n"
            for q in view.quotes {
                h += "<tr><td>\(escape(q.speaker ?? "—"))</td><td>\(escape(q.canonical ?? "—"))</td>"
                h += "<td class=\"quote-text\">\(escape(q.text))</td><td>\(escape(q.type))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += "</section>\n<section class=\"top-entities\">\n<h3>Entities mentioned most</h3>\n"
        let top = view.topEntities(12)
        if top.isEmpty {
            h += "<p class=\"empty\">No entities.</p>\n"
        } else {
            h += "<table>\n<thead><tr><th>Name</th><th>Type</th><th>Mentions</th></tr></thead>\n<tbody>\n"
            for e in top {
                h += "<tr><td>\(escape(e.name))</td><td><span class=\"ent\" data-type=\"\(escape(e.type))\">\(escape(e.type))</span></td><td>\(e.mentions)</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += "</section>\n</article>\n"
        try output.write(h.utf8)
    }

    mutating func finish(_ output: inout OutputSink) throws(OutputError) {
        var h = ""
        if articles.count > 1 {
            // Written last so the page streams; the style sheet shows it first.
            h += "<nav class=\"toc\">\n<h2>Contents</h2>\n<ol>\n"
            for a in articles { h += "<li><a href=\"#\(a.anchor)\">\(escape(a.heading))</a></li>\n" }
            h += "</ol>\n</nav>\n"
        } else if articles.isEmpty {
            h += "<p class=\"empty\">No records.</p>\n"
        }
        h += "</div>\n</body>\n</html>\n"
        try output.write(h.utf8)
    }

    private func render(_ run: ArticleView.Run, _ view: ArticleView) -> String {
        var inner = escape(run.text).replacingNewlines(with: "<br>\n")
        if let e = run.entity {
            let entity = view.entities[e]
            let label = entityTypeLabels.first { $0.type == entity.type }?.label ?? entity.type.lowercased()
            let title = entity.canonical == String(run.text) ? entity.type : "\(entity.type): \(entity.canonical)"
            inner = "<span class=\"ent\" data-type=\"\(escape(entity.type))\" title=\"\(escape(title))\">\(inner)"
                + (run.endsEntity ? "<sup class=\"label\">\(escape(label))</sup>" : "") + "</span>"
        }
        if let q = run.quote {
            let quote = view.quotes[q]
            inner = "<span class=\"quote\" data-type=\"\(escape(quote.type))\">\(inner)</span>"
            if run.endsQuote {
                let who = quote.canonical ?? quote.speaker ?? "unattributed"
                inner += "<span class=\"said\" data-type=\"\(escape(quote.type))\">— \(escape(who))</span>"
            }
        }
        return inner
    }

    static let head = pageHead(title: "art report", style: """
        body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fff; margin: 0; }
        .page { display: flex; flex-direction: column; max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
        .legend { order: -2; font: 13px/1.6 system-ui, sans-serif; border-bottom: 1px solid #ccc; padding-bottom: .6rem; }
        .toc { order: -1; font: 14px/1.5 system-ui, sans-serif; border-bottom: 1px solid #ccc; }
        article { border-bottom: 1px solid #ccc; padding: 1rem 0 2rem; }
        h2 { font-size: 1.5rem; margin: .3rem 0; }
        h3 { font: 600 15px system-ui, sans-serif; margin: 1.5rem 0 .4rem; }
        .meta { font: 13px system-ui, sans-serif; color: #555; margin: .1rem 0; }
        .ent { border-radius: 3px; padding: 0 2px; }
        .ent .label { font: 9px system-ui, sans-serif; letter-spacing: .02em; text-transform: uppercase; margin-left: 2px; color: #333; }
        .ent[data-type="PERSON"] { background: #ffe0b3; }
        .ent[data-type="ORG"] { background: #cfe3ff; }
        .ent[data-type="LOC"] { background: #c9f0d0; }
        .ent[data-type="MISC"] { background: #ead7f7; }
        .ent[data-type="DATE"], .ent[data-type="TIME"] { background: #f0f0c8; }
        .ent[data-type="MONEY"], .ent[data-type="PERCENT"], .ent[data-type="QUANTITY"] { background: #e3e3e3; }
        .quote { text-decoration: underline #b22 2px; text-underline-offset: 3px; }
        .quote[data-type="indirect"] { text-decoration-style: dashed; }
        .quote[data-type="partial"] { text-decoration-style: dotted; }
        .said { font: italic 12px system-ui, sans-serif; color: #8a1414; margin-left: 3px; white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; font: 13px/1.4 system-ui, sans-serif; }
        th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
        .empty { color: #777; font-style: italic; }
        """) + """
        <div class="page">
        <section class="legend" aria-label="Legend"><strong>Legend:</strong>
        <span class="ent" data-type="PERSON">person<sup class="label">person</sup></span>
        <span class="ent" data-type="ORG">organisation<sup class="label">organisation</sup></span>
        <span class="ent" data-type="LOC">place<sup class="label">place</sup></span>
        <span class="ent" data-type="MISC">other name<sup class="label">other name</sup></span>
        <span class="ent" data-type="DATE">date or time<sup class="label">date</sup></span>
        <span class="ent" data-type="MONEY">amount<sup class="label">money</sup></span>
        · <span class="quote" data-type="direct">direct quote</span><span class="said">— speaker</span>
        · <span class="quote" data-type="indirect">indirect</span>
        · <span class="quote" data-type="partial">partial</span>
        </section>

        """
}

/// Escapes text for HTML element content and attribute values.
/// The start of a report page, up to and including `<body>`: one
/// self-contained document, its style inline.
func pageHead(title: String, style: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="art-json \(artVersion)">
    <title>\(escape(title))</title>
    <style>
    \(style)</style>
    </head>
    <body>

    """
}

func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        guard contains("\n") else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
