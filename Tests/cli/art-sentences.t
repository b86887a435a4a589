art-sentences: golden transcripts. Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/art-sentences.t

A normal record: sentences as code point spans; U.S. inside a sentence, and a
quotation with its attribution kept whole.

  $ printf '{"id":"a","text":"Officials in the U.S. said so. “We will see,” she said."}\n' | art-sentences
  {"id":"a","text":"Officials in the U.S. said so. “We will see,” she said.","sentences":[{"start":0,"end":30},{"start":31,"end":55}]}

An abbreviation that ends the sentence, decided by the next word:

  $ printf '{"text":"He is flying to the U.S. The trip is short."}\n' | art-sentences
  {"text":"He is flying to the U.S. The trip is short.","sentences":[{"start":0,"end":24},{"start":25,"end":43}]}

Offsets count code points, not bytes or UTF-16 units:

  $ printf '{"text":"Émigré 😀 news. Next."}\n' | art-sentences
  {"text":"Émigré 😀 news. Next.","sentences":[{"start":0,"end":14},{"start":15,"end":20}]}

Headlines and paragraphs:

  $ printf '{"text":"Talks Open in Geneva\\nGENEVA — Envoys met.\\n\\nMore talks follow"}\n' | art-sentences
  {"text":"Talks Open in Geneva\nGENEVA — Envoys met.\n\nMore talks follow","sentences":[{"start":0,"end":20},{"start":21,"end":41},{"start":43,"end":60}]}

A record without text passes through unchanged; a bad line is reported and
the exit status is 1; the other records are processed.

  $ art-sentences Tests/cli/fixtures/art-sentences/mixed.jsonl 2> $TMP/err
  {"id":1,"text":"Gen. Ruiz met U.S. envoys. “It went well,” he said.","sentences":[{"start":0,"end":26},{"start":27,"end":51}]}
  {"id":2,"title":"no text here"}
  {"id":3,"text":"“Stop!” she shouted. The crowd stopped.\n\nThe end","sentences":[{"start":0,"end":20},{"start":21,"end":39},{"start":41,"end":48}]}
  [1]
  $ cat $TMP/err
  art-sentences: Tests/cli/fixtures/art-sentences/mixed.jsonl:2: not JSON: invalid literal (byte 1)

Rejected lines go to --reject, byte for byte:

  $ art-sentences -q --reject $TMP/rejected Tests/cli/fixtures/art-sentences/mixed.jsonl > /dev/null
  [1]
  $ cat $TMP/rejected
  not json at all

Running twice replaces the field instead of adding a second one:

  $ printf '{"text":"One. Two."}\n' | art-sentences | art-sentences
  {"text":"One. Two.","sentences":[{"start":0,"end":4},{"start":5,"end":9}]}

Empty input gives empty output:

  $ printf '' | art-sentences
  $ printf '\n\n' | art-sentences

An empty text has no sentences:

  $ printf '{"text":""}\n' | art-sentences
  {"text":"","sentences":[]}

-j 2 gives the same bytes as -j 1:

  $ art-sentences -j 1 Tests/cli/fixtures/art-sentences/many.jsonl > $TMP/j1
  $ art-sentences -j 2 Tests/cli/fixtures/art-sentences/many.jsonl > $TMP/j2
  $ cmp $TMP/j1 $TMP/j2 && wc -l < $TMP/j1
  200

Languages: --lang forces the rules of one. German ordinal dots (`3. Oktober`)
and abbreviations (`Dr.`) do not end a sentence, and `“` closes a „quotation“:

  $ printf '{"id":"de","text":"Am 3. Oktober wird gewählt. „Wir sind bereit“, sagte Dr. Weber. „Es ist Zeit.“ Die Wahl beginnt um 8 Uhr."}\n' | art-sentences --lang de
  {"id":"de","text":"Am 3. Oktober wird gewählt. „Wir sind bereit“, sagte Dr. Weber. „Es ist Zeit.“ Die Wahl beginnt um 8 Uhr.","sentences":[{"start":0,"end":27},{"start":28,"end":63},{"start":64,"end":78},{"start":79,"end":105}]}

French « … » with the spaces inside, and M. for Monsieur:

  $ printf '{"text":"« Nous partirons demain. » M. Dupont a quitté la salle. « Vraiment ? » a demandé Mme Durand."}\n' | art-sentences --lang fr
  {"text":"« Nous partirons demain. » M. Dupont a quitté la salle. « Vraiment ? » a demandé Mme Durand.","sentences":[{"start":0,"end":26},{"start":27,"end":55},{"start":56,"end":92}]}

Spanish ¿ and ¡ open a sentence, even after an abbreviation:

  $ printf '{"text":"Compró pan, leche, etc. ¿Cuánto costó? ¡Mucho! El Sr. López pagó."}\n' | art-sentences --lang es
  {"text":"Compró pan, leche, etc. ¿Cuánto costó? ¡Mucho! El Sr. López pagó.","sentences":[{"start":0,"end":23},{"start":24,"end":38},{"start":39,"end":46},{"start":47,"end":65}]}

The record's lang picks the rules; --lang overrides it:

  $ printf '{"lang":"de","text":"Das Haus stammt aus dem 19. Jahrhundert. Es steht leer."}\n' | art-sentences
  {"lang":"de","text":"Das Haus stammt aus dem 19. Jahrhundert. Es steht leer.","sentences":[{"start":0,"end":40},{"start":41,"end":55}]}
  $ printf '{"lang":"de","text":"Das Haus stammt aus dem 19. Jahrhundert. Es steht leer."}\n' | art-sentences --lang en
  {"lang":"de","text":"Das Haus stammt aus dem 19. Jahrhundert. Es steht leer.","sentences":[{"start":0,"end":27},{"start":28,"end":40},{"start":41,"end":55}]}

Usage errors exit 2; a missing input exits 3:

  $ art-sentences --jobs 0 < /dev/null > /dev/null 2>&1
  [2]
  $ art-sentences Tests/cli/fixtures/art-sentences/missing.jsonl
  art-sentences: cannot open Tests/cli/fixtures/art-sentences/missing.jsonl: No such file or directory
  [3]
  $ art-sentences --version
  art-sentences [0-9]+\.[0-9]+\.[0-9]+.* (re)
