#!/usr/bin/env bash
# -j scaling of the heavy filters: each of art-strip, art-sentences,
# art-entities and art-quotes on the same input with -j 1 and -j 2, in
# records per second (wall clock), and the speed-up. The input is N pages made
# from examples/corpus/pages; each filter reads what the one before it wrote.
#
#   Tests/scale/bench_scaling.sh BIN_DIR [N] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(cd "${1:?usage: bench_scaling.sh BIN_DIR [N] [JOBS]}" && pwd)
n=${2:-2000}
jobs=${3:-2}
export PATH="$bin:$PATH"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
art-json --wrap examples/corpus/pages/*.html > "$work/pages.jsonl"
python3 - "$work/pages.jsonl" "$n" > "$work/strip.in" <<'PY'
import json, sys
pages = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for i in range(int(sys.argv[2])):
    page = pages[i % len(pages)]
    print(json.dumps({"id": f"{i:06d}", "html": page["html"]}, ensure_ascii=False, separators=(",", ":")))
PY
art-strip --drop-html "$work/strip.in" > "$work/sentences.in"
art-sentences "$work/sentences.in" > "$work/entities.in"
art-entities "$work/entities.in" > "$work/quotes.in"

echo "== -j scaling: $n records, $(nproc) processors, load average $(cut -d' ' -f1 /proc/loadavg)"
printf '%-14s %12s %12s %9s  %s\n' filter "-j 1 rec/s" "-j $jobs rec/s" speed-up "output"
for f in strip sentences entities quotes; do
  extra=""; [ "$f" = strip ] && extra=--drop-html
  t0=$EPOCHREALTIME; art-$f $extra -j 1 "$work/$f.in" > "$work/$f.j1"
  t1=$EPOCHREALTIME; art-$f $extra -j "$jobs" "$work/$f.in" > "$work/$f.jn"
  t2=$EPOCHREALTIME
  same=identical; cmp -s "$work/$f.j1" "$work/$f.jn" || same=DIFFERENT
  awk -v f="art-$f" -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" -v s="$same" 'BEGIN {
    r1 = n / (b - a); r2 = n / (c - b)
    printf "%-14s %12.0f %12.0f %8.2fx  %s\n", f, r1, r2, r2 / r1, s }'
done
