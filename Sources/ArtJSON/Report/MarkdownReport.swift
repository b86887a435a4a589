import ArtCore

/// `--to md`: the report of `--to html` as Markdown. Entities are bold with
/// their type in a subscript; a quote is followed by its speaker's name.
struct MarkdownReport {
    private var headings: [String] = []

    mutating func write(_ record: Record, _ output: inout OutputSink) throws(OutputError) {
        let view = ArticleView(record)
        headings.append(view.heading)
        var m = headings.count > 1 ? "\n---\n\n" : ""
        m += "## \(MarkdownEscaping.escaped(view.heading))\n\n"
        var meta: [String] = []
        if let site = view.site { meta.append(MarkdownEscaping.escaped(site)) }
        if let date = view.date { meta.append(MarkdownEscaping.escaped(date)) }
        if !view.authors.isEmpty { meta.append("by " + MarkdownEscaping.escaped(view.authors.joined(separator: ", "))) }
        if !meta.isEmpty { m += "*" + meta.joined(separator: " · ") + "*\n\n" }
        if let url = view.url { m += "<\(url.replacingOccurrences(of: ">", with: "%3E"))>\n\n" }
        if view.hasText {
            for paragraph in view.paragraphs {
                m += paragraph.map { render($0, view) }.joined() + "\n\n"
            }
        } else {
            m += "*This record has no text.*\n\n"
        }
        m += "### Who said what\n\n"
        if view.quotes.isEmpty {
            m += "*No quotes.*\n\n"
        } else {
            m += "| Speaker | Canonical name | Quote | Type |\n|---|---|---|---|\n"
            for q in view.quotes {
                m += "| \(Self.cell(q.speaker ?? "—")) | \(Self.cell(q.canonical ?? "—")) | \(Self.cell(q.text)) | \(q.type) |\n"
            }
            m += "\n"
        }
        m += "### Entities mentioned most\n\n"
        let top = view.topEntities(12)
        if top.isEmpty {
            m += "*No entities.*\n"
        } else {
            m += "| Name | Type | Mentions |\n|---|---|---|\n"
            for e in top { m += "| \(Self.cell(e.name)) | \(e.type) | \(e.mentions) |\n" }
        }
        try output.write(m.utf8)
    }

    mutating func finish(_ output: inout OutputSink) throws(OutputError) {
        guard headings.count > 1 else { return }
        var m = "\n---\n\n## Contents\n\n"
        for (i, h) in headings.enumerated() { m += "\(i + 1). \(MarkdownEscaping.escaped(h))\n" }
        try output.write(m.utf8)
    }

    private func render(_ run: ArticleView.Run, _ view: ArticleView) -> String {
        var inner = MarkdownEscaping.escaped(run.text).replacingNewlines(with: "  \n")
        if let e = run.entity {
            inner = "**\(inner)**"
            if run.endsEntity { inner += "<sub>\(view.entities[e].type)</sub>" }
        }
        if let q = run.quote, run.endsQuote {
            let quote = view.quotes[q]
            inner += " <sub>— \(escape(quote.canonical ?? quote.speaker ?? "unattributed"))</sub>"
        }
        return inner
    }

    /// A table cell's text: on one line, its `|` escaped.
    static func cell(_ s: String) -> String {
        MarkdownEscaping.escaped(s.replacingNewlines(with: " "), inTableCell: true)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
