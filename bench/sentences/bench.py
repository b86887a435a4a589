#!/usr/bin/env python3
"""bench-sentences: art-sentences against ICU's sentence BreakIterator and pySBD.

One run, same input: news-like JSON Lines (gen_news.py, >= 20 MB of text).
- art-sentences, end to end (JSON Lines in, JSON Lines out);
- icu_sentences (bench/sentences/icu_sentences.c: ICU BreakIterator,
  en@ss=standard), end to end on the same file;
- pySBD (from the benchmark venv) on a sample of the same records, in process.
Throughput is MB of article text per second (UTF-8), best of --repeat runs.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, stdin_path, repeat):
    """Best wall-clock and best CPU (user + system) seconds over `repeat` runs."""
    best_wall = best_cpu = None
    for _ in range(repeat):
        with open(stdin_path, "rb") as f, open(os.devnull, "wb") as out:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, stdin=f, stdout=out, check=True)
            wall = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    return best_wall, best_cpu


PYSBD_SCRIPT = r"""
import json, sys, time
import pysbd
seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
t = time.perf_counter()
c = time.process_time()
n = 0
for x in texts:
    n += len(seg.segment(x))
dt = time.perf_counter() - t
dc = time.process_time() - c
print(json.dumps({"seconds": dt, "cpu": dc, "bytes": sum(len(x.encode("utf-8")) for x in texts), "sentences": n}))
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="directory holding the release art-sentences")
    ap.add_argument("--python", required=True, help="the benchmark venv's python (with pysbd)")
    ap.add_argument("--data", default="bench/data", help="directory for the generated input")
    ap.add_argument("--out", default="bench/out", help="directory for the compiled ICU program")
    ap.add_argument("--mb", type=float, default=20.0, help="MB of text to generate (default 20)")
    ap.add_argument("--sample-mb", type=float, default=0.5, help="MB of text for pySBD (default 0.5)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per tool; the best counts (default 2)")
    args = ap.parse_args()

    os.makedirs(args.data, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)
    data = os.path.join(args.data, f"sentences-news-{args.mb:g}mb.jsonl")
    if not os.path.exists(data):
        with open(data + ".tmp", "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "gen_news.py"), "--mb", str(args.mb)], stdout=f, check=True)
        os.replace(data + ".tmp", data)
    text_bytes = 0
    sample = os.path.join(args.data, f"sentences-news-sample-{args.sample_mb:g}mb.jsonl")
    with open(data, encoding="utf-8") as f, open(sample, "w", encoding="utf-8") as s:
        sample_bytes = 0
        for line in f:
            n = len(json.loads(line)["text"].encode("utf-8"))
            text_bytes += n
            if sample_bytes < args.sample_mb * 1e6:
                s.write(line)
                sample_bytes += n

    icu = os.path.join(args.out, "icu_sentences")
    src = os.path.join(HERE, "icu_sentences.c")
    if not os.path.exists(icu) or os.path.getmtime(icu) < os.path.getmtime(src):
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-i18n", "icu-uc"], capture_output=True,
                               text=True, check=True).stdout.split()
        subprocess.run(["cc", "-O2", "-o", icu, src] + flags, check=True)

    art = os.path.join(args.bin, "art-sentences")
    mb = text_bytes / 1e6
    art_wall, art_cpu = timed([art], data, args.repeat)
    icu_wall, icu_cpu = timed([icu], data, args.repeat)
    r = subprocess.run([args.python, "-c", PYSBD_SCRIPT, sample], capture_output=True, text=True, check=True)
    py = json.loads(r.stdout)
    py_mb = py["bytes"] / 1e6
    print(f"input: {data} ({mb:.1f} MB of text; pySBD sample {py_mb:.2f} MB)")
    print("MB of text per second, wall clock and CPU (user+system); best of %d runs" % args.repeat)
    print(f"  art-sentences  wall {mb / art_wall:8.2f}  cpu {mb / art_cpu:8.2f}   (JSONL in -> JSONL out)")
    print(f"  ICU C program  wall {mb / icu_wall:8.2f}  cpu {mb / icu_cpu:8.2f}   (BreakIterator en@ss=standard, JSONL in -> out)")
    print(f"  pySBD          wall {py_mb / py['seconds']:8.3f}  cpu {py_mb / py['cpu']:8.3f}   (in process, on the sample)")
    print(f"ratio art/ICU    wall {icu_wall / art_wall:6.2f}x  cpu {icu_cpu / art_cpu:6.2f}x  (target >= 0.6)")
    print(f"ratio art/pySBD  wall {(mb / art_wall) / (py_mb / py['seconds']):6.0f}x  cpu {(mb / art_cpu) / (py_mb / py['cpu']):6.0f}x  (target >= 300)")

if __name__ == "__main__":
    main()
