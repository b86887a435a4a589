#!/usr/bin/env python3
"""Render art-json's corpus report (--to html --corpus) in headless Chromium
and check it by the DOM Chromium parsed.

    corpus_report.py BIN_DIR

The corpus: the bundled articles of examples/art-quotes (English, German,
French, Spanish) and the example article, each twice under another id, one
copy with another headline (a reprint), through art-sentences, art-entities,
art-quotes --gender and art-json --duplicates. Checks: every chart is an
inline SVG with one bar per row of the table beside it; the counts add up;
the speakers' names link to sections that exist and hold their quotes; the
reprints are counted; no script and no address outside the page; a
screenshot is not blank. Skips, with a message, when Chromium is missing.
The last line is "N passed, N failed" (", N skipped" when skipped).
"""

import html.parser
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Run, colours_and_ink  # noqa: E402


class Page(html.parser.HTMLParser):
    """The sections of the page with their SVG bars and table rows."""

    def __init__(self):
        super().__init__()
        self.sections, self.stack, self.ids, self.links = {}, [], set(), []
        self.scripts = self.external = 0
        self.in_td, self.row = False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "section" and "id" in a:
            self.stack.append(a["id"])
            self.sections.setdefault(a["id"], {"rects": 0, "rows": [], "svg": 0, "items": 0})
        current = self.sections[self.stack[-1]] if self.stack else None
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            if a.get(key, "").startswith(("http:", "https:", "//")):
                self.external += 1
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if current is None:
            return
        if tag == "svg":
            current["svg"] += 1
        elif tag == "rect":
            current["rects"] += 1
        elif tag == "tr":
            self.row = []
        elif tag == "td":
            self.in_td = True
            if self.row is not None:
                self.row.append("")
        elif tag == "li":
            current["items"] += 1

    def handle_endtag(self, tag):
        if tag == "section" and self.stack:
            self.stack.pop()
        elif tag == "td":
            self.in_td = False
        elif tag == "tr" and self.row and self.stack:
            self.sections[self.stack[-1]]["rows"].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.in_td and self.row:
            self.row[-1] += data


def main():
    run = Run.start("art-corpus-report-")
    if run is None:
        return 0
    check, work = run.check, run.work

    corpus = os.path.join(work, "corpus.jsonl")
    with open(corpus, "w", encoding="utf-8") as out:
        n = 0
        for path in ("examples/art-quotes/articles.jsonl", "examples/art-quotes/multilingual.jsonl"):
            for line in open(path, encoding="utf-8"):
                r = json.loads(line)
                for copy in range(2):
                    n += 1
                    month = "2026-0%d-15" % (1 + n % 3)
                    text = r["text"] if copy == 0 else "A new headline for the reprint\n\n" + r["text"]
                    lang = {"energie": "de", "hopital": "fr", "vivienda": "es"}.get(r.get("id"), "en")
                    out.write(json.dumps({"id": "a%d" % n, "site": "site%d.example" % (copy + 1), "date": month, "lang": lang,
                                          "text": text},
                                         ensure_ascii=False) + "\n")
    page = os.path.join(work, "corpus.html")
    pipeline = ("art-sentences %s | art-entities -q | art-quotes --gender | art-json --duplicates "
                "| tee %s/annotated.jsonl | art-json --to html --corpus > %s" % (corpus, work, page))
    run.shell(pipeline)
    stats = json.loads(subprocess.run(["art-json", "--stats", os.path.join(work, "annotated.jsonl")],
                                      check=True, capture_output=True, env=run.env).stdout)
    dom = run.dom(page)
    parsed = Page()
    parsed.feed(dom)
    s = parsed.sections

    for chart in ("quotes-per-month", "articles-per-month", "speakers-by-gender", "top-speakers", "top-person",
                  "articles-per-site", "articles-per-language", "duplicates"):
        check(chart in s, "the page has the chart %s" % chart)
        if chart in s:
            check(s[chart]["svg"] == 1 and s[chart]["rects"] == len(s[chart]["rows"]) > 0,
                  "%s: one SVG, one bar per table row (%d bars, %d rows)" % (chart, s[chart]["rects"], len(s[chart]["rows"])))
    if "quotes-per-month" in s:
        total = sum(int(r[1]) for r in s["quotes-per-month"]["rows"])
        check(total == stats["quotes"]["total"], "quotes per month add up to the quotes (%d, %d)" % (total, stats["quotes"]["total"]))
    if "articles-per-site" in s:
        check(sorted(r[0] for r in s["articles-per-site"]["rows"]) == ["site1.example", "site2.example"], "articles per site")
    if "duplicates" in s:
        copies = [r for r in s["duplicates"]["rows"] if r[0].startswith("near-copies")]
        check(copies and int(copies[0][1]) == stats["duplicates"] == n // 2,
              "the reprints are counted as copies (%s, %d)" % (copies, stats["duplicates"]))
    if "articles-per-language" in s:
        check(sorted(r[0] for r in s["articles-per-language"]["rows"]) == ["de", "en", "es", "fr"], "articles per language")
    if "speakers-by-gender" in s:
        genders = {r[0] for r in s["speakers-by-gender"]["rows"]}
        check({"female", "male"} <= genders, "speakers by gender: %s" % sorted(genders))
    speaker_links = [l for l in parsed.links if l.startswith("speaker-")]
    check(len(speaker_links) == len(s.get("top-speakers", {}).get("rows", [])) > 0, "every top speaker is a link")
    check(all(l in parsed.ids for l in speaker_links), "every speaker link has its section")
    check(all(s[l]["items"] >= 1 for l in speaker_links if l in s), "every linked speaker shows a quote")
    check(parsed.scripts == 0 and parsed.external == 0, "no script and no outside address (%d, %d)" % (parsed.scripts, parsed.external))

    png = os.path.join(work, "corpus.png")
    run.screenshot(page, png)
    colours, ink = colours_and_ink(png)
    check(colours >= 4 and ink > 0.02, "screenshot is not blank (%d colours, %.1f%% ink)" % (colours, ink * 100))
    return run.finish()


if __name__ == "__main__":
    sys.exit(main())
