#!/usr/bin/env python3
"""art-fetch benchmark on loopback.

Starts art-fetch-bench-server (a SwiftNIO server on 127.0.0.1), then:

1. speed: N pages of ~20 KB with art-fetch --concurrency 64 --per-host 64,
   and the same URLs with `xargs -P 64 -n 1 curl`: pages/s, CPU per page,
   peak RSS, and the ratio;
2. faults: N URLs of /fault/K (10% fail: 404, 500 after retries, a
   connection closed without an answer, a body over --max-bytes, a redirect
   loop) plus 1% invalid URLs: exactly N records in input order, every
   failure with the right kind, every success identical to the page of
   run 1, and the retried 503s seen twice in the server's log.

Only 127.0.0.1 is contacted.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request


def run_measured(cmd, stdin_path, stdout_path):
    """Runs cmd; returns (wall seconds, cpu seconds, peak RSS in MB).

    Peak RSS comes from GNU time (wait4's figure would include the pages of
    the Python parent that forked the child); CPU from wait4.
    """
    rss_file = stdout_path + ".rss"
    shell_cmd = cmd if isinstance(cmd, str) else " ".join("'%s'" % a for a in cmd)
    wrapped = ["/usr/bin/time", "-f", "%M", "-o", rss_file, "sh", "-c", shell_cmd]
    with open(stdin_path, "rb") as fin, open(stdout_path, "wb") as fout:
        start = time.monotonic()
        proc = subprocess.Popen(wrapped, stdin=fin, stdout=fout, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
        if proc.returncode != 0:
            sys.exit("command failed (%d): %s\n%s" % (proc.returncode, cmd, err[-2000:]))
    with open(rss_file) as f:
        rss_kb = int(f.read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, rss_kb / 1024.0


def expected_kind(n):
    if n % 100 == 99:
        return "invalid_url"
    return {1: "http_status", 7: "http_status", 13: "connect", 17: "too_large", 23: "redirect_loop"}.get(n % 50)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release")
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--page-size", type=int, default=20000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--server-threads", type=int, default=1)
    ap.add_argument("--skip-curl", action="store_true")
    args = ap.parse_args()

    fetch = os.path.join(args.bin, "art-fetch")
    server_bin = os.path.join(args.bin, "art-fetch-bench-server")
    for b in (fetch, server_bin):
        if not os.path.exists(b):
            sys.exit("bench-fetch: %s not built (make release)" % b)
    server = subprocess.Popen(
        [server_bin, "--threads", str(args.server_threads), "--page-size", str(args.page_size)],
        stdout=subprocess.PIPE)
    port = int(server.stdout.readline())
    base = "http://127.0.0.1:%d" % port
    work = tempfile.mkdtemp(prefix="bench-fetch.")
    n = args.pages
    c = args.concurrency
    try:
        urls = os.path.join(work, "urls.txt")
        with open(urls, "w") as f:
            for i in range(n):
                f.write("%s/page/%d\n" % (base, i))
        # Warm up both (connections, page cache).
        subprocess.run("head -200 %s | %s --no-progress --concurrency %d --per-host %d > /dev/null" % (urls, fetch, c, c),
                       shell=True, check=True)

        out = os.path.join(work, "fetch.jsonl")
        cmd = [fetch, "--no-progress", "--concurrency", str(c), "--per-host", str(c)]
        wall, cpu, rss = run_measured(cmd, urls, out)
        pages = {}
        with open(out, encoding="utf-8") as f:
            lines = f.readlines()
        bad = 0
        for i, line in enumerate(lines):
            r = json.loads(line)
            if r.get("status") != 200 or "html" not in r or r["url"] != "%s/page/%d" % (base, i):
                bad += 1
            pages[i] = r.get("html")
        print("== art-fetch: %d pages of %d bytes from 127.0.0.1, --concurrency %d --per-host %d" % (n, args.page_size, c, c))
        print("art-fetch      %8.0f pages/s  %6.3f ms CPU/page  peak RSS %6.1f MB  (%d records, %d not 200 or out of order)"
              % (n / wall, cpu / n * 1000, rss, len(lines), bad))
        fetch_rate = n / wall
        if not args.skip_curl:
            curl_out = os.path.join(work, "curl.txt")
            curl_cmd = "xargs -P %d -n 1 curl -s -o /dev/null -w '%%{http_code}\\n'" % c
            cwall, ccpu, crss = run_measured(curl_cmd, urls, curl_out)
            with open(curl_out) as f:
                ok = sum(1 for l in f if l.strip() == "200")
            print("xargs -P %d curl %6.0f pages/s  %6.3f ms CPU/page  peak RSS %6.1f MB (largest process)  (%d answered 200)"
                  % (c, n / cwall, ccpu / n * 1000, crss, ok))
            print("ratio: art-fetch is %.1fx the pages/s of xargs -P %d curl (target >= 3x; target >= 5000 pages/s: %s)"
                  % (fetch_rate / (n / cwall), c, "met" if fetch_rate >= 5000 else "not met"))

        # The fault run.
        furls = os.path.join(work, "faults.txt")
        with open(furls, "w") as f:
            for i in range(n):
                f.write("http://[bad-%d/\n" % i if i % 100 == 99 else "%s/fault/%d\n" % (base, i))
        fout = os.path.join(work, "faults.jsonl")
        cmd = [fetch, "--no-progress", "--concurrency", str(c), "--per-host", str(c), "--max-bytes", "1000000",
               "--timeout", "10", "--retries", "2"]
        wall, cpu, rss = run_measured(cmd, furls, fout)
        with open(fout, encoding="utf-8") as f:
            records = [json.loads(l) for l in f]
        problems = []
        if len(records) != n:
            problems.append("%d records for %d URLs" % (len(records), n))
        kinds = {}
        for i, r in enumerate(records[:n]):
            want_url = "http://[bad-%d/" % i if i % 100 == 99 else "%s/fault/%d" % (base, i)
            if r.get("url") != want_url:
                problems.append("record %d is for %s, not %s" % (i, r.get("url"), want_url))
                continue
            got = r["errors"][0]["kind"] if r.get("errors") else None
            want = expected_kind(i)
            kinds[got] = kinds.get(got, 0) + 1
            if got != want:
                problems.append("record %d: kind %s, expected %s" % (i, got, want))
            elif want is None and pages.get(i) is not None and r.get("html") != pages[i]:
                problems.append("record %d: body differs from /page/%d" % (i, i))
        log = urllib.request.urlopen(base + "/__log").read().decode().split("\n")
        retried = sum(1 for i in range(n) if i % 50 in (3, 33) and i % 100 != 99)
        counts = {}
        for p in log:
            counts[p] = counts.get(p, 0) + 1
        seen_twice = sum(1 for p, k in counts.items() if p.startswith("/fault/") and int(p[7:]) % 50 in (3, 33) and k == 2)
        print("== fault run: %d URLs (10%% failing, 1%% invalid), --max-bytes 1000000 --retries 2" % n)
        print("records %d in input order: %s; kinds %s" % (len(records), "yes" if not any("is for" in p for p in problems) else "NO",
              ", ".join("%s=%d" % (k or "ok", v) for k, v in sorted(kinds.items(), key=lambda kv: str(kv[0])))))
        print("retried 503s seen twice in the server log: %d of %d; 500s requested 3 times: %d of %d" % (
            seen_twice, retried,
            sum(1 for p, k in counts.items() if p.startswith("/fault/") and int(p[7:]) % 50 == 7 and k == 3),
            sum(1 for i in range(n) if i % 50 == 7 and i % 100 != 99)))
        print("fault run: %.1f s, %s" % (wall, "all records correct" if not problems else "%d problems, first: %s" % (len(problems), problems[:5])))
        if problems:
            sys.exit(1)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
