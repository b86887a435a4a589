#!/usr/bin/env python3
"""Run command transcripts: golden CLI tests (.t files) and man-page EXAMPLES.

A .t file is a transcript in the cram style:

      $ printf '{"text":"Hi."}\\n' | art-sentences
      {"text":"Hi.","sentences":[{"start":0,"end":3}]}
      $ art-json missing.jsonl
      art-json: cannot open missing.jsonl: No such file or directory
      [3]

Commands are indented by two spaces and start with "$ " ("> " continues a
command); the lines after them, indented by two spaces, are the expected
output (standard output and standard error together); "[N]" is a non-zero
exit status. An expected line ending in " (re)" is a regular expression.
Any other line is a comment.

A man page (.1, .7) is read the same way from the literal blocks
(.Bd -literal ... .Ed) of its EXAMPLES section: "$ " lines are commands,
the lines after them their expected output, and the page is the only
source of both. An example block preceded by the comment line
'.\\" no-test' is not run.

Every transcript runs in one bash process (state carries from one command
to the next) from the repository root, with the built binaries first on
PATH and $TMP set to a fresh scratch directory. The last line printed is
"N passed, N failed".
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARKER = "@@transcript-status@@"

ROFF_ESCAPES = [
    (r"\e", "\\"), (r"\(rs", "\\"), (r"\(aq", "'"), (r"\(dq", '"'), (r"\(lq", "\u201c"),
    (r"\(rq", "\u201d"), (r"\(oq", "\u2018"), (r"\(cq", "\u2019"), (r"\-", "-"), (r"\&", ""),
    (r"\(ti", "~"), (r"\(ha", "^"), (r"\(ga", "`"), (r"\ ", " "), (r"\(em", "\u2014"), (r"\(en", "\u2013"),
]


def unroff(line):
    out, i = [], 0
    while i < len(line):
        if line[i] == "\\":
            for esc, rep in ROFF_ESCAPES:
                if line.startswith(esc, i):
                    out.append(rep)
                    i += len(esc)
                    break
            else:
                out.append(line[i])
                i += 1
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


class Case:
    def __init__(self, source, line, command):
        self.source, self.line, self.command = source, line, command
        self.expected = []
        self.status = 0


def parse_transcript(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("  $ "):
                cases.append(Case(path, n, line[4:]))
            elif line.startswith("  > ") and cases:
                cases[-1].command += "\n" + line[4:]
            elif line.startswith("  ") and cases:
                body = line[2:]
                m = re.fullmatch(r"\[(\d+)\]", body)
                if m:
                    cases[-1].status = int(m.group(1))
                else:
                    cases[-1].expected.append(body)
            elif line.strip() == "" and cases and cases[-1].expected is not None:
                continue
    return cases


def parse_manpage(path):
    cases = []
    in_examples = in_block = skip_next = skip_block = False
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith(".Sh "):
                in_examples = line[4:].strip() == "EXAMPLES"
                continue
            if not in_examples:
                continue
            if line.startswith('.\\" no-test'):
                skip_next = True
                continue
            if line.startswith(".Bd ") and "-literal" in line:
                in_block, skip_block, skip_next = True, skip_next, False
                continue
            if line.startswith(".Ed"):
                in_block = False
                continue
            if not in_block or skip_block or line.startswith('.\\"'):
                continue
            text = unroff(line)
            if text.startswith("$ "):
                cases.append(Case(path, n, text[2:]))
            elif text.startswith("> ") and cases and not cases[-1].expected:
                cases[-1].command += "\n" + text[2:]
            elif cases:
                cases[-1].expected.append(text)
    return cases


def run_cases(cases, root, bindir, timeout):
    scratch = tempfile.mkdtemp(prefix="art-transcript-")
    try:
        script = ["exec 2>&1", "cd " + shq(root)]
        for c in cases:
            script.append(c.command)
            script.append("printf '\\n%s %s\\n' " + shq(MARKER) + " $?")
        env = dict(os.environ)
        env["PATH"] = os.path.abspath(bindir) + os.pathsep + env.get("PATH", "")
        env["TMP"] = scratch
        env["LC_ALL"] = "C.UTF-8"
        try:
            proc = subprocess.run(["bash", "-c", "\n".join(script)], capture_output=True, timeout=timeout, env=env)
            out = proc.stdout.decode("utf-8", "replace")
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode("utf-8", "replace") + "\n(timed out after %ds)\n" % timeout
        return split_results(out, len(cases))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def split_results(out, count):
    results = []
    rest = out
    for _ in range(count):
        m = re.search(r"\n" + re.escape(MARKER) + r" (\d+)\n", rest)
        if not m:
            results.append((rest.splitlines(), None))
            rest = ""
            continue
        body = rest[: m.start()]
        results.append((body.splitlines(), int(m.group(1))))
        rest = rest[m.end():]
    return results


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def matches(expected, actual):
    if len(expected) != len(actual):
        return False
    for e, a in zip(expected, actual):
        if e.endswith(" (re)"):
            if not re.fullmatch(e[:-5], a):
                return False
        elif e != a:
            return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help=".t transcripts or man pages")
    ap.add_argument("--bin", default=".build/debug", help="directory of the built binaries")
    ap.add_argument("--root", default=os.getcwd(), help="directory the commands run in")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per file")
    args = ap.parse_args()
    passed = failed = 0
    for path in args.files:
        cases = parse_manpage(path) if re.search(r"\.[1-9]$", path) else parse_transcript(path)
        if not cases:
            print("%s: no commands" % path)
            continue
        results = run_cases(cases, args.root, args.bin, args.timeout)
        for case, (actual, status) in zip(cases, results):
            ok = status is not None and status == case.status and matches(case.expected, actual)
            if ok:
                passed += 1
                continue
            failed += 1
            print("FAIL %s:%d: $ %s" % (case.source, case.line, case.command.replace("\n", "\n  > ")))
            for line in case.expected:
                print("  - " + line)
            if case.status:
                print("  - [%d]" % case.status)
            for line in actual:
                print("  + " + line)
            if status is None:
                print("  + (did not finish)")
            elif status:
                print("  + [%d]" % status)
        print("%s: %d commands" % (path, len(cases)))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
