#!/usr/bin/env python3
"""Extract the main text of every {"id", "html"} record on stdin with
trafilatura, in this one process, and write {"id", "text"} records.

Usage: run_trafilatura.py [--fast] < pages.jsonl > out.jsonl
Prints the extraction time (imports excluded) on stderr as "seconds S".
"""
import json
import sys
import time

import trafilatura


def main():
    fast = "--fast" in sys.argv[1:]
    records = [json.loads(line) for line in sys.stdin if line.strip()]
    start = time.perf_counter()
    out = []
    for r in records:
        text = trafilatura.extract(r["html"], fast=fast) if fast else trafilatura.extract(r["html"])
        out.append({"id": r["id"], "text": text or ""})
    elapsed = time.perf_counter() - start
    for o in out:
        sys.stdout.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"seconds {elapsed:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()
