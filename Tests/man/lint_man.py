#!/usr/bin/env python3
"""Lint the manual pages with mandoc, independent of the machine's manuals.

    lint_man.py PAGE...        lint the pages (make lint-man)
    lint_man.py --self-test    the checker on its own fixtures

The pages are indexed in a scratch manual tree of their own, and mandoc
looks only there, so that the result does not depend on which other
packages' manuals are installed or on whether the system's index is up to
date. A cross-reference to one of the linted pages must resolve; one to
another package's manual (jq(1), parallel(1)) is not checked. Any other
message of `mandoc -Tlint -Wstyle` fails. The last line is
"N passed, N failed".
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

UNRESOLVED = re.compile(r"STYLE: referenced manual not found: Xr (\S+) (\S+)")


def lint(pages):
    """The messages of mandoc on `pages` that count, as a list of lines."""
    pages = [os.path.abspath(p) for p in pages]
    ours = set()
    with tempfile.TemporaryDirectory() as tree:
        for page in pages:
            name, section = os.path.basename(page).rsplit(".", 1)
            ours.add((name, section))
            os.makedirs(os.path.join(tree, "man" + section), exist_ok=True)
            shutil.copy(page, os.path.join(tree, "man" + section))
        subprocess.run(["makewhatis", tree], check=True)
        env = dict(os.environ, MANPATH=tree)
        done = subprocess.run(["mandoc", "-Tlint", "-Wstyle"] + pages, capture_output=True, text=True, env=env)
    messages = []
    for line in (done.stdout + done.stderr).splitlines():
        unresolved = UNRESOLVED.search(line)
        if unresolved and (unresolved.group(1), unresolved.group(2)) not in ours:
            if not unresolved.group(1).startswith("art"):
                continue  # another package's manual: not ours to check
        messages.append(line)
    return messages


def self_test():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
    cases = [
        ("a page citing a manual that is not installed passes", ["cites-other-package.1"], True),
        ("a page citing a page of ours that does not exist fails", ["cites-missing-art-page.1"], False),
        ("pages citing each other pass", ["cites-other-package.1", "art-fixture.7"], True),
    ]
    passed = failed = 0
    for what, pages, clean in cases:
        messages = lint([os.path.join(here, p) for p in pages])
        if (not messages) == clean:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {what}: " + ("; ".join(messages) or "no message"))
    return passed, failed


def main():
    if not shutil.which("mandoc") or not shutil.which("makewhatis"):
        print("lint-man: mandoc not found: install it with: sudo apt-get install mandoc")
        return 1
    if sys.argv[1:] == ["--self-test"]:
        passed, failed = self_test()
    else:
        messages = lint(sys.argv[1:])
        for m in messages:
            print(m)
        passed, failed = (0, 1) if messages else (len(sys.argv) - 1, 0)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
