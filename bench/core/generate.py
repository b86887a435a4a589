#!/usr/bin/env python3
"""Write article-like JSON Lines for the benchmarks: long `html` and `text`
fields with escapes and non-ASCII text, and nested span arrays.

    generate.py MEGABYTES OUT.jsonl [--seed N]
"""

import json
import random
import sys

# Mostly English news vocabulary with the non-ASCII a real corpus has:
# typographic quotes and dashes, accented names, currency and some words in
# other scripts.
WORDS = (
    "the talks officials said would on in of and to a security Geneva Moscow Washington minister "
    "agreement nuclear arms control Ukraine border troops spokesperson meeting January December "
    "president government week year percent people state told reporters after before during with "
    "from that this their about more than million billion police court election vote party leader "
    "Kyiv’s “quoted” — – café Zürich São Paulo Müller €20 5.3% $4.2bn"
).split()
FOREIGN = "переговоры Москва безопасность 東京 北京 会談 安全保障 😀 ✓ résumé naïve".split()


def sentence(rng, foreign):
    n = rng.randint(6, 28)
    words = [rng.choice(FOREIGN if foreign and rng.random() < 0.6 else WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", ".", ".", "?", "!\""])


def record(rng, i):
    # One article in ten is mostly in another script.
    foreign = i % 10 == 9
    paragraphs = []
    for _ in range(rng.randint(8, 20)):
        paragraphs.append(" ".join(sentence(rng, foreign) for _ in range(rng.randint(2, 6))))
    text = "\n\n".join(paragraphs)
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article %d</title>'
        '<script>var x = "a\\tb"; if (a < b) { c(); }</script></head><body><div class="article">' % i
        + "".join("<p>%s</p>\n" % p for p in paragraphs)
        + "</div></body></html>"
    )
    sentences, start = [], 0
    for p in paragraphs:
        start = text.index(p, start)
        sentences.append({"start": start, "end": start + len(p)})
        start += len(p)
    return {
        "id": "doc-%06d" % i,
        "url": "https://news.example.org/%d/article-%d.html" % (2020 + i % 5, i),
        "title": sentence(rng, foreign),
        "html": html,
        "text": text,
        "sentences": sentences,
        "tags": ["politics", "world", {"weight": rng.random()}],
    }


def main():
    megabytes = float(sys.argv[1])
    out = sys.argv[2]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--seed" else 0
    rng = random.Random(seed)
    limit = int(megabytes * 1e6)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        i = 0
        while written < limit:
            # One record in five written the way Python writes JSON by default,
            # with every non-ASCII character as a \\u escape.
            line = json.dumps(record(rng, i), ensure_ascii=(i % 5 == 0), separators=(",", ":")) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    print("%s: %d records, %.1f MB" % (out, i, written / 1e6))


if __name__ == "__main__":
    main()
