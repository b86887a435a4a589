#!/usr/bin/env python3
"""Make art-strip input records from a folder of HTML pages: {"id", "html"} per page, sorted by id."""
import json
import os
import sys

folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if not name.endswith(".html"):
        continue
    with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
        html = f.read()
    sys.stdout.write(json.dumps({"id": name[:-5], "html": html}, ensure_ascii=False) + "\n")
