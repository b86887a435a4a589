#!/usr/bin/env python3
"""Benchmark art-quotes against textacy's direct_quotations (spaCy en_core_web_sm).

Both read the same article texts. art-quotes runs on the JSON Lines of the
texts (repeated so that the run is long enough to time); textacy parses each
text with spaCy's small English model, loaded by path, and extracts direct
quotations. Prints articles/s, MB/s and the speed ratio.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

PEER = r'''
import glob, json, os, sys, time
import spacy, textacy.extract
import site
paths = []
for d in site.getsitepackages():
    paths += glob.glob(os.path.join(d, "en_core_web_sm*", "**", "config.cfg"), recursive=True)
if not paths:
    sys.exit("en_core_web_sm model not found")
model = os.path.dirname(sorted(paths, key=len)[-1])
nlp = spacy.load(model)
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp(texts[0])
t = time.perf_counter()
n = 0
for doc in nlp.pipe(texts, batch_size=16):
    try:
        n += sum(1 for _ in textacy.extract.direct_quotations(doc))
    except ValueError:
        pass  # textacy gives up on a document with an unclosed quotation mark

print(json.dumps({"seconds": time.perf_counter() - t, "quotes": n, "model": os.path.basename(model)}))
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--python", default="bench/venv/bin/python")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=200, help="articles for both tools")
    ap.add_argument("--repeat", type=int, default=30, help="copies of the input for art-quotes")
    args = ap.parse_args()

    data = os.path.join(args.shared, "data", "quotes", "polnear_train.jsonl")
    texts = []
    if os.path.exists(data):
        with open(data, encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["text"])
                if len(texts) >= args.articles:
                    break
        source = f"{len(texts)} PolNeAR train articles"
    else:
        with open("examples/rferl-us-russia-security-talks.txt", encoding="utf-8") as f:
            texts = [f.read()] * 20
        source = "the example article x20 (../shared not found)"
    nbytes = sum(len(t.encode("utf-8")) for t in texts)

    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "one.jsonl")
        many = os.path.join(tmp, "many.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            for t in texts:
                f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
        with open(one, "rb") as f:
            block = f.read()
        with open(many, "wb") as f:
            for _ in range(args.repeat):
                f.write(block)
        exe = os.path.join(args.bin, "art-quotes")
        results = {}
        for jobs in (1, 2):
            best = None
            for _ in range(3):
                t = time.perf_counter()
                subprocess.run([exe, "-j", str(jobs), many], check=True, stdout=subprocess.DEVNULL)
                dt = time.perf_counter() - t
                best = dt if best is None else min(best, dt)
            results[jobs] = best
        out = subprocess.run([exe, one], check=True, capture_output=True, text=True).stdout
        ours = sum(len(json.loads(l)["quotes"]) for l in out.splitlines())

        peer = subprocess.run([args.python, "-c", PEER, one], capture_output=True, text=True)
        if peer.returncode != 0:
            sys.stderr.write(peer.stderr)
            sys.exit("bench-quotes: textacy run failed")
        p = json.loads(peer.stdout.strip().splitlines()[-1])

    n = len(texts)
    mb = nbytes / 1e6
    print(f"== art-quotes vs textacy direct_quotations ({source}, {mb:.2f} MB)")
    print(f"{'tool':32} {'articles/s':>12} {'MB/s':>9} {'quotes':>8}")
    for jobs, dt in results.items():
        rate = n * args.repeat / dt
        print(f"{'art-quotes -j ' + str(jobs):32} {rate:12.1f} {mb * args.repeat / dt:9.3f} {ours:8d}")
    prate = n / p["seconds"]
    print(f"{'textacy + ' + p['model']:32} {prate:12.1f} {mb / p['seconds']:9.3f} {p['quotes']:8d}")
    print(f"speed ratio (art-quotes -j 1 / textacy): {n * args.repeat / results[1] / prate:.0f}x (target >= 100x)")


if __name__ == "__main__":
    main()
