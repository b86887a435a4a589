art-quotes: golden transcripts. Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/art-quotes.t

A direct quote with its attribution after it, and reported speech:

  $ printf '{"id":"a","text":"“We will appeal,” the lawyer said. Officials said the ruling was final."}\n' | art-quotes
  {"id":"a","text":"“We will appeal,” the lawyer said. Officials said the ruling was final.","quotes":[{"start":1,"end":16,"text":"We will appeal,","type":"direct","speaker":{"start":18,"end":28,"text":"the lawyer","canonical":"the lawyer"},"cue":{"start":29,"end":33,"text":"said"}},{"start":50,"end":70,"text":"the ruling was final","type":"indirect","speaker":{"start":35,"end":44,"text":"Officials","canonical":"Officials"},"cue":{"start":45,"end":49,"text":"said"}}]}

An interrupted quote is one quote with fragments; the surname resolves to the
full name mentioned earlier:

  $ printf '{"text":"Mayor Ana Lopez spoke. “It is done,” Lopez said. “We start in May.”"}\n' | art-quotes | jq -c '.quotes[] | [.type, .text, .speaker.canonical, .fragments]'
  ["direct","It is done, We start in May.","Ana Lopez",[{"start":24,"end":35},{"start":50,"end":66}]]

Quoted words inside reported speech are partial; a quoted title is not a quote:

  $ printf '{"text":"Russia called the meeting “important” on Monday. She watched “Casablanca” twice."}\n' | art-quotes | jq -c '.quotes[] | [.type, .text, .speaker.text, .cue.text]'
  ["partial","the meeting “important” on Monday","Russia","called"]

Apostrophes are not quotation marks; offsets count code points:

  $ printf '{"text":"😀 Russia’s envoy said the ’90s were different."}\n' | art-quotes | jq -c '.quotes[] | [.start, .end, .text, .speaker.text]'
  [22,45,"the ’90s were different","Russia’s envoy"]

according to, and a participle cue that keeps the sentence's speaker:

  $ printf '{"text":"Prices will rise, according to the central bank. Sen. Mark Hill voted no, saying the bill was rushed."}\n' | art-quotes | jq -c '.quotes[] | [.type, .text, .speaker.text, .cue.text]'
  ["indirect","Prices will rise","the central bank","according to"]
  ["indirect","the bill was rushed","Sen. Mark Hill","saying"]

A record without text passes through unchanged; a bad line is reported and
the exit status is 1; the other records are processed.

  $ art-quotes Tests/cli/fixtures/art-quotes/mixed.jsonl 2> $TMP/err
  {"id":1,"text":"“We will appeal,” the lawyer said. Officials said the ruling was final.","quotes":[{"start":1,"end":16,"text":"We will appeal,","type":"direct","speaker":{"start":18,"end":28,"text":"the lawyer","canonical":"the lawyer"},"cue":{"start":29,"end":33,"text":"said"}},{"start":50,"end":70,"text":"the ruling was final","type":"indirect","speaker":{"start":35,"end":44,"text":"Officials","canonical":"Officials"},"cue":{"start":45,"end":49,"text":"said"}}]}
  {"id":3,"title":"no text"}
  [1]
  $ cat $TMP/err
  art-quotes: Tests/cli/fixtures/art-quotes/mixed.jsonl:2: not JSON: invalid literal (byte 1)

Empty input gives empty output:

  $ printf '' | art-quotes

-j 2 gives the same bytes as -j 1:

  $ art-quotes -j 1 Tests/cli/fixtures/art-quotes/many.jsonl > $TMP/j1 && art-quotes -j 2 Tests/cli/fixtures/art-quotes/many.jsonl > $TMP/j2 && cmp $TMP/j1 $TMP/j2 && wc -l < $TMP/j2
  32

A usage error exits 2:

  $ art-quotes --jobs 0 2> /dev/null
  [2]

The bundled example article: the spokesperson's two-part quote, the reported
speech of the Security Council spokesperson, Ryabkov and U.S. officials, and
the partial quotes:

  $ python3 -c 'import json,sys; print(json.dumps({"text": sys.stdin.read()}, ensure_ascii=False))' < examples/rferl-us-russia-security-talks.txt | art-quotes | jq -r '.quotes[] | [.type, .speaker.canonical, (.fragments | length)] | @tsv'
  indirect	a spokesperson for the White House’s National Security Council	0
  direct	the White House spokesperson	2
  indirect	Sergei Ryabkov	0
  indirect	Sergei Ryabkov	0
  partial	Sergei Ryabkov	0
  indirect	the U.S. spokesperson	0
  partial	Russia	0
  indirect	Russia	0
  indirect	its European allies	0
  indirect	U.S. officials	0

The record's sentences are used when present; art-quotes segments with the
same code as art-sentences when they are not, so the quotes are the same:

  $ for f in Tests/cli/fixtures/art-quotes/many.jsonl examples/art-quotes/articles.jsonl; do art-quotes $f | jq -c .quotes > $TMP/alone; art-sentences $f | art-quotes | jq -c .quotes > $TMP/piped; cmp $TMP/alone $TMP/piped && wc -l < $TMP/piped; done
  32
  2
  $ python3 -c 'import json,sys; print(json.dumps({"text": sys.stdin.read()}, ensure_ascii=False))' < examples/rferl-us-russia-security-talks.txt > $TMP/rferl.jsonl && art-sentences $TMP/rferl.jsonl | art-quotes | jq -c .quotes | cmp - <(art-quotes $TMP/rferl.jsonl | jq -c .quotes) && echo same
  same

A language without a quote lexicon is marked, never guessed:

  $ printf '{"lang":"fr","text":"« Nous allons gagner », a déclaré M. Macron."}\n' | art-quotes | jq -c '[.quotes, .errors[0].kind]'
  [null,"unsupported_language"]
