#!/usr/bin/env bash
# The Spark example (examples/spark/art_spark.py) in Spark's local mode: its
# output, as a set of records, must be the serial pipeline's. Skips, saying
# why, when pyspark is not installed in the venv or Java is missing; it never
# installs anything (`make spark-venv` does).
#
#   Tests/scale/spark.sh BIN_DIR [VENV]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(cd "${1:?usage: spark.sh BIN_DIR [VENV]}" && pwd)
venv=${2:-examples/spark/venv}
export PATH="$bin:$PATH"

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
  echo "spark: SKIP: pyspark is not installed in $venv (run: make spark-venv)"
  exit 0
fi
if ! command -v java >/dev/null; then
  echo "spark: SKIP: java not found (Spark needs Java 17: sudo apt-get install openjdk-17-jre-headless)"
  exit 0
fi
for t in art-strip art-sentences art-entities art-quotes art-json; do
  [ -x "$bin/$t" ] || { echo "spark: $bin/$t not found; build first"; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 48 pages: the bundled ones four times, with ids of their own.
art-json --wrap examples/corpus/pages/*.html > "$work/pages.jsonl"
python3 - "$work/pages.jsonl" > "$work/in.jsonl" <<'PY'
import json, sys
pages = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for copy in range(4):
    for page in pages:
        name = page["id"].rsplit("/", 1)[-1].removesuffix(".html")
        print(json.dumps({"id": f"{copy}-{name}", "html": page["html"]},
                         ensure_ascii=False, separators=(",", ":")))
PY
records=$(wc -l < "$work/in.jsonl")

art-strip --drop-html "$work/in.jsonl" | art-sentences | art-entities | art-quotes > "$work/serial.jsonl"

start=$EPOCHREALTIME
if ! SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/python" examples/spark/art_spark.py \
    --master 'local[2]' --partitions 4 --bin "$bin" "$work/in.jsonl" "$work/out" > "$work/spark.log" 2>&1; then
  tail -30 "$work/spark.log"
  echo "FAIL: the Spark job failed"
  echo "spark: 0 passed, 1 failed"
  exit 1
fi
took=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')

pass=0 fail=0
check() { local what=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $what"; fi; }
parts=$(ls "$work/out"/part-* | wc -l)
cat "$work/out"/part-* > "$work/spark.jsonl"
check "the job wrote no _SUCCESS" [ -e "$work/out/_SUCCESS" ]
check "only $parts part file(s)" [ "$parts" -ge 2 ]
check "Spark wrote $(wc -l < "$work/spark.jsonl") records, not $records" [ "$(wc -l < "$work/spark.jsonl")" -eq "$records" ]
check "no quotes in the Spark output" grep -q '"quotes":\[{' "$work/spark.jsonl"
check "Spark's records differ from the serial pipeline's" cmp -s <(sort "$work/serial.jsonl") <(sort "$work/spark.jsonl")
check "Spark's part files, in order, are not in input order" cmp -s "$work/serial.jsonl" "$work/spark.jsonl"

# One WARC file per task: the serial run of the same files is the reference.
for t in art-fetch; do [ -x "$bin/$t" ] || { echo "spark: $bin/$t not found; build first"; exit 1; }; done
for i in 1 2 3; do cp Tests/cli/fixtures/art-fetch/sample.warc.gz "$work/crawl-$i.warc.gz"; done
ls "$work"/crawl-*.warc.gz > "$work/warcs.txt"
for f in $(cat "$work/warcs.txt"); do art-fetch --warc "$f"; done | art-strip --drop-html | art-sentences | art-entities | art-quotes > "$work/warc-serial.jsonl"
if SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/python" examples/spark/art_spark.py \
    --master 'local[2]' --warc --bin "$bin" "$work/warcs.txt" "$work/warc-out" > "$work/spark-warc.log" 2>&1; then
  cat "$work/warc-out"/part-* > "$work/warc-spark.jsonl"
  check "WARC: $(ls "$work/warc-out"/part-* | wc -l) part files, not one a file" [ "$(ls "$work/warc-out"/part-* | wc -l)" -eq 3 ]
  check "WARC: Spark's records differ from the serial run's" cmp -s "$work/warc-serial.jsonl" "$work/warc-spark.jsonl"
  check "WARC: no records" [ -s "$work/warc-spark.jsonl" ]
else
  tail -30 "$work/spark-warc.log"
  check "the Spark job over WARC files failed" false
fi

echo "spark: $records records in $parts partitions, local[2], ${took} s with start-up; 3 WARC files, a task each"
echo "spark: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
