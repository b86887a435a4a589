#!/usr/bin/env bash
# The whole pipeline on the bundled article: who said what, and which
# entities were found. `make demo` runs it with the release binaries on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

article=examples/rferl-us-russia-security-talks.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

art-json --wrap "$article" \
  | art-strip | art-sentences | art-entities | art-quotes > "$work/annotated.jsonl"

echo "== $article"
art-json --select title,site,notice --to tsv "$work/annotated.jsonl"
echo
echo "== Summary"
art-json --stats "$work/annotated.jsonl"
echo
echo "== Who said what"
art-json --explode quotes --select speaker.canonical,cue.text,type,text --to tsv "$work/annotated.jsonl"
echo
echo "== Entities"
art-json --explode entities --select text,type,canonical --to tsv "$work/annotated.jsonl" | awk 'NR == 1 || !seen[$0]++'

# German, French and Spanish: each record's language is identified from its
# text, and its sentences and quotes read with that language's data.
echo
echo "== German, French and Spanish: examples/art-quotes/multilingual.jsonl"
art-sentences examples/art-quotes/multilingual.jsonl | art-entities -q | art-quotes \
  | art-json --explode quotes --select id,speaker.canonical,cue.text,type,text --to tsv

# The corpus build of examples/corpus: twelve pages fetched from disk, cut into
# shards, extracted and annotated in parallel, then who said what.
echo
echo "== Corpus: examples/corpus (make -C examples/corpus; see its README)"
make -s -C examples/corpus -j"$(nproc 2>/dev/null || echo 2)" OUT="$work/corpus" summary

# The corpus report: the corpus pages, the example article and the
# multilingual articles, with speakers' genders and copies marked, as one
# page of charts (DEMO_REPORT says where; bench/out is not in git).
report=${DEMO_REPORT:-bench/out/demo/corpus-report.html}
mkdir -p "$(dirname "$report")"
{ art-json --wrap "$article" | art-strip | art-sentences | art-entities -q
  art-sentences examples/art-quotes/multilingual.jsonl | art-entities -q
  cat "$work/corpus/annotated.jsonl"; } \
  | art-quotes --gender | art-json --duplicates | art-json --to html --corpus > "$report"
echo
echo "== Corpus report: $report (open it in a browser)"
