#!/usr/bin/env bash
# GNU parallel splits a stream of records into blocks, runs a pipeline of
# art filters on each block and joins the outputs in input order: the result
# must be byte-identical to the serial pipeline's. The corpus is 1,008 pages
# made from the bundled ones (each page 84 times, with ids of their own).
#
#   Tests/scale/parallel.sh BIN_DIR [BLOCK]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(cd "${1:?usage: parallel.sh BIN_DIR [BLOCK]}" && pwd)
block=${2:-256k}
export PATH="$bin:$PATH"
if ! command -v parallel >/dev/null; then
  echo "parallel: SKIP: GNU parallel not found (install it with: sudo apt-get install parallel)"
  exit 0
fi
for t in art-strip art-sentences art-entities art-quotes art-json; do
  [ -x "$bin/$t" ] || { echo "parallel: $bin/$t not found; build first"; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

art-json --wrap examples/corpus/pages/*.html > "$work/pages.jsonl"
python3 - "$work/pages.jsonl" > "$work/in.jsonl" <<'PY'
import json, sys
pages = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for copy in range(84):
    for k in range(len(pages)):
        page = pages[(k + copy) % len(pages)]
        name = page["id"].rsplit("/", 1)[-1].removesuffix(".html")
        print(json.dumps({"id": f"{copy:03d}-{name}", "html": page["html"]},
                         ensure_ascii=False, separators=(",", ":")))
PY
records=$(wc -l < "$work/in.jsonl")
pipeline='art-strip --drop-html | art-sentences | art-entities | art-quotes'

start=$EPOCHREALTIME
art-strip --drop-html "$work/in.jsonl" > "$work/strip.serial"
art-sentences "$work/strip.serial" | art-entities | art-quotes > "$work/serial.jsonl"
serial=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
start=$EPOCHREALTIME
parallel --will-cite --pipe --keep-order --block "$block" -j 2 --joblog "$work/jobs" \
  "set -o pipefail; $pipeline" < "$work/in.jsonl" > "$work/parallel.jsonl"
par=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')
jobs=$(( $(wc -l < "$work/jobs") - 1 ))
failed=$(awk 'NR > 1 && $7 != 0' "$work/jobs" | wc -l)

pass=0 fail=0
check() { local what=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $what"; fi; }
check "fewer than 1,000 records ($records)" [ "$records" -ge 1000 ]
check "parallel ran only $jobs job(s)" [ "$jobs" -ge 4 ]
check "$failed parallel job(s) failed" [ "$failed" -eq 0 ]
check "serial output has $(wc -l < "$work/serial.jsonl") records, not $records" [ "$(wc -l < "$work/serial.jsonl")" -eq "$records" ]
check "serial output has no quotes" grep -q '"quotes":\[{' "$work/serial.jsonl"
check "parallel output differs from serial ($(cmp "$work/serial.jsonl" "$work/parallel.jsonl" 2>&1 || true))" \
  cmp -s "$work/serial.jsonl" "$work/parallel.jsonl"

# One filter on its own, in smaller blocks.
parallel --will-cite --pipe --keep-order --block 64k -j 2 art-strip --drop-html \
  < "$work/in.jsonl" > "$work/strip.parallel"
check "art-strip under parallel --block 64k differs from serial" cmp -s "$work/strip.serial" "$work/strip.parallel"

printf 'parallel: %d records, serial %.1f s, parallel -j 2 in %d blocks %.1f s\n' "$records" "$serial" "$jobs" "$par"
echo "parallel: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
