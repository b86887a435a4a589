import ArtCore
import ArtLanguageID

/// The outcome of stripping one page.
public struct StripResult: Sendable {
    /// Paragraphs of the main text (empty when none was found).
    public var paragraphs: [String] = []
    /// The main text as Markdown, with `--format markdown`.
    public var markdown: String?
    public var metadata = PageMetadata()
    public var notice: String?
    /// Which evidence chose the text: "itemprop", "json-ld", "class",
    /// "semantic", "density", "loose", "page", "json-ld-text" or "none".
    public var method = "none"
    /// With `Stripper(explain: true)`: the element the text came from.
    public var textChoice: TextChoice?

    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// What art-strip writes of the main text: `text`, or `markdown` too.
public enum StripFormat: String, Sendable, CaseIterable {
    case text, markdown
}

/// HTML to main text and metadata.
public struct Stripper: Sendable {
    public var format: StripFormat
    /// Whether to record why the text was chosen (`StripResult.textChoice`).
    public var explain: Bool

    public init(format: StripFormat = .text, explain: Bool = false) {
        self.format = format
        self.explain = explain
    }

    /// Extracts the main text and metadata of `html`; `url` (the page's
    /// address, when known) resolves relative links and dates in paths.
    public func strip(html: String, url: String? = nil) -> StripResult {
        var bytes = Array(html.utf8)
        return strip(utf8: &bytes, url: url)
    }

    /// The same from the page's UTF-8 bytes, which the parser may overwrite.
    func strip(utf8 html: inout [UInt8], url: String? = nil) -> StripResult {
        var result = StripResult()
        let markdown = format == .markdown
        let dom = DOM.parse(utf8: &html, keepingLinks: markdown)
        guard dom.count > 0 else { return result }
        let ld = StructuredData.parse(dom.jsonLD)
        result.metadata = MetadataReader(dom: dom, ld: ld).read(baseURL: url)
        let title = result.metadata.title

        var strict = Extractor(dom: dom)
        strict.removeBoilerplate(strict: true)
        var (main, method) = mainText(&strict, title: title, ld: ld, url: url)
        let strictMethod = method
        result.textChoice = strict.explained
        if length(main.paragraphs) < 500 {
            var loose = Extractor(dom: dom)
            loose.removeBoilerplate(strict: false)
            var (more, _) = mainText(&loose, title: title, ld: ld, url: url)
            if length(more.paragraphs) < 100, loose.textLen[loose.body] > 0, loose.linkDensity(loose.body) < 0.5 {
                // Last resort: the whole page without its boilerplate.
                if explain { loose.explained = loose.choice([loose.body], method: "page") }
                loose.clean([loose.body], title: title)
                more = loose.renderText([loose.body], markdown: markdown, baseURL: url)
                if length(more.paragraphs) > length(main.paragraphs) { method = "page" }
            } else if length(more.paragraphs) > length(main.paragraphs) {
                method = "loose"
            }
            // A short article stays short: the looser pass must find much more.
            let have = length(main.paragraphs)
            if have == 0 || length(more.paragraphs) > have + max(200, have / 2) {
                main = more
                result.textChoice = loose.explained.map { TextChoice(method: method, path: $0.path, score: $0.score, parts: $0.parts) }
            } else if method == "loose" || method == "page" {
                method = strictMethod
            }
        }
        if let body = ld?.articleBody, TextUtil.scalarCount(body) >= 200,
            length(main.paragraphs) * 2 < TextUtil.measure(body).length
        {
            let paragraphs = PlainText.paragraphs(StructuredData.decodeEntities(body))
            main = MainText(paragraphs: paragraphs, markdown: markdown ? MarkdownText(plain: paragraphs) : nil)
            method = "json-ld-text"
            result.textChoice = TextChoice(method: method, parts: 0)
        }
        // The headline belongs in `title`.
        if let title, let first = main.paragraphs.first, TextUtil.words(first) == TextUtil.words(title) {
            main.edit(to: Array(main.paragraphs.dropFirst()))
        }
        let split = NoticeFinder.split(main.paragraphs)
        main.edit(to: split.paragraphs)
        result.notice = split.notice
        if result.metadata.site == nil, let p = split.publisher {
            result.metadata.site = p
            result.metadata.sources["site"] = "notice"
        }
        readTextStart(main.paragraphs.prefix(3), into: &result.metadata)
        result.paragraphs = main.paragraphs
        result.markdown = main.markdown?.joined
        result.method = main.paragraphs.isEmpty ? "none" : method
        if main.paragraphs.isEmpty { result.textChoice = nil }
        return result
    }

    /// What the first paragraphs of the text say where the page said
    /// nothing: a byline paragraph (`By A and B`) gives the authors, a wire
    /// dateline (`RAJSHAHI, Dec 20, 2025 (BSS) -`) the agency and the day
    /// (art-strip(1), `authors`, `agency`, `date`).
    private func readTextStart(_ paragraphs: ArraySlice<String>, into m: inout PageMetadata) {
        for paragraph in paragraphs {
            if m.authors.isEmpty, TextUtil.scalarCount(paragraph) <= 80, MetadataReader.startsAByline(paragraph) {
                let names = MetadataReader.byline(paragraph).names.filter { MetadataReader.isPersonName($0, site: m.site) }
                if !names.isEmpty {
                    m.authors = names
                    m.sources["authors"] = "byline-text"
                }
            }
            if m.agency == nil, let agency = Agencies.inDateline(paragraph) {
                m.agency = agency
                m.sources["agency"] = "dateline-text"
            }
            if m.date == nil, let day = MetadataReader.datelineDay(paragraph, lang: m.lang) {
                m.date = day
                m.sources["date"] = "dateline-text"
            }
        }
    }

    private func length(_ paras: [String]) -> Int32 {
        paras.reduce(0) { $0 + Int32(TextUtil.scalarCount($1)) }
    }

    private func sum(_ ex: Extractor, _ roots: [Int]) -> Int32 { roots.reduce(0) { $0 + ex.textLen[$1] } }

    /// The evidence, strongest first; then cleaning and rendering.
    private func mainText(_ ex: inout Extractor, title: String?, ld: StructuredArticle?, url: String?) -> (MainText, String) {
        let density = ex.densityPick(scope: ex.body)
        var roots: [Int]?
        var method = "density"
        if let b = ex.itempropBody() {
            roots = [b]
            method = "itemprop"
        } else if let body = ld?.articleBody, let c = ex.container(ofBody: body) {
            roots = [c]
            method = "json-ld"
        } else if let c = ex.classBody() {
            roots = c
            method = "class"
        } else if let s = ex.semanticScope() {
            roots = ex.densityPick(scope: s) ?? [s]
            method = "semantic"
        }
        if let r = roots, let d = density, sum(ex, r) * 10 < sum(ex, d) * 3 {
            // The evidence holds too little of the text (one block of a
            // review, the author box of a post): trust the density.
            roots = nil
            method = "density"
        }
        guard let chosen = roots ?? density else { return (MainText(), "none") }
        if debugEnabled {
            func describe(_ c: Int) -> String { " [\(c) \(ex.dom.tag[c]) '\(ex.dom.classAndID(c))' len=\(ex.textLen[c])]" }
            var line = "method=\(method) body=\(ex.body) bodyLen=\(ex.textLen[ex.body]) chosen:"
            line += chosen.map(describe).joined()
            if let d = density { line += " density:" + d.map(describe).joined() }
            debugLog(line)
        }
        if explain { ex.explained = ex.choice(chosen, method: method) }
        ex.clean(chosen, title: title)
        return (ex.renderText(chosen, markdown: format == .markdown, baseURL: url), method)
    }

    /// Normalises a plain text and moves a syndication notice out of it;
    /// with `--format markdown`, gives the text as Markdown too.
    public func strip(text: String) -> (text: String, notice: String?, publisher: String?, markdown: String?) {
        let split = NoticeFinder.split(PlainText.paragraphs(text))
        let markdown = format == .markdown ? MarkdownText(plain: split.paragraphs).joined : nil
        return (split.paragraphs.joined(separator: "\n\n"), split.notice, split.publisher, markdown)
    }
}

/// art-strip's per-record work.
public struct StripFilter: RecordTransform {
    public var dropHTML: Bool
    /// Whether to add `strip_explain` (art-strip(1), `--explain`).
    public var explain: Bool
    let stripper: Stripper

    public init(dropHTML: Bool = false, format: StripFormat = .text, explain: Bool = false) {
        self.dropHTML = dropHTML
        self.explain = explain
        stripper = Stripper(format: format, explain: explain)
    }

    public func transform(_ record: Record) -> RecordUpdate {
        var update = RecordUpdate()
        if var html = record.stringBytes("html") {
            let url = record.string("final_url") ?? record.string("url")
            let r = stripper.strip(utf8: &html, url: url)
            let m = r.metadata
            func opt(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
            update.set("text", .string(r.text))
            update.set("title", opt(m.title))
            update.set("authors", .array(m.authors.map { .string($0) }))
            update.set("agency", opt(m.agency))
            update.set("date", opt(m.date))
            update.set("date_modified", opt(m.dateModified))
            update.set("site", opt(m.site))
            let lang = Self.setLanguage(of: r.text, declared: m.lang, record: record, in: &update)
            update.set("description", opt(m.description))
            update.set("canonical_url", opt(m.canonicalURL))
            update.set("image", opt(m.image))
            update.set("section", opt(m.section))
            update.set("keywords", .array(m.keywords.map { .string($0) }))
            update.set("notice", opt(r.notice))
            if let markdown = r.markdown { update.set("markdown", .string(markdown)) }
            if explain {
                var sources = m.sources
                // `lang` is the text's own unless the text was too short to tell.
                sources["lang"] = lang.fromText ? "text" : (lang.declared ? m.sources["lang"] : nil)
                sources["declared_lang"] = lang.declaredWritten ? m.sources["lang"] : nil
                update.set("strip_explain", StripExplain.record(sources, text: r.textChoice))
            }
            if r.paragraphs.isEmpty {
                // The record passes on with an error (art(7), BAD INPUT AND FAILURES).
                update.fail(tool: "art-strip", kind: "no_text", message: "no article text found in html")
            }
            if debugEnabled { update.set("_method", .string(r.method)) }
            if dropHTML { update.remove("html") }
            return update
        }
        if dropHTML && record.has("html") { update.remove("html") }
        // Without html or a string text the record passes through unchanged
        // (art(7), BAD INPUT AND FAILURES).
        guard let text = record.string("text") else { return update }
        let r = stripper.strip(text: text)
        update.set("text", .string(r.text))
        _ = Self.setLanguage(of: r.text, declared: nil, record: record, in: &update)
        update.set("notice", r.notice.map { .string($0) } ?? .null)
        if let markdown = r.markdown { update.set("markdown", .string(markdown)) }
        if let p = r.publisher, record.string("site") == nil { update.set("site", .string(p)) }
        if r.text.isEmpty { update.fail(tool: "art-strip", kind: "no_text", message: "the text is empty") }
        return update
    }

    /// `lang`: the language identified from the text itself, or what the
    /// page declared when the text is too short to tell, null when mixed or
    /// unknown; `declared_lang`: what the page declared, when that differs
    /// (art(7), LANGUAGES). A short text with no declaration gets no `lang`:
    /// null would tell the annotators it is mixed, and they would refuse it;
    /// a `lang` the record had stays.
    /// Returns where the `lang` written came from and whether
    /// `declared_lang` was written, for `--explain`.
    static func setLanguage(of text: String, declared: String?, record: Record, in update: inout RecordUpdate)
        -> (fromText: Bool, declared: Bool, declaredWritten: Bool)
    {
        var text = text
        let verdict = text.withUTF8 { LanguageIdentifier.verdict(utf8: $0) }
        let declaredCode = declared.map(LanguageResolver.normalized).flatMap { $0.isEmpty ? nil : $0 }
        let lang: String?
        switch verdict {
        case .language(let found): lang = found.code
        case .tooShort where declaredCode == nil:
            lang = record.string("lang")  // left as it was
        case .tooShort: lang = declaredCode
        case .mixed: lang = nil
        }
        if verdict != .tooShort || declaredCode != nil { update.set("lang", lang.map { .string($0) } ?? .null) }
        let written = declared != nil && declared != lang
        if let declared, written {
            update.set("declared_lang", .string(declared))
        } else if record.has("declared_lang") {
            update.remove("declared_lang")
        }
        let identified = if case .language = verdict { true } else { false }
        return (identified, verdict == .tooShort && declaredCode != nil, written)
    }
}
