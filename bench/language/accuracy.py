#!/usr/bin/env python3
"""How often art-strip identifies the language of a text right, on texts of
at least 200 characters built from the development data.

    accuracy.py --bin DIR [--shared DIR]

Each file gives texts of one language (its records' `lang`, else the
language the file is for): a record's text when it is long enough, or
consecutive records joined until they are. The development data gives en,
de, fr, es, it and pt; bench/language/pud_texts.jsonl (built by
build_set.py from the PUD treebanks, in the repository) gives eleven more
languages and more Italian, so the evaluation runs without ../shared too. Prints per language the texts,
the share right, and what the wrong ones were called; the last line is the
overall share.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

# (path under data/, language when the records do not say)
SOURCES = [
    ("sentences/ewt.jsonl", "en"),
    ("quotes/polnear_train.jsonl", "en"),
    ("multilingual/sent_de_de_gsd_dev.jsonl", "de"),
    ("multilingual/ner_de_germeval14_dev.jsonl", "de"),
    ("multilingual/sent_fr_fr_gsd_dev.jsonl", "fr"),
    ("multilingual/sent_fr_fr_sequoia_train+dev.jsonl", "fr"),
    ("multilingual/sent_es_es_gsd_dev.jsonl", "es"),
    ("multilingual/ner_es_conll2002_dev.jsonl", "es"),
    ("multilingual/sent_pt_pt_bosque_dev.jsonl", "pt"),
    ("multilingual/ner_pt_uner_bosque_dev.jsonl", "pt"),
    ("multilingual/sent_golden_rules_de_fr_es_it.jsonl", None),
]
PUD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pud_texts.jsonl")
MIN_CHARS = 200
MAX_TEXTS = 300  # per file and language, so that no source dominates


def texts(path, default):
    """(language, text) pairs of at least MIN_CHARS characters."""
    pending = collections.defaultdict(list)
    counts = collections.Counter()
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            lang = r.get("lang") or default
            if not lang or not isinstance(r.get("text"), str):
                continue
            if counts[lang] >= MAX_TEXTS:
                continue
            pending[lang].append(r["text"])
            joined = " ".join(pending[lang])
            if len(joined) >= MIN_CHARS:
                out.append((lang, joined[:4000]))
                counts[lang] += 1
                pending[lang] = []
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--shared", default=None)
    args = ap.parse_args()
    items = []
    for rel, default in SOURCES:
        path = os.path.join(args.shared or "/nonexistent", "data", rel)
        if os.path.exists(path):
            items += texts(path, default)
    if not items:
        print("  (../shared not found: the PUD texts only)")
    items += texts(PUD, None)
    if not items:
        print("eval-language: no development data found; skipping")
        return 0
    data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for _, t in items).encode()
    done = subprocess.run([os.path.join(args.bin, "art-strip")], input=data, capture_output=True, check=True)
    got = [json.loads(line).get("lang") for line in done.stdout.splitlines()]
    by_lang = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    for (want, _), found in zip(items, got):
        row = by_lang[want]
        row[0] += 1
        if found == want:
            row[1] += 1
        else:
            row[2][str(found)] += 1
    total = right = 0
    for lang in sorted(by_lang):
        n, ok, wrong = by_lang[lang]
        total += n
        right += ok
        misses = ", ".join(f"{k} {v}" for k, v in wrong.most_common(4))
        print(f"  {lang}  {n:5d} texts  {ok / n:.4f} right" + (f"  (wrong: {misses})" if misses else ""))
    print(f"all {total} texts of >= {MIN_CHARS} characters: {right / total:.4f} identified right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
