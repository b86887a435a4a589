#!/usr/bin/env python3
"""art-fetch against a loopback server that misbehaves: exactly one record
out per URL in, in input order, each with its page or an `errors` entry.

    fetch_faults.py --bin DIR [--urls N] [--concurrency C]

The server (this script, on 127.0.0.1, a free port) answers /N by N modulo
the fault list: a good page, a connection reset before any answer, a stall
past --timeout, garbage header lines, a 5xx burst, a body dripped one byte
at a time, a Content-Length longer than the body, invalid gzip, a redirect
to file:///etc/passwd (must be refused), a redirect to a data: URL. Bad URL
lines are mixed in too. The last line is "N passed, N failed".
"""

import argparse
import http.server
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time

FAULTS = ["ok", "reset", "ok", "garbage", "ok", "5xx", "ok", "drip", "short", "ok",
          "badgzip", "to-file", "ok", "to-data", "stall", "ok", "html-nul", "empty", "ok", "ok"]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stall = 3.0

    def log_message(self, *args):
        pass

    def do_GET(self):
        try:
            n = int(self.path.strip("/").split("?")[0])
        except ValueError:
            n = 0
        fault = FAULTS[n % len(FAULTS)]
        body = f"<html><head><title>Page {n}</title></head><body><p>Page number {n}. It is fine.</p></body></html>".encode()
        w = self.wfile
        if fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if fault == "stall":
            time.sleep(self.stall)
            self.close_connection = True
            return
        if fault == "garbage":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\x00\xff\xfe: \x01\r\n:::\r\nContent-Length: 5\r\n\r\nhello")
            self.close_connection = True
            return
        if fault == "5xx":
            self.send_response(503 if n % 3 else 500)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if fault == "short":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n" + body)
            w.flush()
            self.close_connection = True
            return
        if fault == "badgzip":
            w.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 20\r\n\r\n" + b"\x1f\x8b\x08\x00not gzip at all!"[:20])
            self.close_connection = True
            return
        if fault in ("to-file", "to-data"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd" if fault == "to-file" else "data:text/html,<p>x</p>")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if fault == "empty":
            body = b""
        if fault == "html-nul":
            body = b"<p>nul \x00 byte and \xff\xfe bad bytes</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if fault == "drip":
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for i in range(0, len(body), 8):
                w.write(body[i:i + 8])
                w.flush()
                time.sleep(0.01)
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        w.write(body)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def handle_error(self, request, client_address):
        pass  # resets and timeouts on our own faults are expected


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--urls", type=int, default=10000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--timeout", type=float, default=1.0)
    ap.add_argument("--limit", type=float, default=900, help="seconds allowed for the whole run")
    args = ap.parse_args()
    Handler.stall = args.timeout * 3
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    urls = []
    for i in range(args.urls):
        if i % 97 == 13:
            urls.append(["not a url", "http://", "http://[::1", "ftp://127.0.0.1/x", "file:///etc/passwd"][i % 5])
        else:
            urls.append(f"http://127.0.0.1:{port}/{i}")
    # file:///etc/passwd given on input is read: the user asked for it. Only
    # a redirect must never lead there.
    data = "".join(u + "\n" for u in urls).encode()
    cmd = [os.path.join(args.bin, "art-fetch"), "--concurrency", str(args.concurrency), "--per-host", str(args.concurrency),
           "--timeout", str(args.timeout), "--retries", "1", "--no-progress"]
    started = time.monotonic()
    try:
        p = subprocess.run(cmd, input=data, capture_output=True, timeout=args.limit)
    except subprocess.TimeoutExpired:
        print(f"FAIL art-fetch still running after {args.limit} s (a hang)")
        print("0 passed, 1 failed")
        sys.exit(1)
    seconds = time.monotonic() - started
    failures = []
    lines = p.stdout.split(b"\n")[:-1]
    if len(lines) != len(urls):
        failures.append(f"{len(lines)} records out for {len(urls)} URLs")
    kinds = {}
    for n, (line, url) in enumerate(zip(lines, urls)):
        try:
            r = json.loads(line)
        except ValueError:
            failures.append(f"record {n + 1} is not JSON")
            continue
        if r.get("url") != url:
            failures.append(f"record {n + 1} is for {r.get('url')!r}, expected {url!r} (order)")
            break
        errs = r.get("errors") or []
        if not errs and "html" not in r and "text" not in r:
            failures.append(f"record {n + 1} ({url}) has neither a page nor an error")
        for e in errs:
            kinds[e.get("kind")] = kinds.get(e.get("kind"), 0) + 1
        content = (r.get("html") or "") + (r.get("text") or "")
        if url.startswith("http") and "root:" in content:
            failures.append(f"record {n + 1} ({url}): a local file was read: {content[:80]!r}")
    if p.returncode not in (0, 1):
        failures.append(f"exit status {p.returncode}: {p.stderr.decode(errors='replace')[-300:]}")
    print(f"art-fetch: {len(urls)} URLs -> {len(lines)} records in {seconds:.1f} s, exit {p.returncode}; error kinds {kinds}")
    for f in failures[:20]:
        print("FAIL " + f)
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    server.shutdown()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
