#!/usr/bin/env python3
"""Scores of several extractors' outputs on the same pages, side by side.

Usage:
  side_by_side.py wcxb --truth TRUTH --scorer score_wcxb.py NAME=OUT.jsonl ...
  side_by_side.py extraction --truth TRUTH --scorer score_extraction.py NAME=OUT.jsonl ...

wcxb runs score_wcxb.py on each output: text F1, precision, recall, empty
texts, then title, authors and date (accuracy, and coverage: the share of
labelled pages given a value). extraction runs score_extraction.py (text F1,
P, R) and score_metadata.py, beside this script (agreement per field; "-"
for a field the output never has).
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"side_by_side: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return p.stdout


def number(pattern, text):
    m = re.search(pattern, text, re.M)
    return m.group(1) if m else "?"


def wcxb_rows(scorer, truth, out):
    s = run([sys.executable, scorer, truth, out])
    rows = [
        ("pages", number(r"^pages\s+(\d+)", s)),
        ("text F1", number(r"^text\s+F1 ([0-9.]+)", s)),
        ("  precision", number(r"^text\s.*\bP ([0-9.]+)", s)),
        ("  recall", number(r"^text\s.*\bR ([0-9.]+)", s)),
        ("  empty text (pages)", number(r"empty text (\d+)", s)),
    ]
    for label, field in [("title (exact)", r"title \(exact\)"), ("authors (set F1)", r"authors \(set F1\)"),
                         ("date (day)", r"date \(day\)")]:
        m = re.search(r"^" + field + r"\s+\d+\s+([0-9.]+)\s+([0-9.]+)", s, re.M)
        rows.append((label, m.group(2) if m else "?"))
        rows.append(("  coverage", m.group(1) if m else "?"))
    return rows


def extraction_rows(scorer, truth, out):
    s = run([sys.executable, scorer, truth, out, "--bootstrap", "0"])
    rows = [(label, number(r"^" + key + r"\s+([0-9.]+)", s))
            for label, key in [("pages", "pages"), ("text F1", "f1"), ("  precision", "precision"), ("  recall", "recall")]]
    m = run([sys.executable, os.path.join(HERE, "score_metadata.py"), truth, out])
    with open(out, encoding="utf-8") as f:
        given = set().union(*(json.loads(line).keys() for line in f if line.strip()))
    for field, key in [("title", "title"), ("byline", "authors"), ("date", "date"), ("site", "site"),
                       ("lang", "lang"), ("description", "description")]:
        value = number(r"^" + field + r"\s+agreement ([0-9.]+)", m) if key in given else "-"
        rows.append((field + " (agreement)", value))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=["wcxb", "extraction"])
    ap.add_argument("--truth", required=True)
    ap.add_argument("--scorer", required=True)
    ap.add_argument("outputs", nargs="+", metavar="NAME=OUT.jsonl")
    args = ap.parse_args()
    rows_of = wcxb_rows if args.set == "wcxb" else extraction_rows
    names, columns = [], []
    for spec in args.outputs:
        name, _, path = spec.partition("=")
        names.append(name)
        columns.append(rows_of(args.scorer, args.truth, path))
    width = max(len(label) for label, _ in columns[0])
    print(" " * width + "".join(f"  {n:>12}" for n in names))
    for k, (label, _) in enumerate(columns[0]):
        print(f"{label:<{width}}" + "".join(f"  {c[k][1]:>12}" for c in columns))


if __name__ == "__main__":
    main()
