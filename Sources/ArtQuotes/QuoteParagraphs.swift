import ArtCore

/// Quote paragraphs that run on. News often gives one speaker's words as a
/// paragraph of reported speech followed by paragraphs that are nothing but
/// a quotation, or as a bare quotation paragraph whose attribution comes in
/// the next one; the quotation is one quote either way. `findDirect` already
/// joins a bare paragraph to the direct quote before it; this pass, over all
/// quotes, joins one to a report before it and to an attributed quotation
/// after it.
extension QuoteAnalysis {
    func joinQuoteParagraphs(_ quotes: [Quote]) -> [Quote] {
        var out: [Quote] = []
        out.reserveCapacity(quotes.count)
        var pending: (quote: Quote, para: Int)? = nil
        for q in quotes {
            // “…” with no attribution right after a report with quoted words goes on with it.
            if unattributed(q), let last = out.last, pending == nil, last.type != .direct, last.speaker != nil, runsOn(from: last, to: q) {
                out[out.count - 1] = appending(q, to: last)
                continue
            }
            guard let para = bareParagraph(q) else {
                if let p = pending {
                    if q.type == .direct, q.cue != nil, opensParagraph(q, p.para + 1) {
                        out.append(prepending(p.quote, to: q))
                        pending = nil
                        continue
                    }
                    out.append(p.quote)
                    pending = nil
                }
                out.append(q)
                continue
            }
            if let p = pending { out.append(p.quote) }
            pending = (q, para)
        }
        if let p = pending { out.append(p.quote) }
        return out
    }

    /// A direct quote with no attribution of its own, in one piece.
    func unattributed(_ q: Quote) -> Bool { q.type == .direct && q.cue == nil && q.fragments.isEmpty }

    /// The paragraph of an unattributed direct quote that is its
    /// paragraph's only text, or nil for any other quote.
    func bareParagraph(_ q: Quote) -> Int? {
        guard unattributed(q) else { return nil }
        let first = firstToken(atOrAfter: q.start)
        guard first < tokens.count else { return nil }
        let para = tokens[first].para
        var open = first
        if open > 0, tokens[open - 1].kind == .quote, tokens[open - 1].para == para { open -= 1 }
        guard isParaStart(open) else { return nil }
        var k = firstToken(atOrAfter: q.end)
        while k < tokens.count && tokens[k].para == para && tokens[k].kind != .word && tokens[k].kind != .number { k += 1 }
        return k == tokens.count || tokens[k].para != para ? para : nil
    }

    /// Whether quote `q` opens paragraph `para` (its opening mark first).
    func opensParagraph(_ q: Quote, _ para: Int) -> Bool {
        var first = firstToken(atOrAfter: q.start)
        guard first < tokens.count, tokens[first].para == para else { return false }
        if first > 0, tokens[first - 1].kind == .quote, tokens[first - 1].para == para { first -= 1 }
        return isParaStart(first)
    }

    /// Whether quote `q` follows `last` with at most an attribution
    /// between (`…,” Clinton said. “…`), in its paragraph or opening the
    /// next one.
    func runsOn(from last: Quote, to q: Quote) -> Bool {
        let a = firstToken(atOrAfter: last.end)
        var b = firstToken(atOrAfter: q.start)
        if b > 0, tokens[b - 1].kind == .quote { b -= 1 }
        guard a > 0, a <= b, b < tokens.count else { return false }
        let gap = tokens[b].para - tokens[a - 1].para
        guard gap == 0 || (gap == 1 && isParaStart(b)) else { return false }
        var words = 0
        for k in a..<b {
            if tokens[k].kind == .quote && !used[k] { return false }
            if isWord(k) { words += 1 }
        }
        return words <= 12
    }

    /// `q` as the last fragment of `quote`: a report that goes on in quotation
    /// marks is a partial quote.
    func appending(_ q: Quote, to quote: Quote) -> Quote {
        var joined = quote
        if joined.fragments.isEmpty { joined.fragments = [TextSpan(start: quote.start, end: quote.end)] }
        joined.fragments.append(TextSpan(start: q.start, end: q.end))
        joined.end = q.end
        joined.type = .partial
        return joined
    }

    /// `q` as the first fragment of the attributed quotation `quote`.
    func prepending(_ q: Quote, to quote: Quote) -> Quote {
        var joined = quote
        joined.fragments = [TextSpan(start: q.start, end: q.end)]
            + (quote.fragments.isEmpty ? [TextSpan(start: quote.start, end: quote.end)] : quote.fragments)
        joined.start = q.start
        return joined
    }

    /// The first token that ends after scalar `offset` (binary search).
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.end <= offset }
    }
}
