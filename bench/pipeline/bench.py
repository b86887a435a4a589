#!/usr/bin/env python3
"""The whole pipeline against the Python stack, side by side in one run.

    bench.py --bin .build/release --python bench/venv/bin/python --pages DIR [--records 5000]

Runs `art-strip | art-sentences | art-entities | art-quotes` and the Python
stack (trafilatura -> spaCy small -> textacy, python_stack.py) on the same
pages, and prints CPU seconds, the ratio, and the peak RSS of each stage.
Then runs the pipeline on a larger set (the pages repeated, with distinct
ids, to --records) at -j 1 and -j 2: wall seconds and articles per second.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STAGES = ["art-strip", "art-sentences", "art-entities", "art-quotes"]


def page_records(folder):
    records = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".html"):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                records.append({"id": name[:-5], "html": f.read()})
    return records


def write_records(path, records, count):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            r = records[i % len(records)]
            f.write(json.dumps({"id": f"{r['id']}-{i}", "html": r["html"]}, ensure_ascii=False) + "\n")


def pipeline(bindir, src, dst, jobs):
    """Runs the four stages as one pipe; per stage (CPU seconds, peak RSS KB), and the wall seconds.

    Each stage runs under time(1): a child forked from this script would
    count the script's pages in its peak RSS."""
    reports = [tempfile.NamedTemporaryFile("r") for _ in STAGES]
    start = time.perf_counter()
    procs = []
    with open(src, "rb") as first, open(dst, "wb") as last:
        stdin = first
        for i, tool in enumerate(STAGES):
            out = last if i == len(STAGES) - 1 else subprocess.PIPE
            cmd = ["/usr/bin/time", "-f", "%U %S %M", "-o", reports[i].name, os.path.join(bindir, tool), "-j", str(jobs)]
            p = subprocess.Popen(cmd, stdin=stdin, stdout=out)
            if stdin is not first:
                stdin.close()
            stdin = p.stdout
            procs.append(p)
        for tool, p in zip(STAGES, procs):
            if p.wait() != 0:
                sys.exit(f"bench-pipeline: {tool} exited with {p.returncode}")
    wall = time.perf_counter() - start
    stats = []
    for report in reports:
        user, system, rss = report.read().split()[-3:]
        stats.append((float(user) + float(system), int(rss)))
        report.close()
    return stats, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--python", default="bench/venv/bin/python")
    ap.add_argument("--pages", required=True)
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--work", default="bench/data/pipeline")
    args = ap.parse_args()
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("bench-pipeline: /usr/bin/time not found: install it with: sudo apt-get install time")
    os.makedirs(args.work, exist_ok=True)
    records = page_records(args.pages)
    base = os.path.join(args.work, "pages.jsonl")
    write_records(base, records, len(records))

    stats, wall = pipeline(args.bin, base, os.path.join(args.work, "pages.out.jsonl"), 1)
    art_cpu = sum(s for s, _ in stats)
    with open(base, "rb") as src:
        run = subprocess.run([args.python, os.path.join(HERE, "python_stack.py")], stdin=src, capture_output=True, check=True)
    peer = json.loads(run.stdout)
    print(f"== pipeline on {len(records)} pages: art-strip | art-sentences | art-entities | art-quotes")
    print(f"{'stage':16} {'CPU s':>8} {'peak RSS MB':>12}")
    for tool, (cpu, rss) in zip(STAGES, stats):
        print(f"{tool:16} {cpu:8.3f} {rss / 1024:12.1f}")
    print(f"{'art, all stages':16} {art_cpu:8.3f}   (wall {wall:.2f} s)")
    print(f"{'python stack':16} {peer['seconds']:8.3f}   (trafilatura {peer['strip_seconds']:.2f} s, spaCy + textacy {peer['nlp_seconds']:.2f} s)")
    print(f"CPU ratio (python stack / art): {peer['seconds'] / art_cpu:.0f}x (target >= 100x)")

    big = os.path.join(args.work, f"pages-{args.records}.jsonl")
    write_records(big, records, args.records)
    print(f"== pipeline on {args.records} records (the pages repeated, distinct ids)")
    for jobs in (1, 2):
        stats, wall = pipeline(args.bin, big, os.path.join(args.work, "big.out.jsonl"), jobs)
        cpu = sum(s for s, _ in stats)
        rss = ", ".join(f"{t[4:]} {r / 1024:.0f}" for t, (_, r) in zip(STAGES, stats))
        print(f"-j {jobs}: wall {wall:6.2f} s, CPU {cpu:6.2f} s, {args.records / wall:6.0f} articles/s (peak RSS MB: {rss})")
    print("target: >= 600 articles/s at -j 2")


if __name__ == "__main__":
    main()
