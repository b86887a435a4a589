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
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, "unsupported PNG layout"
            channels = 4 if color == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, channels


def colours_and_ink(path):
    width, height, rows, channels = png_pixels(path)
    colours, ink = set(), 0
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            px = row[x:x + 3]
            colours.add(px)
            if px != b"\xff\xff\xff":
                ink += 1
    return len(colours), ink / max(1, (height // 4) * (width // 4))


def main():
    bindir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug")
    chromium = find_chromium()
    if not chromium:
        print("skipped: Chromium is not installed (apt-get install chromium)")
        print("0 passed, 0 failed, 1 skipped")
        return 0
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"])
    work = tempfile.mkdtemp(prefix="art-report-")
    failures, passed = [], 0

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(what)
            print("FAIL " + what)

    try:
        article = os.path.join(work, "article.html")
        pipeline = (
            "art-json --wrap examples/rferl-us-russia-security-talks.txt | art-strip | art-sentences "
            "| art-entities | art-quotes | art-json --to html > %s" % article
        )
        subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], check=True, env=env)
        sample = os.path.join(work, "sample.html")
        # A record whose text holds markup: it must show as text.
        hostile = os.path.join(work, "hostile.jsonl")
        with open(hostile, "w") as f:
            f.write('{"id":"x","title":"<b>bold</b>","text":"Hello <script>alert(1)</script> world."}\n')
        subprocess.run(
            ["bash", "-o", "pipefail", "-c",
             "cat examples/art-json/sample.jsonl %s | art-json --to html > %s" % (hostile, sample)],
            check=True, env=env)

        for name, page in (("article", article), ("sample", sample)):
            png = os.path.join(work, name + ".png")
            subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--window-size=1000,1400", "--screenshot=" + png, "file://" + page],
                check=True, capture_output=True, timeout=120)
            colours, ink = colours_and_ink(png)
            check(colours >= 8 and ink > 0.02, "%s: screenshot is blank (%d colours, %.1f%% ink)" % (name, colours, ink * 100))
            dom = subprocess.run(
                [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + page],
                check=True, capture_output=True, timeout=120).stdout.decode()
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
        shutil.rmtree(work, ignore_errors=True)
    print("%d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
