#!/usr/bin/env python3
"""Extract the main text of every {"id", "html"} record on stdin (with its
"url" when it has one) with trafilatura, in this one process, and write
{"id", "text"} records.

Usage: run_trafilatura.py [--fast] [--metadata] < pages.jsonl > out.jsonl

--metadata adds trafilatura's metadata under art-strip's field names, so the
same scorers read both: title, authors (its "A; B" split), date, site,
description (no lang: trafilatura only filters by language). The text is
extract()'s either way.
Prints the extraction time (imports excluded) on stderr as "seconds S".
"""
import json
import sys
import time

import trafilatura
from trafilatura.metadata import extract_metadata


def metadata(html, url):
    m = extract_metadata(html, default_url=url)
    return {
        "title": m.title,
        "authors": [a.strip() for a in (m.author or "").split(";") if a.strip()],
        "date": m.date,
        "site": m.sitename,
        "description": m.description,
    }


def main():
    args = sys.argv[1:]
    fast = "--fast" in args
    with_metadata = "--metadata" in args
    records = [json.loads(line) for line in sys.stdin if line.strip()]
    start = time.perf_counter()
    out = []
    for r in records:
        url = r.get("url")
        text = trafilatura.extract(r["html"], url=url, fast=fast) if fast else trafilatura.extract(r["html"], url=url)
        o = {"id": r["id"], "text": text or ""}
        if with_metadata:
            o.update(metadata(r["html"], url))
        out.append(o)
    elapsed = time.perf_counter() - start
    for o in out:
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"seconds {elapsed:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()
