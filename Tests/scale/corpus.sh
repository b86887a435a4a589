#!/usr/bin/env bash
# The corpus build of examples/corpus, from a clean copy in a scratch folder:
# every page comes through, the tables and the summary hold what the pages
# say, the shards join to what one serial pipeline gives, and touching one
# stage rebuilds only the stages after it.
#
#   Tests/scale/corpus.sh BIN_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(cd "${1:?usage: corpus.sh BIN_DIR}" && pwd)
export PATH="$bin:$PATH"
for t in art-fetch art-strip art-sentences art-entities art-quotes art-json; do
  [ -x "$bin/$t" ] || { echo "corpus: $bin/$t not found; build first"; exit 1; }
done
command -v jq >/dev/null || { echo "corpus: jq not found: install it with: sudo apt-get install jq"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp -R examples/corpus/Makefile examples/corpus/urls.txt examples/corpus/pages "$work/corpus/"
c="$work/corpus"
out="$c/out"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { local what=$1; shift; if "$@"; then ok; else bad "$what"; fi; }

# The build, from nothing, three shards, two jobs at a time. Without
# art-json --to html, every output but the report page.
if art-json --to html < /dev/null > /dev/null 2>&1; then
  html=yes targets=all
else
  html=no targets="out/articles.jsonl out/quotes.tsv out/entities.tsv out/stats.json"
  echo "corpus: art-json has no --to html yet; report.html not built"
fi
start=$(date +%s)
make -s -C "$c" ART_BIN="$bin" SHARDS=3 -j2 $targets > "$work/make.log" 2>&1 || { cat "$work/make.log"; bad "make failed"; exit 1; }
echo "corpus: built in $(( $(date +%s) - start )) s"

pages=$(grep -cv '^[[:space:]]*#' "$c/urls.txt")
check "12 pages listed" [ "$pages" -eq 12 ]
for f in raw.jsonl articles.jsonl annotated.jsonl quotes.tsv entities.tsv stats.json; do
  check "$f is missing or empty" [ -s "$out/$f" ]
done
check "raw.jsonl has one record per page" [ "$(wc -l < "$out/raw.jsonl")" -eq "$pages" ]
check "articles.jsonl has one record per page" [ "$(wc -l < "$out/articles.jsonl")" -eq "$pages" ]
check "annotated.jsonl has one record per page" [ "$(wc -l < "$out/annotated.jsonl")" -eq "$pages" ]
check "a record has errors" [ "$(jq -s '[.[] | select(.errors)] | length' "$out/annotated.jsonl")" -eq 0 ]
check "a record has no text" [ "$(jq -s '[.[] | select((.text | length) < 500)] | length' "$out/annotated.jsonl")" -eq 0 ]
check "a record has no title" [ "$(jq -s '[.[] | select((.title // "") == "")] | length' "$out/annotated.jsonl")" -eq 0 ]
check "a record has no date" [ "$(jq -s '[.[] | select((.date // "") == "")] | length' "$out/annotated.jsonl")" -eq 0 ]
check "a record has no sentences, entities or quotes" \
  [ "$(jq -s '[.[] | select((.sentences | length) == 0 or (.entities | length) == 0 or (.quotes | length) == 0)] | length' "$out/annotated.jsonl")" -eq 0 ]
check "the windows-1252 page is not decoded to UTF-8" grep -q 'Zoë Papadakis' "$out/articles.jsonl"
# The contract check; art-strip writes null for metadata a page does not
# give, which art-json --check does not take yet: those messages aside.
art-json --check "$out/annotated.jsonl" > /dev/null 2> "$work/check.err" || true
grep -vE ': (title|date|site|lang|description|canonical_url|notice): expected a string, found null$' "$work/check.err" > "$work/check.other" || true
check "art-json --check: $(head -3 "$work/check.other")" [ ! -s "$work/check.other" ]
check "the html is not dropped" [ "$(jq -s '[.[] | select(.html)] | length' "$out/articles.jsonl")" -eq 0 ]

# The tables: a header, then one row per quote and per entity mention.
check "quotes.tsv header" [ "$(head -1 "$out/quotes.tsv")" = "$(printf 'url\tspeaker.canonical\tspeaker.text\ttype\tcue.text\ttext')" ]
check "entities.tsv header" [ "$(head -1 "$out/entities.tsv")" = "$(printf 'url\ttype\tcanonical\ttext\tstart\tend')" ]
quotes=$(jq '.quotes.total' "$out/stats.json")
entities=$(jq '.entities.total' "$out/stats.json")
check "stats.json records" [ "$(jq '.records' "$out/stats.json")" -eq "$pages" ]
check "quotes.tsv rows = stats quotes ($quotes)" [ "$(( $(wc -l < "$out/quotes.tsv") - 1 ))" -eq "$quotes" ]
check "entities.tsv rows = stats entities ($entities)" [ "$(( $(wc -l < "$out/entities.tsv") - 1 ))" -eq "$entities" ]
check "at least 40 quotes ($quotes)" [ "$quotes" -ge 40 ]
check "at least 150 entities ($entities)" [ "$entities" -ge 150 ]
for type in direct indirect partial; do
  check "no $type quote" [ "$(jq ".quotes.$type // 0" "$out/stats.json")" -gt 0 ]
done
for type in PERSON ORG LOC DATE MONEY PERCENT; do
  check "no $type entity" [ "$(jq ".entities.$type // 0" "$out/stats.json")" -gt 0 ]
done
speakers=$(tail -n +2 "$out/quotes.tsv" | cut -f1,2,4 | sort -u)
for row in 'pages/harbour-dredging.html	Elena Marsh	direct' \
           'pages/rates-decision.html	Ingrid Solberg	direct' \
           'pages/school-budget.html	Marisol Ortega	direct' \
           'pages/nurses-strike.html	Aoife Gallagher	direct' \
           'pages/reef-survey.html	Kirra Watson	direct' \
           'pages/market-fire.html	Derek Oyelaran	direct' \
           'pages/harbour-dredging.html	Frank Delgado	partial' \
           'pages/nurses-strike.html	Tom Harrowby	indirect'; do
  check "quotes.tsv lacks: $row" grep -qxF "$row" <<< "$speakers"
done
mentions=$(tail -n +2 "$out/entities.tsv" | cut -f1-3 | sort -u)
for row in 'pages/harbour-dredging.html	PERSON	Elena Marsh' \
           'pages/harbour-dredging.html	MONEY	$14.5 million' \
           'pages/battery-startup.html	LOC	Lyon' \
           'pages/rates-decision.html	ORG	Reserve Bank of Meridia'; do
  check "entities.tsv lacks: $row" grep -qxF "$row" <<< "$mentions"
done

# The report page, once art-json can write it.
if [ "$html" = yes ]; then
  check "report.html is missing" [ -s "$out/report.html" ]
  check "report.html names a speaker" grep -q 'Elena Marsh' "$out/report.html"
fi

# The shards join to exactly what one serial pipeline gives.
art-strip --drop-html "$out/raw.jsonl" > "$work/articles.serial"
art-sentences "$work/articles.serial" | art-entities | art-quotes > "$work/annotated.serial"
check "articles.jsonl differs from the serial pipeline" cmp -s "$out/articles.jsonl" "$work/articles.serial"
check "annotated.jsonl differs from the serial pipeline" cmp -s "$out/annotated.jsonl" "$work/annotated.serial"

# Incremental: up to date now; touching a stage rebuilds only what follows.
m() { make -C "$c" --no-print-directory ART_BIN="$bin" SHARDS=3 "$@" $targets; }
check "not up to date after a build" m -q
plan() { m -n | grep -o 'art-[a-z]*\( [^ ]*\)*\|split\|cat [^ ]*' | sed "s|$c/||g; s|$bin/||g"; }
sleep 1
touch "$out/annotated.jsonl"
p=$(plan)
check "touching annotated.jsonl fetches, strips or annotates again" bash -c '! grep -qE "art-(fetch|strip|sentences)|split" <<< "$0"' "$p"
check "touching annotated.jsonl does not rebuild the tables" grep -q 'art-json --stats' <<< "$p"
m -s
touch "$out/shards/articles-001.jsonl"
p=$(plan)
check "touching one article shard fetches or strips again" bash -c '! grep -qE "art-(fetch|strip)|split" <<< "$0"' "$p"
check "touching one article shard does not annotate it" grep -q 'art-sentences.*articles-001' <<< "$p"
check "touching one article shard annotates the others" bash -c '! grep -qE "articles-00[02]" <<< "$0"' "$(grep art-sentences <<< "$p")"
check "touching one article shard does not rebuild the tables" grep -q 'art-json --stats' <<< "$p"
before=$(stat -c %Y "$out/raw.jsonl" "$out/shards/annotated-000.jsonl" "$out/shards/annotated-002.jsonl")
sleep 1
m -s
check "the rebuild touched raw.jsonl or another shard" [ "$before" = "$(stat -c %Y "$out/raw.jsonl" "$out/shards/annotated-000.jsonl" "$out/shards/annotated-002.jsonl")" ]
check "annotated-001 was not rebuilt" [ "$out/shards/annotated-001.jsonl" -nt "$out/shards/articles-001.jsonl" ]
check "not up to date after the rebuild" m -q
touch "$out/raw.jsonl"
p=$(plan)
check "touching raw.jsonl fetches again" bash -c '! grep -q "art-fetch" <<< "$0"' "$p"
check "touching raw.jsonl does not strip every shard" [ "$(grep -c 'art-strip' <<< "$p")" -eq 3 ]
touch "$c/urls.txt"
check "touching urls.txt does not fetch again" grep -q 'art-fetch' <<< "$(plan)"

# make clean
make -C "$c" -s clean
check "make clean left $out" [ ! -e "$out" ]

echo "corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
