#!/usr/bin/env python3
"""Render art-json's HTML report in headless Chromium and check it.

    screenshot.py BIN_DIR

Builds the report of the bundled example article (through the whole
pipeline) and of examples/art-json/sample.jsonl, takes a screenshot of each
with headless Chromium, checks that the picture is not blank, and checks
the DOM that Chromium parsed: entities highlighted with their types, quotes
with their speakers, the who-said-what table, and that markup inside an
article's text stays text. Skips, with a message, when Chromium is missing.
The last line is "N passed, N failed" (", N skipped" when skipped).
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Run, colours_and_ink  # noqa: E402


def main():
    run = Run.start("art-report-")
    if run is None:
        return 0
    check = run.check
    try:
        article = os.path.join(run.work, "article.html")
        run.shell(
            "art-json --wrap examples/rferl-us-russia-security-talks.txt | art-strip | art-sentences "
            "| art-entities | art-quotes | art-json --to html > %s" % article)
        sample = os.path.join(run.work, "sample.html")
        # A record whose text holds markup: it must show as text.
        hostile = os.path.join(run.work, "hostile.jsonl")
        with open(hostile, "w") as f:
            f.write('{"id":"x","title":"<b>bold</b>","text":"Hello <script>alert(1)</script> world."}\n')
        run.shell("cat examples/art-json/sample.jsonl %s | art-json --to html > %s" % (hostile, sample))

        for name, page in (("article", article), ("sample", sample)):
            png = os.path.join(run.work, name + ".png")
            run.screenshot(page, png)
            colours, ink = colours_and_ink(png)
            check(colours >= 8 and ink > 0.02, "%s: screenshot is blank (%d colours, %.1f%% ink)" % (name, colours, ink * 100))
            dom = run.dom(page)
            body = dom.split('aria-label="Legend"', 1)[-1].split("</section>", 1)[-1]  # after the legend
            ents = re.findall(r'<span class="ent" data-type="([A-Z]+)"[^>]*>([^<]*)', body)
            said = re.findall(r'<span class="said"[^>]*>— ([^<]*)</span>', body)
            if name == "article":
                types = {t for t, _ in ents}
                check({"PERSON", "ORG", "LOC", "DATE"} <= types, "article: entity types highlighted: %s" % sorted(types))
                check(any("Ryabkov" in text for t, text in ents if t == "PERSON"), "article: Ryabkov highlighted as a person")
                check(len(said) >= 3, "article: at least three quotes with their speakers (found %d)" % len(said))
                check("<h3>Who said what</h3>" in dom and dom.count("<tr>") >= 4, "article: who-said-what table")
            else:
                check(("PERSON", "Ana Ruiz") in ents and ("LOC", "Valparaíso") in ents, "sample: entities with types")
                check(said == ["Ana Ruiz", "officials"], "sample: speakers beside quotes: %s" % said)
                check('<nav class="toc">' in dom and dom.count('href="#article-') == 3, "sample: table of contents")
                check("<script>alert" not in dom and "&lt;script&gt;alert(1)&lt;/script&gt;" in dom,
                      "sample: markup in a text is shown as text")
                check("<b>bold</b>" not in dom, "sample: markup in a title is shown as text")
    finally:
        return_code = run.finish()
    return return_code


if __name__ == "__main__":
    sys.exit(main())
