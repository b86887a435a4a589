#!/usr/bin/env python3
"""art-json --stats throughput on annotated JSON Lines, and --duplicates
memory per million distinct records.

    bench_stats.py --bin .build/release [--megabytes 256] [--dup-records 1000000]

Annotated input: the invented stories of Tests/cli/fixtures/art-json/
syndication.py and the bundled article, run through art-sentences,
art-entities and art-quotes, then repeated up to --megabytes with a site out
of 300, a month out of 36 and, in half the copies, person names and speakers
made distinct, so that the top lists overflow their sketches as a large
corpus's would. Prints MB/s of `art-json --stats` (and `--stats --to text`)
against plain validation (`art-json` passing records through), best of
three, by wall-clock and by CPU time.

Memory: --dup-records records of distinct random text piped into
`art-json --duplicates`; its peak RSS against that of 1,000 records, per
million records.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "cli", "fixtures", "art-json"))
import syndication  # noqa: E402


def annotated_base(bin_dir):
    texts = [r["text"] for r in syndication.build()]
    with open(os.path.join(ROOT, "examples", "rferl-us-russia-security-talks.txt"), encoding="utf-8") as f:
        texts.append(f.read())
    raw = "".join(json.dumps({"id": i, "lang": "en", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    tool = lambda name: os.path.join(bin_dir, name)
    out = subprocess.run(
        f"'{tool('art-sentences')}' | '{tool('art-entities')}' | '{tool('art-quotes')}'",
        shell=True, input=raw.encode(), capture_output=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def repeated(base, megabytes, path):
    rng = random.Random(7)
    size, copy = 0, 0
    with open(path, "w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            for r in base:
                r = dict(r, id=f"{r['id']}-{copy}", site=f"site{rng.randrange(300)}.example",
                         date=f"{2024 + rng.randrange(3)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}")
                if copy % 2:
                    tail = f" {copy % 1000}"
                    r["entities"] = [dict(e, canonical=e["canonical"] + tail) if e["type"] == "PERSON" else e for e in r.get("entities", [])]
                    r["quotes"] = [dict(q, speaker=dict(q["speaker"], canonical=q["speaker"]["canonical"] + tail)) if q.get("speaker") else q
                                   for q in r.get("quotes", [])]
                line = json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                out.write(line)
                size += len(line.encode())
            copy += 1
    return size


def best_seconds(cmd, runs=3):
    """Best wall time and best CPU time (user + system) of `runs` runs: on a
    shared machine the CPU time is the steadier figure."""
    wall = cpu = None
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            sys.exit(f"bench-stats: {' '.join(cmd)} exited with {p.returncode}")
        elapsed = time.perf_counter() - t
        used = usage.ru_utime + usage.ru_stime
        wall = elapsed if wall is None else min(wall, elapsed)
        cpu = used if cpu is None else min(cpu, used)
    return wall, cpu


def duplicates_rss(art_json, records):
    """Peak RSS in KB of art-json --duplicates over `records` distinct texts."""
    rng = random.Random(records)
    vocabulary = [f"w{i}" for i in range(20000)]
    p = subprocess.Popen([art_json, "--duplicates"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    batch = []
    for i in range(records):
        batch.append('{"id":%d,"text":"%s"}\n' % (i, " ".join(rng.choices(vocabulary, k=80))))
        if len(batch) == 1000:
            p.stdin.write("".join(batch).encode())
            batch = []
    p.stdin.write("".join(batch).encode())
    p.stdin.close()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench-stats: art-json --duplicates exited with {p.returncode}")
    return usage.ru_maxrss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--megabytes", type=int, default=256)
    ap.add_argument("--dup-records", type=int, default=1_000_000)
    args = ap.parse_args()
    art_json = os.path.join(args.bin, "art-json")

    base = annotated_base(args.bin)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "annotated.jsonl")
        size = repeated(base, args.megabytes, path)
        mb = size / 1_000_000
        print(f"bench-stats: {mb:.0f} MB of annotated JSON Lines ({size // sum(1 for _ in open(path, 'rb'))} bytes a record)")
        for label, cmd in [("art-json (validate, pass through)", [art_json, path]),
                           ("art-json --stats", [art_json, "--stats", path]),
                           ("art-json --stats --to text", [art_json, "--stats", "--to", "text", path])]:
            wall, cpu = best_seconds(cmd)
            print(f"  {label:36} {mb / wall:7.0f} MB/s wall-clock, {mb / cpu:7.0f} MB/s CPU")
        stats = json.loads(subprocess.run([art_json, "--stats", path], capture_output=True, check=True).stdout)
        print(f"  approximate lists: {', '.join(stats['approximate']) or 'none'}")

    if args.dup_records:
        # The first run's peak is the baseline: the program, its libraries and buffers.
        small = duplicates_rss(art_json, 1000)
        large = duplicates_rss(art_json, args.dup_records)
        # Bytes a record is also MB per million records.
        per_record = (large - small) * 1024 / args.dup_records
        print(f"bench-stats: art-json --duplicates peak RSS {small / 1024:.0f} MB for 1,000 records, "
              f"{large / 1024:.0f} MB for {args.dup_records:,} distinct records: "
              f"{per_record:.0f} bytes a record, {per_record:.0f} MB per million")


if __name__ == "__main__":
    main()
