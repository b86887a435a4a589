Pipes, a full disk and a stream cut short, for every filter. Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/hardening/pipes.t
(signals need polling: Tests/hardening/adversarial.py --only signal).

Enough records that every filter is still writing when head exits:

  $ for i in $(seq 1 20000); do printf '{"id":%d,"text":"One. Two.","html":"<p>One. Two.</p>"}\n' $i; done > $TMP/many.jsonl

Under head -1 each filter dies of SIGPIPE (141), silently:

  $ for t in art-json art-fetch art-strip art-sentences art-entities art-quotes; do $t < $TMP/many.jsonl | head -1 | cut -c1-8; echo "$t ${PIPESTATUS[0]}"; done
  {"id":1,
  art-json 141
  {"id":1,
  art-fetch 141
  {"id":1,
  art-strip 141
  {"id":1,
  art-sentences 141
  {"id":1,
  art-entities 141
  {"id":1,
  art-quotes 141

Writing to a full disk is an operational failure: exit 3 and a message:

  $ for t in art-json art-fetch art-strip art-sentences art-entities art-quotes; do $t < $TMP/many.jsonl > /dev/full; echo "status $?"; done
  art-json: cannot write to standard output: No space left on device
  status 3
  art-fetch: cannot write to standard output: No space left on device
  status 3
  art-strip: cannot write to standard output: No space left on device
  status 3
  art-sentences: cannot write to standard output: No space left on device
  status 3
  art-entities: cannot write to standard output: No space left on device
  status 3
  art-quotes: cannot write to standard output: No space left on device
  status 3

A stream that ends in the middle of a record: the complete one comes out,
the cut one is named by its line number (blank lines count), exit status 1:

  $ for t in art-json art-fetch art-strip art-sentences art-entities art-quotes; do printf '{"id":1}\n\n{"id":2,"text":"cut in the mid' | $t 2>$TMP/err; echo "status $?"; cat $TMP/err; done
  {"id":1}
  status 1
  art-json: <stdin>:3: unterminated string (byte 16)
  {"id":1}
  status 1
  art-fetch: <stdin>:3: unterminated string (byte 16)
  {"id":1}
  status 1
  art-strip: <stdin>:3: unterminated string (byte 16)
  {"id":1}
  status 1
  art-sentences: <stdin>:3: unterminated string (byte 16)
  {"id":1}
  status 1
  art-entities: <stdin>:3: unterminated string (byte 16)
  {"id":1}
  status 1
  art-quotes: <stdin>:3: unterminated string (byte 16)

The same from a file names the file:

  $ printf '{"id":1}\n{"id":2,' > $TMP/cut.jsonl; art-sentences $TMP/cut.jsonl 2>$TMP/err; echo "status $?"; sed "s|$TMP|TMP|" $TMP/err
  {"id":1}
  status 1
  art-sentences: TMP/cut.jsonl:2: unexpected end of line, expecting a key (byte 9)
