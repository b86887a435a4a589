#!/usr/bin/env python3
"""Write the records of a NER gold file whose source annotates all four name
types (PER, ORG, LOC, MISC): the fair subset for scoring MISC.

    subset.py GOLD.jsonl OUT.jsonl
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        if not line.strip():
            continue
        r = json.loads(line)
        if set(r.get("annotated_types", [])) >= {"PER", "ORG", "LOC", "MISC"}:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
