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
            pending = nil
            if let last = out.last, last.type != .direct, last.speaker != nil, endsParagraph(last, para - 1) {
                out[out.count - 1] = appending(q, to: last)
            } else {
                pending = (q, para)
            }
        }
        if let p = pending { out.append(p.quote) }
        return out
    }

    /// The paragraph of a direct quote with no attribution of its own that
    /// is its paragraph's only text, or nil for any other quote.
    func bareParagraph(_ q: Quote) -> Int? {
        guard q.type == .direct, q.cue == nil, q.fragments.isEmpty else { return nil }
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

    /// Whether quote `q` is the last of paragraph `para`: at most its
    /// attribution follows it there (`…,” Clinton said.`).
    func endsParagraph(_ q: Quote, _ para: Int) -> Bool {
        let last = firstToken(atOrAfter: q.end) - 1
        guard last >= 0, tokens[last].para == para else { return false }
        var k = last + 1
        var words = 0
        while k < tokens.count && tokens[k].para == para {
            if tokens[k].kind == .quote && !used[k] { return false }
            if isWord(k) { words += 1 }
            k += 1
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
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
