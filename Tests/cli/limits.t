Record size limits (art(7), BAD INPUT AND FAILURES). Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/limits.t

A record longer than --max-record-bytes (256 MiB by default) is not
annotated: it passes through unchanged but for a too_large entry in its
errors, the records around it are annotated, and the exit status is 0. Here
a record of 300 MB between two small ones, through each annotating filter:

  $ python3 -c '
  > import sys
  > small = b"{\"id\":\"s\",\"html\":\"<p>Hi.</p>\",\"text\":\"Hi.\"}\n"
  > sys.stdout.buffer.write(small + b"{\"id\":\"huge\",\"html\":\"<p>" + b"Word " * (30 << 20) + b"</p>\",\"text\":\"" + b"Word " * (30 << 20) + b"\"}\n" + small)' > $TMP/huge.jsonl
  $ wc -c < $TMP/huge.jsonl
  314572929
  $ summary() { python3 -c '
  > import json, sys
  > for line in sys.stdin.buffer:
  >     r = json.loads(line)
  >     added = sorted(k for k in r if k not in ("id", "html", "text", "errors"))
  >     kinds = [e["kind"] for e in r.get("errors", [])]
  >     print(r["id"], len(line), added, kinds)'; }
  $ for f in art-strip art-sentences art-entities art-quotes; do $f $TMP/huge.jsonl | summary; echo "$f: exit ${PIPESTATUS[0]}"; done
  s 225 ['agency', 'authors', 'canonical_url', 'date', 'date_modified', 'description', 'image', 'keywords', 'notice', 'section', 'site', 'title'] []
  huge 314573002 [] ['too_large']
  s 225 ['agency', 'authors', 'canonical_url', 'date', 'date_modified', 'description', 'image', 'keywords', 'notice', 'section', 'site', 'title'] []
  art-strip: exit 0
  s 78 ['sentences'] []
  huge 314573006 [] ['too_large']
  s 78 ['sentences'] []
  art-sentences: exit 0
  s 58 ['entities'] []
  huge 314573005 [] ['too_large']
  s 58 ['entities'] []
  art-entities: exit 0
  s 56 ['quotes'] []
  huge 314573003 [] ['too_large']
  s 56 ['quotes'] []
  art-quotes: exit 0
