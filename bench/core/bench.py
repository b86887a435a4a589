#!/usr/bin/env python3
"""Core throughput and memory, side by side in one run.

    bench.py --bin .build/release --data bench/data [--megabytes 200] [--rss-gigabytes 1]

Times `cat`, `jq -c .`, `art-json` (validate and pass through) and a splice
(decode each record's `text`, add a field) on the same JSON Lines file, best
of three runs each, and prints MB/s and the ratios; then the peak RSS of
`art-json` on a stream of about 1 GB.
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, path, runs=3):
    best = None
    for _ in range(runs):
        with open(path, "rb") as src, open(os.devnull, "wb") as dst:
            t = time.perf_counter()
            subprocess.run(cmd, stdin=src, stdout=dst, check=True)
            elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    return best


def peak_rss_kb(shell_cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(["bash", "-o", "pipefail", "-c", shell_cmd], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--data", default="bench/data")
    ap.add_argument("--megabytes", type=float, default=200)
    ap.add_argument("--rss-gigabytes", type=float, default=1)
    args = ap.parse_args()
    os.makedirs(args.data, exist_ok=True)
    path = os.path.join(args.data, "core-%dMB.jsonl" % args.megabytes)
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(args.megabytes), path], check=True)
    size_mb = os.path.getsize(path) / 1e6
    art_json = os.path.join(args.bin, "art-json")
    splice = os.path.join(args.bin, "art-splice-bench")

    rows = [("cat", ["cat"])]
    if shutil.which("jq"):
        rows.append(("jq -c .", ["jq", "-c", "."]))
    else:
        print("(jq not installed: skipped; apt-get install jq)")
    rows += [("art-json (pass-through)", [art_json]), ("art-splice-bench (read text, add a field)", [splice])]

    print("core throughput on %s (%.0f MB), best of 3" % (path, size_mb))
    results = {}
    for name, cmd in rows:
        seconds = timed(cmd, path, runs=1 if name.startswith("jq") else 3)
        results[name] = size_mb / seconds
        print("  %-45s %9.1f MB/s" % (name, results[name]))
    cat = results["cat"]
    ours = results["art-json (pass-through)"]
    print("  art-json / cat            %.2f" % (ours / cat))
    if "jq -c ." in results:
        print("  art-json / jq -c .        %.1fx" % (ours / results["jq -c ."]))
    print("  splice / cat              %.2f" % (results["art-splice-bench (read text, add a field)"] / cat))

    copies = max(1, int(round(args.rss_gigabytes * 1e3 / size_mb)))
    stream = "for i in $(seq %d); do cat %s; done" % (copies, path)
    rss = peak_rss_kb("%s | %s > /dev/null" % (stream, art_json))
    print("  art-json peak RSS on a %.1f GB stream: %.1f MB" % (copies * size_mb / 1e3, rss / 1024))
    rss = peak_rss_kb("%s | %s > /dev/null" % (stream, splice))
    print("  splice peak RSS on the same stream:   %.1f MB" % (rss / 1024))


if __name__ == "__main__":
    main()
