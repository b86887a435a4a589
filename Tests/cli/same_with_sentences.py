#!/usr/bin/env python3
"""art-entities and art-quotes give the same entities and quotes whether the
record already has `sentences` (from art-sentences) or not: what a filter
does not find upstream it computes with the same library code (art(7)).

    same_with_sentences.py --bin DIR

Inputs: the bundled examples, the command-line fixtures, the fuzz seed
corpora of the text filters and the quick adversarial texts. For each input,
`art-entities | art-quotes` and `art-sentences | art-entities | art-quotes`
must write the same records but for `sentences`. Prints one line per
difference and "N passed, N failed" last.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "hardening"))
import adversarial  # noqa: E402


def pipeline(bin_dir, tools, data):
    for tool in tools:
        done = subprocess.run([os.path.join(bin_dir, tool)], input=data, capture_output=True, timeout=600)
        data = done.stdout
    return data


def without_sentences(line):
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if isinstance(record, dict):
        record.pop("sentences", None)
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def inputs(root):
    """(name, JSON Lines bytes) of every input, with pages stripped first."""
    files = sorted(glob.glob(os.path.join(root, "examples", "*", "*.jsonl")))
    files += sorted(glob.glob(os.path.join(root, "Tests", "cli", "fixtures", "art-*", "*.jsonl")))
    for path in files:
        with open(path, "rb") as f:
            yield os.path.relpath(path, root), f.read()
    for target in ("sentences", "entities", "quotes"):
        for path in sorted(glob.glob(os.path.join(root, "fuzz", "corpus", target, "*"))):
            with open(path, "rb") as f:
                data = f.read()
            yield os.path.relpath(path, root), data if data.endswith(b"\n") else data + b"\n"
    for name, text, _ in adversarial.text_cases(quick=True):
        yield "adversarial:" + name, (json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n").encode()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True)
    args = ap.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    passed = failed = 0
    for name, data in inputs(root):
        if b'"html"' in data:
            data = pipeline(args.bin, ["art-strip"], data)
        alone = pipeline(args.bin, ["art-entities", "art-quotes"], data).splitlines()
        upstream = pipeline(args.bin, ["art-sentences", "art-entities", "art-quotes"], data).splitlines()
        a = [without_sentences(line) for line in alone]
        b = [without_sentences(line) for line in upstream]
        if a == b:
            passed += 1
            continue
        failed += 1
        first = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"FAIL {name}: record {first + 1} differs with sentences given ({len(a)} and {len(b)} records)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
