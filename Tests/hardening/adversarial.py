#!/usr/bin/env python3
"""Adversarial inputs through every filter: no crash, no hang, no lost record,
every bad line named.

    adversarial.py --bin DIR --quick      # the fast subset (make test-hardening)
    adversarial.py --bin DIR              # everything (make adversarial): adds
                                          # 1,000,000 tiny records, a 100 MB
                                          # record, a 1 GB stream (RSS per filter)
    adversarial.py --bin DIR --only NAME  # one case (see --list)
    adversarial.py --emit gigabyte [--gigabytes G]   # write the stream to stdout

Every input is generated here, on the fly; nothing big is kept in the
repository. Each case runs each filter with a time bound and checks: the exit
status, that every good record comes out (in order, once), that every bad
line is named on standard error as "tool: <stdin>:LINE: reason", and that
nothing else is printed. Signals, pipes and a full disk are checked too:
"filter | head -1" is quiet, SIGINT/SIGTERM flush what is complete and exit
130/143, /dev/full gives exit 3 and a message, a stream cut in the middle of
a record names the line. Peak resident memory is taken from wait4(2).

Each failure is printed as "FAIL case tool: reason" with the command to
reproduce it; the last line is "N passed, N failed".
"""

import argparse
import json
import os
import random
import re
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The field each filter reads; art-fetch passes records without "url" on.
FIELD = {
    "art-json": "text",
    "art-fetch": "text",
    "art-strip": "html",
    "art-sentences": "text",
    "art-entities": "text",
    "art-quotes": "text",
}
TOOLS = list(FIELD)
TEXT_TOOLS = ["art-strip", "art-sentences", "art-entities", "art-quotes"]
PARALLEL = ["art-strip", "art-sentences", "art-entities", "art-quotes"]


class Failure(Exception):
    pass


class Result:
    def __init__(self, status, stdout, stderr, seconds, rss_kb):
        self.status, self.stdout, self.stderr = status, stdout, stderr
        self.seconds, self.rss_kb = seconds, rss_kb


def run(bin_dir, tool, args, data, timeout, keep_stdout=True):
    """Runs one filter on `data` (bytes, or an iterable of byte chunks);
    returns its status (negative: killed by that signal), output, standard
    error, wall time and peak RSS. A run over `timeout` seconds is a hang."""
    cmd, rss_file = timed([os.path.join(bin_dir, tool)] + args)
    started = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    out_parts, err_parts = [], []
    counts = {"bytes": 0, "lines": 0, "last": b""}

    def reader(stream, parts, count):
        while True:
            chunk = stream.read(1 << 20)
            if not chunk:
                return
            if count:
                counts["bytes"] += len(chunk)
                counts["lines"] += chunk.count(b"\n")
                counts["last"] = chunk[-1:]
            if not count or keep_stdout:
                parts.append(chunk)

    t1 = threading.Thread(target=reader, args=(p.stdout, out_parts, True), daemon=True)
    t2 = threading.Thread(target=reader, args=(p.stderr, err_parts, False), daemon=True)
    t1.start()
    t2.start()

    def writer():
        try:
            if isinstance(data, (bytes, bytearray)):
                p.stdin.write(data)
            else:
                for chunk in data:
                    p.stdin.write(chunk)
        except (BrokenPipeError, ValueError):
            pass
        finally:
            try:
                p.stdin.close()
            except BrokenPipeError:
                pass

    t3 = threading.Thread(target=writer, daemon=True)
    t3.start()
    deadline = started + timeout
    status = rss = None
    while True:
        pid, st, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            status = os.waitstatus_to_exitcode(st)
            rss = usage.ru_maxrss
            p.returncode = status
            break
        if time.monotonic() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            _, st, usage = os.wait4(p.pid, 0)
            p.returncode = -9
            raise Failure(f"no answer after {timeout} s (a hang?); killed")
        time.sleep(0.02)
    t1.join(30)
    t2.join(30)
    t3.join(5)
    res = Result(status, b"".join(out_parts), b"".join(err_parts), time.monotonic() - started, peak_rss(rss_file, rss))
    res.counts = counts
    return res


def timed(cmd):
    """Runs `cmd` under GNU time when there is one: the peak RSS that wait4
    gives for a child of this (large) Python process would include the
    parent's pages that the child had before exec."""
    if not os.access("/usr/bin/time", os.X_OK):
        return cmd, None
    fd, path = tempfile.mkstemp(prefix="art-rss-")
    os.close(fd)
    return ["/usr/bin/time", "-q", "-f", "%M", "-o", path] + cmd, path


def peak_rss(path, fallback):
    """Peak RSS in kB, from GNU time's file (removed) or wait4's figure."""
    if not path:
        return fallback
    try:
        with open(path) as f:
            lines = [l for l in f.read().split() if l.isdigit()]
        return int(lines[-1]) if lines else fallback
    except OSError:
        return fallback
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


def record(i, field, value, **extra):
    r = {"id": i, field: value}
    r.update(extra)
    return json.dumps(r, ensure_ascii=False).encode() + b"\n"


def check_records(tool, res, expected_ids, bad_lines=(), reject_reason=None):
    """Status, every good record out once and in order, every bad line named."""
    want_status = 1 if bad_lines else 0
    if res.status < 0:
        raise Failure(f"killed by signal {-res.status}: {tail(res.stderr)}")
    if res.status != want_status:
        raise Failure(f"exit status {res.status}, expected {want_status}: {tail(res.stderr)}")
    lines = res.stdout.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    else:
        raise Failure("output does not end with a line break")
    ids = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise Failure(f"output line {n} is not JSON: {e}")
        if not isinstance(obj, dict):
            raise Failure(f"output line {n} is not an object")
        ids.append(obj.get("id"))
    if ids != list(expected_ids):
        missing = [i for i in expected_ids if i not in set(ids)]
        raise Failure(f"records out {len(ids)}, expected {len(expected_ids)}; missing ids {missing[:5]}")
    errs = res.stderr.decode("utf-8", "replace").splitlines()
    named = set()
    for e in errs:
        m = re.match(rf"^{re.escape(tool)}: <stdin>:(\d+): \S", e)
        if not m:
            raise Failure(f"unexpected text on standard error: {e[:200]!r}")
        named.add(int(m.group(1)))
    if named != set(bad_lines):
        raise Failure(f"bad lines named {sorted(named)}, expected {sorted(bad_lines)}")
    return lines


def tail(b, n=300):
    s = b.decode("utf-8", "replace").strip()
    return s[-n:] if s else "(no message)"


# ---------------------------------------------------------------- inputs

def malformed_lines():
    """The kinds of bad line of Tests/cli/fixtures/art-json/malformed.py and
    more: (good?, bytes). Good ones get an id."""
    L = []
    add = lambda good, b: L.append((good, b))
    add(True, b'{"id":1,"text":"Hello, world."}')
    add(False, b"hello world")
    add(False, b"[1,2,3]")
    add(False, b"42")
    add(False, b'"just a string"')
    add(False, b'{"id":2,"text":"cut off')
    add(False, b'{"id":3} trailing')
    add(True, b'{"id":4,"text":"windows line"}\r')
    add(False, b'{"text":"caf\xe9"}')  # Latin-1 byte
    add(False, b'{"text":"\\ud800 alone"}')  # lone high surrogate escape
    add(False, b'{"text":"\\udc00 alone"}')  # lone low surrogate escape
    add(False, b'{"text":"\\ud800\\u0041"}')  # high surrogate, then not a low one
    add(False, b'{"text":"a\x00b"}')  # NUL byte in a string
    add(False, b'{"text":"ab"}\x00')  # NUL byte after the object
    add(False, b'{"text":"\xc0\x80"}')  # overlong NUL
    add(False, b'{"text":"\xed\xa0\x80"}')  # a surrogate encoded in UTF-8
    add(False, b'{"text":"\xf4\x90\x80\x80"}')  # beyond U+10FFFF
    add(False, b'{"text":"\xe2\x82"}')  # truncated sequence
    add(False, b'{"text":"\xff\xfe"}')  # bytes never in UTF-8
    add(False, b'{"a":' + b"[" * 100000 + b"]" * 100000 + b"}")  # 100,000-deep nesting
    add(False, b'{"a":' + b'{"b":' * 100000 + b"1" + b"}" * 100000 + b"}")
    add(False, b'{"text":"' + b"x" * 5000 + b'"}')  # over --max-line-bytes 4096
    add(False, b'{"id":5,"id":6}')  # duplicate keys
    add(False, b'{"id":5,"\\u0069d":6}')  # duplicate keys, one escaped
    add(True, b"{}")
    add(True, b"   ")  # blank: skipped, still counted
    add(True, '{"id":"é","text":"日本語 😀 e\u0301","n":[1.5e3,-0,true,null]}'.encode())
    add(False, b'{"a":1,}')
    add(False, b"{'a':1}")
    add(False, b'{"a":"tab\there"}')
    add(False, b'{"a":01}')  # leading zero
    add(False, b'{"a":1.}')
    add(False, b'{"a":-}')
    add(False, b'{"a":NaN}')
    add(False, b'{"a":"\\x41"}')  # bad escape
    add(False, b'{"a":"\\u12"}')  # short \u escape
    add(False, b'{"a" 1}')
    add(False, b"{")
    add(False, b"}")
    add(True, b'{"text":"\\ud83d\\ude00 escaped pair","x":{"y":[{"z":"\\u00e9"}]}}')
    add(True, b'{"text":"nested but shallow","x":' + b"[" * 400 + b"]" * 400 + b"}")
    add(True, b'{"text":"\\u0000 an escaped NUL and \\u2028 a line separator"}')
    add(True, b'{"text":1234}')  # text not a string: passes unchanged
    add(True, b'{"html":null,"text":["a"]}')
    add(True, b'\t{"text":"leading and trailing white space"}  ')
    return L


def bare_line(line):
    """art-fetch reads a line that does not start like JSON as a bare URL."""
    s = line.strip(b" \t")
    if not s or s[:1] in (b"{", b"[", b'"'):
        return False
    try:
        s.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def malformed_input(tool=None):
    data, good, bad = bytearray(b"\xef\xbb\xbf"), [], []  # a BOM on line 1
    for n, (ok, line) in enumerate(malformed_lines(), 1):
        if tool == "art-fetch" and not ok and bare_line(line):
            ok = True
        data += line + b"\n"
        if ok and line.strip():
            good.append(n)
        elif not ok:
            bad.append(n)
    return bytes(data), good, bad


def text_case(name, text, tools=TEXT_TOOLS):
    return name, text, tools


def quote_storm(n=10000):
    marks = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "\u2018", "\u2019", "\u201e", "\u300c", "\u300d"]
    rnd = random.Random(7)
    words = ["said", "he", "Smith", "told", "the", "minister", "according", "to", "yes", "no"]
    return " ".join(rnd.choice(marks) + rnd.choice(words) for _ in range(n)) + "."


def emoji_text(n=20000):
    rnd = random.Random(11)
    parts = []
    for _ in range(n):
        k = rnd.randrange(6)
        if k == 0:
            parts.append(chr(0x1F600 + rnd.randrange(80)))
        elif k == 1:
            parts.append("\U0001F468\u200d\U0001F469\u200d\U0001F467")  # ZWJ family
        elif k == 2:
            parts.append("\U0001F44D" + chr(0x1F3FB + rnd.randrange(5)))  # skin tone
        elif k == 3:
            parts.append("\U0001F1FA\U0001F1F8")  # a flag
        elif k == 4:
            parts.append("".join(chr(0x300 + rnd.randrange(0x70)) for _ in range(rnd.randrange(1, 12))))
        else:
            parts.append("\ufe0f\u20e3")
    return "".join(parts)


def rtl_text(n=2000):
    arabic = "قال الوزير إن المحادثات كانت \u00abمهمة\u00bb. هل ستستمر؟ "
    hebrew = "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8: \"\u05e9\u05dc\u05d5\u05dd\". "
    controls = "\u202e\u202b\u200f\u2067abc\u2069\u202c "
    return "".join((arabic, hebrew, controls)[i % 3] for i in range(n))


def text_cases(quick):
    big = 200_000 if quick else 1_000_000
    yield text_case("no-punctuation-sentence", ("word " * (big // 5)).strip())
    yield text_case("quote-storm-10000", quote_storm(10000))
    yield text_case("emoji-and-combining", emoji_text(5000 if quick else 50000))
    yield text_case("right-to-left", rtl_text(300 if quick else 3000))
    yield text_case("one-long-word", "x" * big)
    yield text_case("newlines-only", "\n" * (big // 10) + "A." + "\n\n" * 1000)
    yield text_case("dots-and-abbreviations", "Mr. Dr. U.S. e.g. ... ?! " * (big // 50))
    yield text_case("nul-and-controls", "a\u0000b\u0001c\u001f\u007f\u0085\u2028\u2029. " * 2000)
    yield text_case("empty-text", "")
    yield text_case("capitalised-names", " ".join(["Vladimir Putin said John Smith of Acme Corp. met Paris."] * (200 if quick else 2000)))


def html_cases(quick):
    n = 2000 if quick else 20000
    yield "html-deep-divs", "<div>" * n + "<p>Deep text.</p>" + "</div>" * n
    yield "html-unclosed", "<p><b><i><a href='x'>" * n + "text"
    yield "html-entities", "<p>" + "&amp;&lt;&#0;&#x110000;&#xD800;&bogus;&#99999999999;" * n + "</p>"
    yield "html-xxe", ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">'
                       '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                       '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                       "<html><body><p>&x; &d;</p></body></html>")
    yield "html-scripts", "<script>" + "<p>not text</p>" * n + "</script><p>Real text.</p>"
    yield "html-attributes", "<p " + " ".join(f'a{i}="{i}"' for i in range(n)) + ">x</p>"
    yield "html-comments", "<!--" * n + "<p>x</p>" + "-->" * n
    yield "html-binary", bytes(range(256)).decode("latin-1") * (n // 10)


# ---------------------------------------------------------------- cases

class Suite:
    def __init__(self, args):
        self.args = args
        self.bin = args.bin
        self.passed = self.failed = 0
        self.timeout = args.timeout
        self.rss = {}

    def case(self, name, tool, fn, repro=""):
        if self.args.only and not re.search(self.args.only, name):
            return
        started = time.monotonic()
        try:
            extra = fn() or ""
            self.passed += 1
            print(f"ok   {name} {tool} ({time.monotonic() - started:.1f} s){extra}", flush=True)
        except Failure as e:
            self.failed += 1
            print(f"FAIL {name} {tool}: {e}", flush=True)
            if repro:
                print(f"     reproduce: {repro}", flush=True)

    # -- bad lines ------------------------------------------------------
    def malformed(self):
        for tool in TOOLS:
            data, good, bad = malformed_input(tool)
            def fn(tool=tool, data=data, good=good, bad=bad):
                with tempfile.TemporaryDirectory() as tmp:
                    rej = os.path.join(tmp, "rejects")
                    res = run(self.bin, tool, ["--max-line-bytes", "4096", "--reject", rej], data, self.timeout)
                    lines = res.stdout.split(b"\n")[:-1]
                    if res.status != 1:
                        raise Failure(f"exit status {res.status}, expected 1: {tail(res.stderr)}")
                    if len(lines) != len(good):
                        raise Failure(f"{len(lines)} records out, expected {len(good)}")
                    errs = res.stderr.decode("utf-8", "replace").splitlines()
                    named = []
                    for e in errs:
                        m = re.match(rf"^{re.escape(tool)}: <stdin>:(\d+): \S", e)
                        if not m:
                            raise Failure(f"unexpected text on standard error: {e[:200]!r}")
                        named.append(int(m.group(1)))
                    if named != bad:
                        raise Failure(f"bad lines named {named}, expected {bad}")
                    want = b"".join(l + b"\n" for ok, l in malformed_lines()
                                    if not ok and not (tool == "art-fetch" and bare_line(l)))
                    got = open(rej, "rb").read()
                    if got != want:
                        raise Failure(f"--reject file differs from the bad lines ({len(got)} bytes, expected {len(want)})")
            self.case("malformed-lines", tool, fn,
                      f"python3 Tests/hardening/adversarial.py --bin {self.bin} --only malformed")

    # -- text cases -----------------------------------------------------
    def texts(self):
        for name, text, tools in text_cases(self.args.quick):
            for tool in tools:
                field = FIELD[tool]
                value = text if field == "text" else "<html><body><p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>"
                data = record(1, field, value) + record(2, field, "Short. Fine.") + b"not json\n" + record(3, "other", "x")
                def fn(tool=tool, data=data):
                    res = run(self.bin, tool, [], data, self.timeout)
                    check_records(tool, res, [1, 2, 3], bad_lines=[3])
                    check_spans(res.stdout.split(b"\n")[0])
                    return f" {res.seconds:.1f} s, {res.rss_kb // 1024} MB"
                self.case(name, tool, fn, f"python3 Tests/hardening/adversarial.py --bin {self.bin} --only {name}")
        for name, html in html_cases(self.args.quick):
            data = record(1, "html", html) + record(2, "html", "<p>Short.</p>")
            def fn(data=data):
                res = run(self.bin, "art-strip", [], data, self.timeout)
                check_records("art-strip", res, [1, 2])
                out = json.loads(res.stdout.split(b"\n")[0])
                if "root:" in out.get("text", "") or "aaaaaaaaaaaaaaaaaaaa" in out.get("text", ""):
                    raise Failure("an external or nested entity was expanded")
                return f" {res.seconds:.1f} s, {res.rss_kb // 1024} MB"
            self.case(name, "art-strip", fn, f"python3 Tests/hardening/adversarial.py --bin {self.bin} --only {name}")

    # -- many records, -j -------------------------------------------------
    def many(self):
        n = 5000 if self.args.quick else 1_000_000
        for tool in TOOLS:
            field = FIELD[tool]
            tiny = b"".join(b'{"id":%d,"%s":"A."}\n' % (i, field.encode()) for i in range(n))
            for jobs in ([[]] + ([["-j", "2"]] if tool in PARALLEL else [])):
                def fn(tool=tool, jobs=jobs, tiny=tiny):
                    res = run(self.bin, tool, jobs, tiny, self.timeout * (1 if self.args.quick else 10))
                    if res.status != 0 or res.stderr:
                        raise Failure(f"exit status {res.status}: {tail(res.stderr)}")
                    if res.counts["lines"] != n:
                        raise Failure(f"{res.counts['lines']} records out, expected {n}")
                    last = res.stdout.rsplit(b"\n", 2)[-2]
                    if json.loads(last).get("id") != n - 1:
                        raise Failure("the last record is not the last input record (order)")
                    return f" {res.seconds:.1f} s, {res.rss_kb // 1024} MB"
                self.case(f"tiny-records-{n}{'-j2' if jobs else ''}", tool, fn)

    # -- signals, pipes, full disk, cut input -----------------------------
    def pipes(self):
        for tool in TOOLS:
            field = FIELD[tool]
            data = b"".join(record(i, field, "One sentence here. Another one there.") for i in range(30000))
            def fn(tool=tool, data=data):
                with tempfile.NamedTemporaryFile() as f:
                    f.write(data)
                    f.flush()
                    p = subprocess.run(
                        f"'{os.path.join(self.bin, tool)}' < '{f.name}' 2>'{f.name}.err' | head -1 > /dev/null; "
                        f"echo ${{PIPESTATUS[0]}}; cat '{f.name}.err'; rm -f '{f.name}.err'",
                        shell=True, executable="/bin/bash", capture_output=True, timeout=self.timeout)
                    status, _, err = p.stdout.decode().partition("\n")
                    if err.strip():
                        raise Failure(f"text on standard error under head -1: {err.strip()[:200]!r}")
                    if status.strip() not in ("141", "0"):
                        raise Failure(f"exit status {status.strip()} under head -1 (expected SIGPIPE, 141)")
            self.case("pipe-head-1", tool, fn, f"{tool} < records.jsonl | head -1")

    def full_disk(self):
        if not os.path.exists("/dev/full"):
            return
        for tool in TOOLS:
            for n in (1, 20000):
                data = b"".join(record(i, FIELD[tool], "One sentence. Two.") for i in range(n))
                def fn(tool=tool, data=data):
                    with open("/dev/full", "wb") as full:
                        p = subprocess.run([os.path.join(self.bin, tool)], input=data, stdout=full,
                                           stderr=subprocess.PIPE, timeout=self.timeout)
                    if p.returncode != 3:
                        raise Failure(f"exit status {p.returncode} writing to /dev/full, expected 3")
                    err = p.stderr.decode("utf-8", "replace")
                    if not re.search(rf"^{tool}: cannot write to standard output: No space left on device$", err, re.M):
                        raise Failure(f"no clear message: {err.strip()[:200]!r}")
                self.case(f"dev-full-{n}", tool, fn, f"{tool} < records.jsonl > /dev/full")

    def cut_input(self):
        for tool in TOOLS:
            field = FIELD[tool]
            data = record(1, field, "Complete. Record.") + b'{"id":2,"' + field.encode() + b'":"cut in the mid'
            def fn(tool=tool, data=data):
                res = run(self.bin, tool, [], data, self.timeout)
                check_records(tool, res, [1], bad_lines=[2])
            self.case("stdin-closed-mid-record", tool, fn, f"printf '{{\"id\":1}}\\n{{\"id\":2,\"te' | {tool}")

    def signals(self):
        for tool in TOOLS:
            for sig, status in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
                for jobs in ([[]] + ([["-j", "2"]] if tool in PARALLEL else [])):
                    def fn(tool=tool, sig=sig, status=status, jobs=jobs):
                        return self.one_signal(tool, sig, status, jobs)
                    self.case(f"signal-{sig.name}{'-j2' if jobs else ''}", tool, fn)
            # Interrupted with half a record read: the complete ones come
            # out, the half one is neither processed nor reported as bad.
            def fn(tool=tool):
                return self.one_signal(tool, signal.SIGTERM, 143, [], partial=True)
            self.case("signal-SIGTERM-mid-record", tool, fn)

    def one_signal(self, tool, sig, want, jobs, partial=False):
        field = FIELD[tool]
        p = subprocess.Popen([os.path.join(self.bin, tool)] + jobs, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, restore_signals=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            p.stdin.write(record(1, field, "First. Record.") + record(2, field, "Second record.")
                          + (b'{"id":3,"' + field.encode() + b'":"half a rec' if partial else b""))
            p.stdin.flush()
            # Wait until the handlers are installed and the filter waits for input.
            deadline = time.monotonic() + self.timeout
            bit = 1 << (sig - 1)
            while time.monotonic() < deadline:
                try:
                    status = open(f"/proc/{p.pid}/status").read()
                    caught = int(re.search(r"^SigCgt:\s*([0-9a-f]+)", status, re.M).group(1), 16)
                    # some thread blocked in read(0, ...) on standard input
                    reading = any(open(f"/proc/{p.pid}/task/{t}/syscall").read().split()[:2] == ["0", "0x0"]
                                  for t in os.listdir(f"/proc/{p.pid}/task"))
                except (OSError, AttributeError):
                    caught, reading = 0, False
                if caught & bit and reading:
                    break
                time.sleep(0.05)
            else:
                raise Failure("never waited for input with the handler installed")
            time.sleep(0.2)
            p.send_signal(sig)
            try:
                out, err = p.communicate(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                p.kill()
                p.communicate()
                raise Failure(f"still running {self.timeout} s after {sig.name} (a hang)")
            if p.returncode != want:
                raise Failure(f"exit status {p.returncode} after {sig.name}, expected {want}: {tail(err)}")
            ids = [json.loads(l).get("id") for l in out.split(b"\n") if l]
            if ids != [1, 2]:
                raise Failure(f"records flushed {ids}, expected [1, 2]")
            if partial and err.strip():
                raise Failure(f"the record cut by the signal was reported: {err.decode(errors='replace').strip()[:200]!r}")
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()

    # -- what the sources must not do --------------------------------------
    def sources(self):
        """No filter starts a process; libxml2 never loads a DTD, an external
        entity or anything from the network (SECURITY.md)."""
        forbidden = re.compile(r"(?<![.\w])(?<!case )(system|popen|posix_spawnp?|execv[pe]?|execl[pe]?|fork|vfork|dlopen)\s*\(|\bProcess\s*\(")
        parser_flags = re.compile(r"\b(XML|HTML)_PARSE_(NOENT|DTDLOAD|DTDATTR|DTDVALID|HUGE|XINCLUDE)\b")
        def fn():
            found = []
            for top in ("Sources",):
                for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
                    for f in files:
                        if not f.endswith((".swift", ".c", ".h")):
                            continue
                        path = os.path.join(dirpath, f)
                        for n, line in enumerate(open(path, encoding="utf-8", errors="replace"), 1):
                            code = line.split("//")[0]
                            if forbidden.search(code) or parser_flags.search(code):
                                found.append(f"{os.path.relpath(path, ROOT)}:{n}: {line.strip()[:100]}")
            if found:
                raise Failure("forbidden call or parser option: " + "; ".join(found[:5]))
            dom = open(os.path.join(ROOT, "Sources", "ArtStrip", "HTMLParser.swift"), encoding="utf-8").read()
            if "HTML_PARSE_NONET" not in dom:
                raise Failure("ArtStrip's parser options lack HTML_PARSE_NONET")
        self.case("sources-no-shell-no-xml-entities", "all", fn)

    def report_escapes(self):
        """art-json --to html/md: strings from records never become markup."""
        evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
        rec = json.dumps({"id": evil, "text": evil + " said. \"" + evil + ",\" he said.", "title": evil,
                          "entities": [{"start": 0, "end": 9, "text": evil, "type": "PERSON", "canonical": evil}],
                          "quotes": [{"start": 0, "end": 9, "text": evil, "type": "direct",
                                      "speaker": {"start": 0, "end": 3, "text": evil, "canonical": evil}, "cue": None}]}).encode() + b"\n"
        def fn():
            res = run(self.bin, "art-json", ["--to", "html"], rec, self.timeout)
            if res.status != 0:
                raise Failure(f"exit status {res.status}: {tail(res.stderr)}")
            page = res.stdout.decode("utf-8", "replace")
            if "<script>alert" in page or "<img src=x" in page:
                raise Failure("a string from the record was written into the page as markup")
        self.case("report-escapes", "art-json", fn)

    # -- the big ones -----------------------------------------------------
    def huge_record(self):
        size = self.args.record_mb << 20
        for tool in TOOLS:
            field = FIELD[tool]
            def gen(field=field):
                yield b'{"id":1,"' + field.encode() + b'":"'
                unit = (b"<p>" if field == "html" else b"") + b'The minister said \\"talks went well\\" on Monday in Geneva. ' + (b"</p>" if field == "html" else b"\\n\\n")
                for _ in range(size // len(unit)):
                    yield unit * 1
                yield b'"}\n{"id":2,"text":"after"}\n'
            def fn(tool=tool, gen=gen):
                res = run(self.bin, tool, [], chunked(gen()), self.timeout * 20, keep_stdout=False)
                if res.status != 0:
                    raise Failure(f"exit status {res.status}: {tail(res.stderr)}")
                if res.counts["lines"] != 2:
                    raise Failure(f"{res.counts['lines']} records out, expected 2")
                self.rss.setdefault(f"{self.args.record_mb} MB record", {})[tool] = res.rss_kb
                return f" {res.seconds:.1f} s, peak RSS {res.rss_kb // 1024} MB"
            self.case(f"record-{self.args.record_mb}MB", tool, fn)

    def gigabyte(self):
        """The stream through the whole pipeline, peak RSS per stage."""
        if self.args.only and not re.search(self.args.only, "stream-pipeline-gigabyte"):
            return
        stages = ["art-json", "art-strip", "art-sentences", "art-entities", "art-quotes"]
        started = time.monotonic()
        gen = subprocess.Popen([sys.executable, __file__, "--emit", "gigabyte", "--gigabytes", str(self.args.gigabytes)],
                               stdout=subprocess.PIPE)
        procs, prev = [], gen.stdout
        rss_files = {}
        for tool in stages:
            cmd, rss_files[tool] = timed([os.path.join(self.bin, tool)])
            p = subprocess.Popen(cmd, stdin=prev, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            prev.close()
            prev = p.stdout
            procs.append(p)
        errs = {}
        for p, tool in zip(procs, stages):
            def drain(p=p, tool=tool):
                errs[tool] = p.stderr.read()
            threading.Thread(target=drain, daemon=True).start()
        lines = 0
        nbytes = 0
        while True:
            chunk = prev.read(1 << 20)
            if not chunk:
                break
            lines += chunk.count(b"\n")
            nbytes += len(chunk)
        rss, statuses = {}, {}
        for p, tool in zip(procs, stages):
            _, st, usage = os.wait4(p.pid, 0)
            statuses[tool] = os.waitstatus_to_exitcode(st)
            rss[tool] = peak_rss(rss_files[tool], usage.ru_maxrss)
        gen.wait()
        expected = gigabyte_records(self.args.gigabytes)
        name = f"stream-{self.args.gigabytes}GB-pipeline"
        seconds = time.monotonic() - started
        bad = [t for t in stages if statuses[t] != 0 or errs.get(t)]
        self.rss[f"{self.args.gigabytes} GB stream"] = rss
        if bad or lines != expected:
            self.failed += 1
            print(f"FAIL {name}: {lines} records out of {expected}; " +
                  "; ".join(f"{t} status {statuses[t]} {tail(errs.get(t, b''))}" for t in bad), flush=True)
        else:
            self.passed += 1
            print(f"ok   {name} ({seconds:.0f} s, {nbytes >> 20} MB out, {lines} records)", flush=True)
        for t in stages:
            print(f"     peak RSS {t}: {rss[t] / 1024:.1f} MB", flush=True)


def chunked(gen, size=1 << 20):
    buf = bytearray()
    for part in gen:
        buf += part
        if len(buf) >= size:
            yield bytes(buf)
            buf.clear()
    if buf:
        yield bytes(buf)


def check_spans(line):
    obj = json.loads(line)
    text = obj.get("text")
    if not isinstance(text, str):
        return
    n = len(text)
    for key in ("sentences", "entities", "quotes"):
        for s in obj.get(key, []) or []:
            if not (0 <= s["start"] <= s["end"] <= n):
                raise Failure(f"{key} span {s['start']}..{s['end']} outside a text of {n} code points")
            if key == "entities" and text[s["start"]:s["end"]] != s.get("text"):
                raise Failure(f"entity text {s.get('text')!r} is not text[{s['start']}:{s['end']}]")


# ---------------------------------------------------------------- the stream

PAGE = ('<html><head><title>Talks {i}</title><meta name="author" content="Ann Writer"></head><body>'
        '<nav>Home | World</nav><article><h1>Talks resume in Geneva {i}</h1>'
        '<p>The minister said on Monday that the talks had been "useful and frank". '
        '\u201cWe will meet again,\u201d Sergei Ryabkov told reporters in Geneva.</p>'
        '<p>According to officials, the United States and Russia discussed arms control, '
        'and NATO would be informed. Prices rose 3.5% to $1.2 billion.</p>{pad}</article>'
        '<footer>\u00a9 2026 Example News</footer></body></html>')
PAD = "<p>" + "Filler sentence with words, numbers 12 and names like Paris. " * 40 + "</p>"


def gigabyte_record(i):
    return json.dumps({"id": i, "url": f"https://news.example/{i}", "html": PAGE.format(i=i, pad=PAD)},
                      ensure_ascii=False).encode() + b"\n"


def gigabyte_records(gigabytes):
    size = len(gigabyte_record(10**6))
    return int(gigabytes * (1 << 30)) // size


def emit_gigabyte(gigabytes):
    out = sys.stdout.buffer
    n = gigabyte_records(gigabytes)
    buf = bytearray()
    for i in range(n):
        buf += gigabyte_record(10**6 + i)  # ids of equal width: every record the same size
        if len(buf) >= 1 << 20:
            out.write(buf)
            buf.clear()
    out.write(buf)
    out.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug"))
    ap.add_argument("--quick", action="store_true", help="the fast subset (seconds)")
    ap.add_argument("--only", help="run only the cases whose name matches this regular expression")
    ap.add_argument("--timeout", type=float, default=60, help="seconds allowed per case and filter")
    ap.add_argument("--record-mb", type=int, default=100)
    ap.add_argument("--gigabytes", type=float, default=1.0)
    ap.add_argument("--emit", choices=["gigabyte"])
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: bad,text,many,signals,huge,stream")
    args = ap.parse_args()
    if args.emit:
        emit_gigabyte(args.gigabytes)
        return
    for tool in TOOLS:
        if not os.access(os.path.join(args.bin, tool), os.X_OK):
            sys.exit(f"adversarial.py: {os.path.join(args.bin, tool)} not found: build first")
    skip = set(filter(None, args.skip.split(",")))
    s = Suite(args)
    parts = [("sources", [s.sources]), ("bad", [s.malformed, s.cut_input, s.report_escapes]), ("signals", [s.pipes, s.full_disk, s.signals]),
             ("text", [s.texts]), ("many", [s.many])]
    if not args.quick:
        parts += [("huge", [s.huge_record]), ("stream", [s.gigabyte])]
    for part, fns in parts:
        if part in skip:
            continue
        for fn in fns:
            fn()
    if s.rss:
        print("peak RSS (MB):")
        for what, per in s.rss.items():
            print(f"  {what}: " + ", ".join(f"{t} {kb / 1024:.1f}" for t, kb in per.items()))
    print(f"{s.passed} passed, {s.failed} failed")
    sys.exit(1 if s.failed else 0)


if __name__ == "__main__":
    main()
