#!/usr/bin/env python3
"""Check that each filter's man page documents exactly the options it has.

For every man/art-*.1 whose program is built, the options that the program
declares (from --experimental-dump-help) must each appear in the page as an
option item (.It Fl -name or Fl x on an .It line), and every option item in
the page must exist in the program. The last line is "N passed, N failed".
"""

import glob
import json
import os
import re
import subprocess
import sys


def program_options(binary):
    dump = json.loads(subprocess.run([binary, "--experimental-dump-help"], capture_output=True, check=True).stdout)
    names = set()
    for arg in dump["command"].get("arguments", []):
        for n in arg.get("names") or []:
            names.add(("--" if n["kind"] == "long" else "-") + n["name"])
    return names


def page_options(page):
    names = set()
    with open(page, encoding="utf-8") as f:
        for line in f:
            if not line.startswith(".It "):
                continue
            for m in re.finditer(r"Fl ((?:\\-|-|\w)+)", line):
                # Fl writes one dash itself: "Fl -check" is --check, "Fl q" is -q.
                names.add("-" + m.group(1).replace("\\-", "-"))
    return names


def main():
    bindir = sys.argv[1] if len(sys.argv) > 1 else ".build/debug"
    passed = failed = 0
    for page in sorted(glob.glob("man/art-*.1")):
        tool = os.path.basename(page)[:-2]
        binary = os.path.join(bindir, tool)
        if not os.path.exists(binary):
            print("FAIL %s: %s is not built" % (page, binary))
            failed += 1
            continue
        have, documented = program_options(binary), page_options(page)
        missing, extra = sorted(have - documented), sorted(documented - have)
        if missing or extra:
            failed += 1
            if missing:
                print("FAIL %s: options not documented: %s" % (page, " ".join(missing)))
            if extra:
                print("FAIL %s: documented options that %s does not have: %s" % (page, tool, " ".join(extra)))
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
