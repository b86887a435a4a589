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
speech of the Security Council spokesperson, Ryabkov and U.S. officials, the
partial quotes, and a judgement no one is named for (`Those talks are
expected to focus on …`):

  $ python3 -c 'import json,sys; print(json.dumps({"text": sys.stdin.read()}, ensure_ascii=False))' < examples/rferl-us-russia-security-talks.txt | art-quotes | jq -r '.quotes[] | [.type, .speaker.canonical, (.fragments | length)] | @tsv'
  indirect	a spokesperson for the White House’s National Security Council	0
  direct	the White House spokesperson	2
  indirect	Sergei Ryabkov	0
  indirect	Sergei Ryabkov	0
  partial	Sergei Ryabkov	0
  indirect	the U.S. spokesperson	0
  partial	Russia	0
  indirect		0
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

  $ printf '{"lang":"it","text":"«Vinceremo», ha detto il ministro."}\n' | art-quotes | jq -c '[.quotes, .errors[0].kind]'
  [null,"unsupported_language"]

German: „…“ and »…«, verb-second cues after the quote and before the colon,
a title compound before the name, a pronoun resolved to the person, so X,
laut X, and sagte, dass:

  $ printf '%s\n' '{"lang":"de","text":"„Wir bauen neue Schulen“, sagte Bildungsministerin Eva Brandt am Montag. „Das dauert“, räumte sie ein. Am Abend sagte Brandt: »Wir fangen sofort an.« „Es reicht nicht“, so der Verband. Laut dem Landesamt fehlen 300 Lehrer. Brandt sagte, dass sie die Zahlen prüfe."}' | art-quotes | jq -c '.quotes[] | [.type, .text, .speaker.text, .speaker.canonical, .cue.text]'
  ["direct","Wir bauen neue Schulen","Bildungsministerin Eva Brandt","Eva Brandt","sagte"]
  ["direct","Das dauert","sie","Eva Brandt","räumte"]
  ["direct","Wir fangen sofort an.","Brandt","Eva Brandt","sagte"]
  ["direct","Es reicht nicht","der Verband","Verband","so"]
  ["indirect","fehlen 300 Lehrer","dem Landesamt","Landesamt","Laut"]
  ["indirect","sie die Zahlen prüfe","Brandt","Eva Brandt","sagte"]

French: « … » with no-break spaces or plain ones, an auxiliary and its
participle before the speaker, M. and Mme, il, selon X, a line of dialogue:

  $ printf '%s\n' '{"lang":"fr","text":"«\u00a0Le budget est prêt\u00a0», a déclaré M. Paul Girard jeudi. « Rien ne change », a-t-il ajouté. Mme Sophie Lenoir a affirmé : « Nous voterons contre. » Selon le ministère, la dette baisse.\n\n— Ce texte est injuste, a expliqué Mme Lenoir."}' | art-quotes | jq -c '.quotes[] | [.type, .text, .speaker.text, .speaker.canonical, .cue.text]'
  ["direct","Le budget est prêt","M. Paul Girard","Paul Girard","a déclaré"]
  ["direct","Rien ne change","il","Paul Girard","a-t-il ajouté"]
  ["direct","Nous voterons contre.","Mme Sophie Lenoir","Sophie Lenoir","affirmé"]
  ["indirect","la dette baisse","le ministère","le ministère","Selon"]
  ["direct","Ce texte est injuste","Mme Lenoir","Sophie Lenoir","a expliqué"]

Spanish: «…» and “…”, the inverted cue with its auxiliary, a title and a
name, según X, and a dialogue aside between dashes:

  $ printf '%s\n' '{"lang":"es","text":"«La reforma es urgente», afirmó el ministro Carlos Vidal. “No hay dinero”, ha señalado la alcaldesa Marta Gil. Según la patronal, el paro bajará.\n\n—Lo haremos —dijo Vidal—. Pronto."}' | art-quotes | jq -c '.quotes[] | [.type, .text, .speaker.text, .speaker.canonical, .cue.text]'
  ["direct","La reforma es urgente","el ministro Carlos Vidal","Carlos Vidal","afirmó"]
  ["direct","No hay dinero","la alcaldesa Marta Gil","Marta Gil","ha señalado"]
  ["indirect","el paro bajará","la patronal","la patronal","Según"]
  ["direct","Lo haremos Pronto.","Vidal","Carlos Vidal","dijo"]

No entities are needed; with entities on the record the speaker takes the
entity's canonical name, as in English:

  $ printf '%s\n' '{"lang":"de","text":"„Wir sind bereit“, sagte Ministerin Brandt.","entities":[{"start":36,"end":42,"text":"Brandt","type":"PERSON","canonical":"Eva Brandt"}]}' | art-quotes | jq -c '.quotes[0].speaker'
  {"start":25,"end":42,"text":"Ministerin Brandt","canonical":"Eva Brandt"}

The example articles in German, French and Spanish, and the same quotes
with and without art-sentences:

  $ art-quotes examples/art-quotes/multilingual.jsonl | jq -r '[.id, (.quotes | length)] | @tsv'
  energie	5
  hopital	5
  vivienda	4
  $ art-quotes examples/art-quotes/multilingual.jsonl | jq -c .quotes > $TMP/alone; art-sentences examples/art-quotes/multilingual.jsonl | art-quotes | jq -c .quotes | cmp - $TMP/alone && echo same
  same

--gender gives a person speaker a gender and the evidence: a pronoun beats
a title, a title beats the first name, and a name decides only when 90% of
its bearers share a gender; an organisation gets none; without the option
the speaker is as before:

  $ printf '%s\n' '{"text":"Senator Jordan Blake met voters on Tuesday. \"We will not give up,\" she said. \"The plan is ready,\" said Mrs. Leslie Hart. \"Prices will fall,\" said James Porter. \"We are ready,\" said Leslie Grant. \"We deny it,\" the ministry said."}' | art-quotes --gender | jq -c '.quotes[].speaker | [.text, .gender, .gender_evidence, .gender_share]'
  ["she","female","pronoun",null]
  ["Mrs. Leslie Hart","female","title",null]
  ["James Porter","male","name",0.997]
  ["Leslie Grant","unknown",null,null]
  ["the ministry",null,null,null]
  $ printf '%s\n' '{"text":"\"Prices will fall,\" said James Porter."}' | art-quotes | jq -c '.quotes[0].speaker'
  {"start":25,"end":37,"text":"James Porter","canonical":"James Porter"}
  $ printf '%s\n' '{"lang":"es","text":"«La reforma es urgente», afirmó la ministra Ana Vidal. «No hay dinero», dijo el alcalde Pedro Gil."}' | art-quotes --gender | jq -c '.quotes[].speaker | [.text, .gender, .gender_evidence]'
  ["la ministra Ana Vidal","female","title"]
  ["el alcalde Pedro Gil","male","title"]
