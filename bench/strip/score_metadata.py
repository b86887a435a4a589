#!/usr/bin/env python3
"""Metadata agreement of art-strip output with the extraction truth set.

Usage: score_metadata.py truth.jsonl predictions.jsonl

For each field, over the pages whose truth has a value (not null, not empty):
  title        predicted `title` equals truth `title` (case and white space folded)
  byline       predicted `authors` is not empty and every name's words occur in
               truth `byline` (which is one free-form string)
  date         predicted `date` and truth `published_time` give the same day
  site         predicted `site` equals truth `site_name` (folded)
  lang         predicted `lang` equals truth `lang` (folded)
  description  predicted `description` equals truth `excerpt` (folded)
It also counts pages where the truth has no value but art-strip gives one
("extra"), which is not necessarily wrong: the truth set misses many values.
"""
import json
import re
import sys

WORD = re.compile(r"\w+")


def fold(s):
    return " ".join((s or "").split()).casefold()


def words(s):
    return WORD.findall((s or "").casefold())


def day(s):
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", s or "")
    return m.groups() if m else None


def agree(field, t, p):
    if field == "title":
        return fold(t["title"]) == fold(p.get("title"))
    if field == "byline":
        names = p.get("authors") or []
        bw = set(words(t["byline"]))
        return bool(names) and all(words(n) and set(words(n)) <= bw for n in names)
    if field == "date":
        return day(t["published_time"]) is not None and day(t["published_time"]) == day(p.get("date"))
    if field == "site":
        return fold(t["site_name"]) == fold(p.get("site"))
    if field == "lang":
        return fold(t["lang"]) == fold(p.get("lang"))
    if field == "description":
        return fold(t["excerpt"]) == fold(p.get("description"))
    raise ValueError(field)


FIELDS = [("title", "title", "title"), ("byline", "byline", "authors"), ("date", "published_time", "date"),
          ("site", "site_name", "site"), ("lang", "lang", "lang"), ("description", "excerpt", "description")]


def main():
    truth = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                truth[str(o["id"])] = o
    pred = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                pred[str(o.get("id"))] = o
    for name, tkey, pkey in FIELDS:
        n = ok = extra = 0
        for pid, t in truth.items():
            p = pred.get(pid, {})
            if t.get(tkey):
                n += 1
                ok += agree(name, t, p)
            elif p.get(pkey):
                extra += 1
        rate = ok / n if n else 0.0
        print(f"{name:<12} agreement {rate:.3f}  ({ok}/{n} pages with a true value; {extra} extra values)")


if __name__ == "__main__":
    main()
