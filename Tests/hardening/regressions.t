Crashes found by fuzzing (fuzz/regressions/), as command lines. Each must
give its record back and exit 0. Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/hardening/regressions.t

art-sentences: a sentence end followed by an opening quotation mark that
ends the text (found by the sentences fuzz target; index out of range in
SegmenterEngine.decide):

  $ printf '{"text":"Yes. \xe2\x80\x98"}\n' | art-sentences > $TMP/out 2>/dev/null; echo "status $?"; art-json --select text < $TMP/out
  status 0
  {"text":"Yes. ‘"}

art-entities: a run of 19 or more digits overflows Int in the day-number
rule (found by the entities fuzz target; Rules.swift isDayNumber):

  $ printf '{"text":"Call 99999999999999999999 now."}\n' | art-entities > $TMP/out 2>/dev/null; echo "status $?"; art-json --select text < $TMP/out
  status 0
  {"text":"Call 99999999999999999999 now."}
  $ printf '{"text":"On 9999999999999999999 May."}\n' | art-entities > $TMP/out 2>/dev/null; echo "status $?"; art-json --select text < $TMP/out
  status 0
  {"text":"On 9999999999999999999 May."}
