#!/usr/bin/env python3
"""art-strip against trafilatura on the same pages, one process each.

Usage: bench.py --bin DIR --python VENV_PYTHON --pages DIR [--truth FILE] [--repeat N]

For each tool: wall time of the whole process (start-up and I/O included),
pages per second, peak resident memory (from /usr/bin/time -v), and the
ratio of art-strip's pages/s to each trafilatura mode. art-strip also runs
with -j 2 to show the scaling. With --truth, each output's text F1 is
scored with score_extraction.py next to the truth file's tools folder.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def make_input(pages, path):
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(pages)):
            if name.endswith(".html"):
                with open(os.path.join(pages, name), encoding="utf-8", errors="replace") as f:
                    out.write(json.dumps({"id": name[:-5], "html": f.read()}, ensure_ascii=False) + "\n")
                n += 1
    return n


def timed(cmd, stdin_path, stdout_path):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, CPU seconds, peak RSS KiB, stderr)."""
    with open(stdin_path, "rb") as i, open(stdout_path, "wb") as o:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdin=i, stdout=o, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode != 0:
        sys.exit(f"bench-strip: {' '.join(cmd)} failed ({p.returncode}):\n{err}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    # User plus system time: the figure that holds when the other cores are busy.
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", err))
    return wall, cpu, int(m.group(1)) if m else 0, err


def f1(scorer, truth, pred):
    if not (scorer and truth):
        return ""
    out = subprocess.run([sys.executable, scorer, truth, pred, "--bootstrap", "0"], capture_output=True, text=True)
    m = re.search(r"^F1 ([0-9.]+)", out.stdout, re.M)
    return m.group(1) if m else "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--python", required=True)
    ap.add_argument("--pages", required=True)
    ap.add_argument("--truth")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    scorer = None
    if args.truth:
        scorer = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(args.truth)))),
                              "tools", "score_extraction.py")
        if not os.path.exists(scorer):
            scorer = None
    tmp = tempfile.mkdtemp(prefix="bench-strip-")
    pages_in = os.path.join(tmp, "pages.jsonl")
    n = make_input(args.pages, pages_in)
    size = os.path.getsize(pages_in) / 1e6
    print(f"bench-strip: {n} pages, {size:.1f} MB of records")

    strip = os.path.join(args.bin, "art-strip")
    traf = [args.python, os.path.join(HERE, "run_trafilatura.py")]
    runs = [
        ("art-strip -j 1", [strip, "--drop-html", "-j", "1"], args.repeat),
        ("art-strip -j 2", [strip, "--drop-html", "-j", "2"], args.repeat),
        ("trafilatura fast=True", traf + ["--fast"], 1),
        ("trafilatura default", traf, 1),
    ]
    results = {}
    cpu_results = {}
    print(f"{'tool':<24}{'wall s':>9}{'pages/s':>10}{'CPU s':>9}{'pages/CPU s':>13}{'peak RSS MB':>13}{'text F1':>9}")
    for name, cmd, repeat in runs:
        out = os.path.join(tmp, re.sub(r"\W+", "_", name) + ".jsonl")
        best = None
        for _ in range(repeat):
            wall, cpu, rss, _ = timed(cmd, pages_in, out)
            if best is None or wall < best[0]:
                best = (wall, rss)
            # The best of each measure on its own: a run slowed by a busy machine says nothing.
            cpu_results[name] = max(cpu_results.get(name, 0), n / max(cpu, 1e-3))
        wall, rss = best
        results[name] = n / wall
        print(f"{name:<24}{wall:>9.2f}{n / wall:>10.1f}{n / cpu_results[name]:>9.2f}{cpu_results[name]:>13.1f}"
              f"{rss / 1024:>13.1f}{f1(scorer, args.truth, out):>9}")
    a1 = results["art-strip -j 1"]
    c1 = cpu_results["art-strip -j 1"]
    for mode in ("fast=True", "default"):
        other = "trafilatura " + mode
        print(f"art-strip -j 1 vs {other + ':':<22} {a1 / results[other]:.1f}x pages/s (wall), "
              f"{c1 / cpu_results[other]:.1f}x pages/CPU s")
    print(f"art-strip -j 2 vs -j 1: {results['art-strip -j 2'] / a1:.2f}x")


if __name__ == "__main__":
    main()
