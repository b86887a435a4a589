art-entities: golden transcripts. Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/art-entities.t

A normal record: names, a date and a surname that takes the full name as its
canonical name; U.S. takes the alias table's name.

  $ printf '{"id":"a","text":"Deputy Foreign Minister Sergei Ryabkov spoke in Geneva on January 10. Ryabkov met U.S. envoys."}\n' | art-entities
  {"id":"a","text":"Deputy Foreign Minister Sergei Ryabkov spoke in Geneva on January 10. Ryabkov met U.S. envoys.","entities":[{"start":24,"end":38,"text":"Sergei Ryabkov","type":"PERSON","canonical":"Sergei Ryabkov"},{"start":48,"end":54,"text":"Geneva","type":"LOC","canonical":"Geneva"},{"start":58,"end":68,"text":"January 10","type":"DATE","canonical":"January 10"},{"start":70,"end":77,"text":"Ryabkov","type":"PERSON","canonical":"Sergei Ryabkov"},{"start":82,"end":86,"text":"U.S.","type":"LOC","canonical":"United States"}]}

An acronym defined in the text takes its expansion; possessives and a
leading "the" stay outside the spans:

  $ printf '{"text":"The talks in Kyiv’s centre involved the Organization for Security and Cooperation in Europe (OSCE). The OSCE said little."}\n' | art-entities | jq -c '.entities[] | [.start, .end, .text, .type, .canonical]'
  [13,17,"Kyiv","LOC","Kyiv"]
  [40,91,"Organization for Security and Cooperation in Europe","ORG","Organization for Security and Cooperation in Europe"]
  [93,97,"OSCE","ORG","Organization for Security and Cooperation in Europe"]
  [104,108,"OSCE","ORG","Organization for Security and Cooperation in Europe"]

Numbers, dates and times in news style:

  $ printf '{"text":"On Tuesday at 5 p.m. the fund pledged $3.5 billion and €20 million, about 5 percent of 40%% of the budget, for 300 troops in early 2022, the first such move in 2 1/2 years since the 1990s."}\n' | art-entities | jq -c '.entities[] | [.text, .type]'
  ["Tuesday","DATE"]
  ["5 p.m.","TIME"]
  ["$3.5 billion","MONEY"]
  ["€20 million","MONEY"]
  ["about 5 percent","PERCENT"]
  ["40%","PERCENT"]
  ["300 troops","QUANTITY"]
  ["early 2022","DATE"]
  ["2 1/2 years","DATE"]
  ["the 1990s","DATE"]

Offsets count code points, not bytes or UTF-16 units:

  $ printf '{"text":"😀 émigrés met Angela Merkel in Paris."}\n' | art-entities | jq -c '.entities[] | [.start, .end, .text]'
  [14,27,"Angela Merkel"]
  [31,36,"Paris"]

--types keeps only some types:

  $ printf '{"text":"Mayor Lena Ortiz of Denver met officials on Monday."}\n' | art-entities --types PERSON,DATE | jq -c '[.entities[].type]'
  ["PERSON","DATE"]
  $ art-entities --types PEOPLE < /dev/null
  Error: unknown type 'PEOPLE' in --types
  Usage: art-entities [<options>] [<file> ...]
    See 'art-entities --help' for more information.
  [2]

Existing sentences are used; an existing entities field is replaced:

  $ printf '{"text":"Lena Ortiz spoke. Denver listened.","sentences":[{"start":0,"end":17},{"start":18,"end":34}],"entities":[]}\n' | art-entities | jq -c '[(.sentences | length), (.entities[] | .text)]'
  [2,"Lena Ortiz"]

The entities are the same whether art-sentences ran first or not: without
sentences, art-entities segments the text with the code art-sentences uses
(the examples, the CLI fixtures and a wrapped article):

  $ for f in examples/art-entities/briefing.jsonl examples/art-sentences/briefing.jsonl Tests/cli/fixtures/art-entities/*.jsonl Tests/cli/fixtures/art-quotes/*.jsonl; do art-sentences -q $f | art-entities | jq -c .entities > $TMP/with; art-entities -q $f | jq -c .entities > $TMP/without; cmp $TMP/with $TMP/without && echo "$(wc -l < $TMP/with) records the same: $f"; done
  1 records the same: examples/art-entities/briefing.jsonl
  2 records the same: examples/art-sentences/briefing.jsonl
  40 records the same: Tests/cli/fixtures/art-entities/many.jsonl
  3 records the same: Tests/cli/fixtures/art-entities/mixed.jsonl
  32 records the same: Tests/cli/fixtures/art-quotes/many.jsonl
  2 records the same: Tests/cli/fixtures/art-quotes/mixed.jsonl
  $ art-json --wrap examples/rferl-us-russia-security-talks.txt | art-sentences | art-entities | jq -c .entities > $TMP/with; art-json --wrap examples/rferl-us-russia-security-talks.txt | art-entities | jq -c .entities | cmp - $TMP/with && jq length $TMP/with
  68

A record without text passes through unchanged; a bad line is reported and
the exit status is 1; the other records are processed.

  $ art-entities Tests/cli/fixtures/art-entities/mixed.jsonl 2> $TMP/err | jq -c '[.id, [.entities[]?.text]]'
  [1,["Lena Ortiz","Denver","World Bank","Monday"]]
  [2,[]]
  [3,["Ortiz","$40 million","about 3 percent"]]
  $ art-entities Tests/cli/fixtures/art-entities/mixed.jsonl > /dev/null
  art-entities: Tests/cli/fixtures/art-entities/mixed.jsonl:2: not JSON: invalid literal (byte 1)
  [1]
  $ art-entities -q --reject $TMP/rejected Tests/cli/fixtures/art-entities/mixed.jsonl > /dev/null
  [1]
  $ cat $TMP/rejected
  not json at all

Empty input gives empty output; an empty text has no entities:

  $ printf '' | art-entities
  $ printf '{"text":""}\n' | art-entities
  {"text":"","entities":[]}

A missing model is an operational failure:

  $ printf '{"text":"x"}\n' | art-entities --model Tests/cli/fixtures/art-entities/none.model
  art-entities: cannot read the entity model Tests/cli/fixtures/art-entities/none.model: No such file or directory
  [3]
  $ printf '{"text":"x"}\n' | ART_MODEL=Tests/cli/fixtures/art-entities/none.model art-entities
  art-entities: cannot read the entity model Tests/cli/fixtures/art-entities/none.model: No such file or directory
  [3]
  $ printf '{"text":"x"}\n' | art-entities --model Tests/cli/fixtures/art-entities/mixed.jsonl
  art-entities: invalid entity model Tests/cli/fixtures/art-entities/mixed.jsonl: not an art entity model
  [3]

-j 2 gives the same bytes as -j 1:

  $ art-entities -j 1 Tests/cli/fixtures/art-entities/many.jsonl > $TMP/j1
  $ art-entities -j 2 Tests/cli/fixtures/art-entities/many.jsonl > $TMP/j2
  $ cmp $TMP/j1 $TMP/j2 && wc -l < $TMP/j1
  40

A language without a model is marked, never guessed: no entities, an
unsupported_language entry in errors, exit status 0. --lang forces one:

  $ printf '{"text":"De minister-president zei maandag in Den Haag dat de energieprijzen volgend jaar flink zullen dalen. De regering zal de gezinnen helpen, en de oppositie bekritiseerde het plan scherp."}\n' | art-entities | jq -c '[.entities, .errors[0].kind]'; echo "status ${PIPESTATUS[1]}"
  [null,"unsupported_language"]
  status 0

German and Spanish have models: their names, and dates in their words:

  $ printf '{"text":"Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Energiepreise würden im nächsten Jahr deutlich sinken. Die Regierung werde den Familien helfen, und die Opposition kritisierte den Plan scharf."}\n' | art-entities | jq -c '.entities[] | [.text, .type]'
  ["Olaf Scholz","PERSON"]
  ["Montag","DATE"]
  ["Berlin","LOC"]
  ["nächsten Jahr","DATE"]
  $ printf '{"text":"El presidente Pedro Sánchez dijo el lunes en Madrid que los precios de la energía bajarán mucho el próximo año. El Gobierno ayudará a las familias, y la oposición criticó el plan con dureza."}\n' | art-entities | jq -c '.entities[] | [.text, .type]'
  ["Pedro Sánchez","PERSON"]
  ["lunes","DATE"]
  ["Madrid","LOC"]
  ["próximo año","DATE"]
  $ printf '{"lang":null,"text":"Mixed text."}\n{"text":"Anna Berg visited Paris."}\n' | art-entities --lang ko | jq -c '[.entities, .errors[0].kind]'
  [null,"unsupported_language"]
  [null,"unsupported_language"]
