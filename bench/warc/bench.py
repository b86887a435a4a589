#!/usr/bin/env python3
"""art-fetch --warc beside gzip -dc on the same gzipped WARC.

Writes (once) bench/data/warc/news.warc.gz: a warcinfo record and N
response records of news-like HTML pages (~8 KB each, text drawn from a
few hundred paragraphs), one gzip member per record as Common Crawl writes
them. Then times, best of 3, with the output to /dev/null:

    gzip -dc FILE
    art-fetch --warc FILE          (one thread)
    art-fetch -j J --warc FILE     (J = the number of processors)

and prints wall and CPU seconds, peak RSS, and the ratio of art-fetch's wall
time to gzip -dc's. A last run checks that every response came out.
"""

import argparse
import os
import random
import subprocess
import sys
import time
import zlib

WORDS = (
    "the of and to in a is that for on was with he it as at by this had from but not are or have an they which one "
    "you were her all she there would their we him been has when who will more no if out so said what up its about "
    "into than them can only other new some could time these two may then do first any my now such like our over "
    "council minister police city government year people report market week company said today officials court "
    "election vote budget school hospital river bridge harbour train station mayor president league match season"
).split()


def paragraphs(rng, count):
    out = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(40, 110))]
        words[0] = words[0].capitalize()
        out.append(" ".join(words) + ".")
    return out


def page(rng, n, paras):
    nav = "".join('<li><a href="/section/%d">Section %d</a></li>' % (i, i) for i in range(40))
    body = "".join("<p>%s</p>\n" % rng.choice(paras) for _ in range(rng.randint(8, 16)))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story %d</title>'
        '<link rel="stylesheet" href="/site.css"></head><body><nav><ul>%s</ul></nav>'
        '<article><h1>Story number %d</h1><p class="byline">By A. Reporter, 1 May 2024</p>\n%s</article>'
        "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>" % (n, nav, n, body)
    )


def record(warc_type, uri, block, content_type):
    head = (
        "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
        % (warc_type, uri, zlib.crc32(uri.encode()) % 10**8, content_type, len(block))
    )
    return head.encode() + block + b"\r\n\r\n"


def gzip_member(data):
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    return z.compress(data) + z.flush()


def generate(path, records):
    rng = random.Random(23)
    paras = paragraphs(rng, 600)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(gzip_member(record("warcinfo", "", b"software: bench/warc/bench.py\r\n", "application/warc-fields")))
        for n in range(records):
            html = page(rng, n, paras).encode()
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: %d\r\n\r\n" % len(html)
            uri = "https://news.example.org/2024/05/01/story-%d" % n
            f.write(gzip_member(record("response", uri, http + html, "application/http; msgtype=response")))
    os.replace(tmp, path)


def run_measured(cmd):
    """(wall seconds, CPU seconds, peak RSS in MB) of cmd, output to /dev/null."""
    rss_file = "/tmp/bench-warc.rss.%d" % os.getpid()
    wrapped = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd
    with open(os.devnull, "wb") as devnull:
        start = time.monotonic()
        proc = subprocess.Popen(wrapped, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), err[-2000:]))
    with open(rss_file) as f:
        rss = int(f.read().split()[-1]) / 1024.0
    os.unlink(rss_file)
    return wall, usage.ru_utime + usage.ru_stime, rss


def best_of(cmd, runs):
    results = [run_measured(cmd) for _ in range(runs)]
    return min(results, key=lambda r: r[0])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--data", default="bench/data/warc")
    args = ap.parse_args()

    os.makedirs(args.data, exist_ok=True)
    path = os.path.join(args.data, "news-%d.warc.gz" % args.records)
    if not os.path.exists(path):
        print("bench-warc: writing %s" % path)
        generate(path, args.records)
    art = os.path.join(args.bin, "art-fetch")
    jobs = os.cpu_count() or 1
    size = os.path.getsize(path) / 1e6
    print("== art-fetch --warc beside gzip -dc: %s (%d records, %.1f MB), best of %d" % (path, args.records, size, args.runs))
    gzip = best_of(["gzip", "-dc", path], args.runs)
    rows = [("gzip -dc", gzip)]
    rows.append(("art-fetch --warc", best_of([art, "--warc", path], args.runs)))
    if jobs > 1:
        rows.append(("art-fetch -j %d --warc" % jobs, best_of([art, "-j", str(jobs), "--warc", path], args.runs)))
    print("%-24s %8s %8s %8s %10s" % ("command", "wall s", "CPU s", "RSS MB", "wall/gzip"))
    for name, (wall, cpu, rss) in rows:
        print("%-24s %8.3f %8.3f %8.1f %10.2f" % (name, wall, cpu, rss, wall / gzip[0]))

    out = subprocess.run([art, "-j", str(jobs), "--warc", path], capture_output=True, check=True).stdout
    lines = out.count(b"\n")
    if lines != args.records:
        sys.exit("bench-warc: %d records out, %d expected" % (lines, args.records))
    print("all %d responses out" % lines)


if __name__ == "__main__":
    main()
