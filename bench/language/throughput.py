#!/usr/bin/env python3
"""Throughput of the annotating filters per language, beside English's.

    throughput.py --bin .build/release --shared ../shared [--megabytes 4]

For each language, the texts of its entity and sentence development files
(English: ner/dev.jsonl and sentences/ewt.jsonl; Italian, which has none:
its PUD texts in bench/language/pud_texts.jsonl) are joined into records of
about ARTICLE_CHARS characters, a news article's length, so that no
language gains or loses by the size of its records, and repeated up to
--megabytes, with `lang` set as art-strip sets it;
art-sentences, then art-entities on its output, then art-quotes on that,
each timed by CPU seconds (time(1)). Prints MB of text per CPU second and
the ratio to English (the target: no filter below 80% of its English speed
on its languages), and the share of records a filter marked
unsupported_language (fast for the wrong reason). The last column is
art-sentences on the same records without `lang`, identifying each text
itself, as it does when art-strip is not upstream.
"""

import argparse
import glob
import json
import os
import resource
import subprocess
import sys

FILES = {
    "en": ["ner/dev.jsonl", "sentences/ewt.jsonl"],
    "de": ["multilingual/ner_de_germeval14_dev.jsonl", "multilingual/sent_de_de_gsd_dev.jsonl"],
    "fr": ["multilingual/ner_fr_enp_FR.bnf_train.jsonl", "multilingual/sent_fr_fr_gsd_dev.jsonl"],
    "es": ["multilingual/ner_es_conll2002_dev.jsonl", "multilingual/sent_es_es_gsd_dev.jsonl"],
    "it": ["multilingual/sent_golden_rules_de_fr_es_it.jsonl", "pud"],
    "pt": ["multilingual/ner_pt_uner_bosque_dev.jsonl", "multilingual/sent_pt_pt_bosque_dev.jsonl"],
}
STAGES = ["art-sentences", "art-entities", "art-quotes"]
ARTICLE_CHARS = 3000
PUD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pud_texts.jsonl")


def texts(shared, lang):
    out = []
    for name in FILES[lang]:
        with open(PUD if name == "pud" else os.path.join(shared, "data", name), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("lang", lang) in (lang, None) and isinstance(r.get("text"), str) and r["text"].strip():
                    out.append(r["text"])
    articles, pending = [], []
    for t in out:
        pending.append(t)
        if sum(map(len, pending)) >= ARTICLE_CHARS:
            articles.append("\n\n".join(pending))
            pending = []
    return articles or ["\n\n".join(pending)]


def cpu_seconds(cmd, src, dst):
    """The least CPU seconds (user + system, from the kernel's accounting,
    not time(1)'s hundredths) of three runs."""
    best = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(src, "rb") as i, open(dst, "wb") as o:
            subprocess.run(cmd, stdin=i, stdout=o, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = seconds if best is None else min(best, seconds)
    return best


def refused_share(path):
    refused = total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            total += 1
            refused += any(e.get("kind") == "unsupported_language" for e in json.loads(line).get("errors", []))
    return refused / max(total, 1)


def without_lang(src, dst):
    with open(src, encoding="utf-8") as i, open(dst, "w", encoding="utf-8") as o:
        for line in i:
            r = json.loads(line)
            r.pop("lang", None)
            o.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--megabytes", type=float, default=8)
    ap.add_argument("--work", default="bench/data/languages")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    rates = {}
    print(f"{'language':9}" + "".join(f"{t:>30}" for t in STAGES) + f"{'art-sentences, no lang':>26}")
    for lang in FILES:
        pieces = texts(args.shared, lang)
        base = os.path.join(args.work, lang)
        size = 0
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            i = 0
            while size < args.megabytes * 1e6:
                t = pieces[i % len(pieces)]
                f.write(json.dumps({"id": f"{lang}-{i}", "lang": lang, "text": t}, ensure_ascii=False) + "\n")
                size += len(t.encode())
                i += 1
        cells = []
        src = base + ".jsonl"
        for tool in STAGES:
            dst = f"{base}.{tool}.jsonl"
            rate = size / 1e6 / max(cpu_seconds([os.path.join(args.bin, tool)], src, dst), 1e-6)
            rates[(lang, tool)] = rate
            ratio = rate / rates[("en", tool)]
            share = refused_share(dst)
            note = f" ({share:.0%} unsupp.)" if share else ""
            cells.append(f"{rate:7.1f} MB/s {ratio:4.2f}x{note}")
            src = dst
        without_lang(base + ".jsonl", base + ".bare.jsonl")
        rate = size / 1e6 / max(cpu_seconds([os.path.join(args.bin, "art-sentences")], base + ".bare.jsonl", base + ".out"), 1e-6)
        rates[(lang, "identify")] = rate
        cells.append(f"{rate:7.1f} MB/s {rate / rates[('en', 'identify')]:4.2f}x")
        print(f"{lang:9}" + "".join(f"{c:>30}" for c in cells[:-1]) + f"{cells[-1]:>26}")
        for path in glob.glob(base + ".*"):
            os.remove(path)
    print("MB of text per CPU second; the ratio is to English (target >= 0.80 where the filter supports the language)")


if __name__ == "__main__":
    main()
