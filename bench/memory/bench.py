#!/usr/bin/env python3
"""Peak memory of every filter on one record of 1 KB to 300 MB.

    bench.py --bin .build/release --data bench/data [--sizes 1e3,1e6,1e7,5e7,1e8,3e8]

Builds one record per size by repeating the texts of examples/ (HTML for
art-strip, text for the others), runs each filter on the record the stage
before it wrote (art-sentences, then art-entities on its output, then
art-quotes on that), and prints the peak RSS beside the record's size and
art(7)'s bound: ten times the record plus 64 MB. A record over
--max-record-bytes (256 MiB) must come back with a too_large error.
"""

import argparse
import glob
import html
import json
import os
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIMIT = 256 << 20


def example_texts():
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    text = json.loads(line).get("text")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if isinstance(text, str) and len(text) > 200:
                    texts.append(text)
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    return texts


def repeated(pieces, size):
    """Pieces joined by blank lines, repeated until `size` bytes (cut at a piece)."""
    out, total, i = [], 0, 0
    while total < size:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        total += len(piece.encode()) + 2
        i += 1
    return "\n\n".join(out)


def write_record(path, **fields):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": os.path.basename(path), **fields}, ensure_ascii=False) + "\n")


def run(cmd, src, dst):
    """Peak RSS in KB of `cmd` reading `src` into `dst`, and its exit status.

    Measured by time(1), which starts the command from a small process: a
    child forked from this one would count this interpreter's pages too."""
    with tempfile.NamedTemporaryFile("r") as report, open(src, "rb") as i, open(dst, "wb") as o:
        status = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, *cmd], stdin=i, stdout=o).returncode
        return int(report.read().split()[-1]), status


def record_bytes(path):
    with open(path, "rb") as f:
        return max(len(line) for line in f)


def error_kinds(path):
    with open(path, "rb") as f:
        return [e.get("kind") for line in f for e in json.loads(line).get("errors", [])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--data", default="bench/data")
    ap.add_argument("--sizes", default="1e3,1e6,1e7,5e7,1e8,3e8")
    args = ap.parse_args()
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("bench-memory: /usr/bin/time not found: install it with: sudo apt-get install time")
    texts = example_texts()
    if not texts:
        sys.exit("bench-memory: no example texts under examples/")
    work = os.path.join(args.data, "memory")
    os.makedirs(work, exist_ok=True)
    print(f"{'filter':14} {'record MB':>10} {'peak RSS MB':>12} {'bound MB':>9}  result")
    failed = 0
    for size in (int(float(s)) for s in args.sizes.split(",")):
        base = os.path.join(work, f"r{size}")
        text = repeated(texts, size)
        write_record(base + ".text.jsonl", text=text)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
        write_record(base + ".html.jsonl", html=f"<html><head><title>Bench</title></head><body><article>{paragraphs}</article></body></html>")
        del text, paragraphs
        stages = [
            ("art-strip", base + ".html.jsonl", base + ".strip.jsonl"),
            ("art-sentences", base + ".text.jsonl", base + ".sentences.jsonl"),
            ("art-entities", base + ".sentences.jsonl", base + ".entities.jsonl"),
            ("art-quotes", base + ".entities.jsonl", base + ".quotes.jsonl"),
            ("art-json", base + ".quotes.jsonl", base + ".json.jsonl"),
        ]
        for tool, src, dst in stages:
            rss, status = run([os.path.join(args.bin, tool)], src, dst)
            size_in = record_bytes(src)
            bound = 10 * size_in + (64 << 20)
            verdict = "ok" if rss * 1024 <= bound and status == 0 else "OVER" if status == 0 else f"exit {status}"
            if size_in > LIMIT and tool != "art-json":
                verdict += ", too_large" if "too_large" in error_kinds(dst) else ", NO too_large"
            failed += not verdict.startswith("ok") or "NO" in verdict
            print(f"{tool:14} {size_in / 1e6:10.1f} {rss / 1024:12.0f} {bound / 2**20:9.0f}  {verdict}")
        for path in glob.glob(base + ".*"):
            os.remove(path)
    print("bench-memory: every filter within its bound" if not failed else f"bench-memory: {failed} over the bound")


if __name__ == "__main__":
    main()
