#!/usr/bin/env python3
"""Core throughput and memory, side by side in one run.

    bench.py --bin .build/release --data bench/data [--megabytes 200] [--rss-gigabytes 1]

Times `cat`, `jq -c .`, `art-json` (validate and pass through) and a splice
(decode each record's `text`, add a field) on the same JSON Lines file, best
of three runs each, reading the file and then through a pipe as in a
pipeline; prints MB/s by wall-clock and by CPU time, and the ratios; then
the peak RSS of `art-json` on a stream of about 1 GB.
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, path, runs=3, pipe=False):
    """Best wall time and best CPU time (user + system) of `runs` runs.

    Reads the file directly, or through a pipe from cat when `pipe` (as a
    filter reads in a pipeline); the CPU time is the command's own."""
    best_wall = best_cpu = None
    for _ in range(runs):
        with open(os.devnull, "wb") as dst:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            if pipe:
                feeder = subprocess.Popen(["cat", path], stdout=subprocess.PIPE)
                subprocess.run(cmd, stdin=feeder.stdout, stdout=dst, check=True)
                feeder.stdout.close()
                feeder.wait()
                feeder_cpu = None
            else:
                with open(path, "rb") as src:
                    subprocess.run(cmd, stdin=src, stdout=dst, check=True)
            wall = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    return best_wall, best_cpu


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

    for pipe in (False, True):
        how = "through a pipe from cat" if pipe else "reading the file"
        print("core throughput on %s (%.0f MB), %s, best of 3" % (path, size_mb, how))
        print("  %-45s %12s %12s" % ("", "wall MB/s", "CPU MB/s"))
        results = {}
        for name, cmd in rows:
            wall, cpu = timed(cmd, path, runs=1 if name.startswith("jq") else 3, pipe=pipe)
            results[name] = (size_mb / wall, size_mb / max(cpu, 1e-9))
            print("  %-45s %12.1f %12.1f" % (name, results[name][0], results[name][1]))
        ours = results["art-json (pass-through)"]
        for other in ("cat", "jq -c ."):
            if other in results:
                print("  art-json / %-10s wall %6.2fx   CPU %6.2fx" % (
                    other, ours[0] / results[other][0], ours[1] / results[other][1]))
        spliced = results["art-splice-bench (read text, add a field)"]
        print("  splice / cat          wall %6.2fx   CPU %6.2fx" % (
            spliced[0] / results["cat"][0], spliced[1] / results["cat"][1]))
        print()

    copies = max(1, int(round(args.rss_gigabytes * 1e3 / size_mb)))
    stream = "for i in $(seq %d); do cat %s; done" % (copies, path)
    rss = peak_rss_kb("%s | %s > /dev/null" % (stream, art_json))
    print("  art-json peak RSS on a %.1f GB stream: %.1f MB" % (copies * size_mb / 1e3, rss / 1024))
    rss = peak_rss_kb("%s | %s > /dev/null" % (stream, splice))
    print("  splice peak RSS on the same stream:   %.1f MB" % (rss / 1024))
    print("(CPU MB/s divides by the command's own user + system time: it is the\n figure to read when other work shares the machine)")


if __name__ == "__main__":
    main()
