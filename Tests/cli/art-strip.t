art-strip: golden transcripts. Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/art-strip.t

A page: the article's paragraphs (headline, navigation, byline, share
buttons, caption, related links, newsletter box and footer left out) and the
metadata from JSON-LD, Open Graph and the page itself.

  $ art-strip examples/art-strip/pages.jsonl | head -1 | jq -c 'del(.html, .text)'
  {"id":"harbour","url":"https://ledger.example.org/2024/03/05/harbour-reopens","title":"Old harbour reopens after two-year repair","authors":["Mara Ellis","Tom Oduya"],"agency":null,"date":"2024-03-05T09:30:00+00:00","date_modified":null,"site":"The Coastal Ledger","lang":"en","declared_lang":"en-GB","description":"Fishing boats return to Westhaven as the rebuilt sea wall opens.","canonical_url":"https://ledger.example.org/2024/03/05/harbour-reopens","image":null,"section":null,"keywords":[],"notice":null}
  $ art-strip examples/art-strip/pages.jsonl | head -1 | jq -r .text
  WESTHAVEN — The old harbour reopened on Tuesday, two years after a winter storm broke its sea wall and left the fishing fleet moored thirty miles away.
  
  About forty boats sailed in at dawn, their horns sounding as they passed the new lighthouse, and a crowd of several hundred people lined the quay.
  
  A costly repair
  
  The work cost £14 million, according to the harbour trust, which said the wall now stands a metre higher than before.
  
  “We have our harbour back, and our town with it,” said Jean Marlow, who has fished from Westhaven for forty years.
  
  The trust plans a festival in June.
  Tickets go on sale in April.

Pages in six languages: bylines give the authors and the agency they credit
(dpa, Reuters, EFE, ANSA, Lusa; never an author), or a wire dateline does
(PARIS (AFP) -); the shown date (3 octobre, 3 de octubre, 3 ottobre), the
date in the address, or, without a publication date, the modified one;
the image made absolute, the section and the keywords, each once.

  $ art-strip --drop-html examples/art-strip/wire.jsonl | jq -c '[.id, .authors, .agency, .date, .date_modified]'
  ["de-dpa",["Anna Berg","Jan Kurz"],"dpa","2024-10-03T14:05:00+02:00","2024-10-03T14:05:00+02:00"]
  ["en-reuters",["Jane Doe"],"Reuters","2024-05-02T08:15:00Z","2024-05-03T09:00:00Z"]
  ["fr-afp",[],"AFP","2024-10-03",null]
  ["es-efe",["Lucía Gómez","Pablo Ruiz"],"EFE","2024-10-03",null]
  ["it-ansa",["Mario Rossi","Luca Bianchi"],"ANSA","2024-10-03",null]
  ["pt-lusa",["Ana Souza"],"Lusa","2024-10-03",null]
  $ art-strip --drop-html examples/art-strip/wire.jsonl | head -2 | jq -c '[.image, .section, .keywords]'
  ["https://zeitung.example.de/hafen/bilder/hafen.jpg","Wirtschaft",["Hafen","Hamburg","Schifffahrt"]]
  ["https://img.example.com/bridge.jpg","World",["bridges","council"]]

--explain adds strip_explain: where each field came from (date here from
date_modified, the page having no publication date), and the text's
element and score; without it the output has no strip_explain:

  $ art-strip --explain --drop-html examples/art-strip/wire.jsonl | head -1 | jq -c .strip_explain
  {"title":"h1","authors":"byline-text","agency":"byline-text","date":"date_modified","date_modified":"og","lang":"text","image":"og","section":"og","keywords":"meta[name=keywords]","text":{"method":"class","path":"html/body/main/article/div","score":36}}
  $ art-strip --explain --drop-html examples/art-strip/wire.jsonl | sed -n 3p | jq -c .strip_explain
  {"title":"h1","agency":"dateline-text","date":"dateline-text","lang":"text","text":{"method":"class","path":"html/body/main/article/div","score":37}}
  $ art-strip --drop-html examples/art-strip/wire.jsonl | jq -c 'has("strip_explain")' | sort -u
  false

html is kept unless --drop-html (the second record is plain text):

  $ art-strip examples/art-strip/pages.jsonl | jq -c 'has("html")'
  true
  false
  true
  $ art-strip --drop-html examples/art-strip/pages.jsonl | jq -c 'has("html")'
  false
  false
  false

A plain-text record: white space normalised, paragraphs one blank line
apart, the syndication notice moved to notice and its publisher to site.
A page without any article gets a no_text error.

  $ art-strip --drop-html examples/art-strip/pages.jsonl | tail -2
  {"id":"wire","text":"The county council approved a new bridge on Monday. Work starts in May.","notice":"This story was originally published by the Valley Courier and is republished with permission.","site":"Valley Courier"}
  {"id":"menu","text":"","title":null,"authors":[],"agency":null,"date":null,"date_modified":null,"site":null,"description":null,"canonical_url":null,"image":null,"section":null,"keywords":[],"notice":null,"errors":[{"tool":"art-strip","kind":"no_text","message":"no article text found in html"}]}

The bundled example article, as a plain-text record, loses its first-line
notice:

  $ jq -Rsc '{text: .}' examples/rferl-us-russia-security-talks.txt | art-strip | jq -r '.notice, .site, .text[:62]'
  This article was originally published by Radio Free Europe/Radio Liberty and is reprinted with permission.
  Radio Free Europe/Radio Liberty
  U.S. and Russian officials will hold security talks on January

A record without html or text passes through unchanged; a bad line is
reported and the exit status is 1; the other records are processed.

  $ art-strip Tests/cli/fixtures/art-strip/mixed.jsonl 2> $TMP/err | jq -c 'del(.html)'
  {"id":1,"text":"Le nouveau pont a ouvert lundi matin, après trois ans de travaux, et les premières voitures l'ont traversé à 6 heures.\n\nLe maire a salué « un jour attendu depuis longtemps », devant une foule nombreuse.","title":"Le pont ouvre","authors":[],"agency":null,"date":null,"date_modified":null,"site":"Gazette du Val","lang":"fr","description":null,"canonical_url":null,"image":null,"section":null,"keywords":[],"notice":null}
  {"id":2,"title":"no html, no text"}
  {"id":4,"text":"First line.\n\nSecond line.","notice":null}
  $ art-strip Tests/cli/fixtures/art-strip/mixed.jsonl > /dev/null
  art-strip: Tests/cli/fixtures/art-strip/mixed.jsonl:3: unexpected 'n', expecting a key (byte 2)
  [1]
  $ art-strip -q --reject $TMP/rejected Tests/cli/fixtures/art-strip/mixed.jsonl > /dev/null
  [1]
  $ cat $TMP/rejected
  {not json}

Running twice replaces the fields instead of adding them again:

  $ art-strip --drop-html examples/art-strip/pages.jsonl | art-strip | head -1 | jq -c 'keys_unsorted'
  ["id","url","text","title","authors","agency","date","date_modified","site","lang","description","canonical_url","image","section","keywords","notice"]

Empty input gives empty output; -j 2 gives the same bytes as -j 1:

  $ printf '' | art-strip
  $ art-strip -j 1 Tests/cli/fixtures/art-strip/many.jsonl > $TMP/j1
  $ art-strip -j 2 Tests/cli/fixtures/art-strip/many.jsonl > $TMP/j2
  $ cmp $TMP/j1 $TMP/j2 && wc -l < $TMP/j1
  60

Hostile input never crashes: unclosed and mis-nested tags, binary garbage,
an empty page, a windows-1252 page (already decoded) that declares its
charset, and a page with no article.

  $ art-strip --drop-html Tests/cli/fixtures/art-strip/robust.jsonl | jq -c '[.id, (.text | length > 0), (.errors // [] | map(.kind))]'
  ["unclosed",true,[]]
  ["garbage",true,[]]
  ["empty",false,["no_text"]]
  ["cp1252",true,[]]
  ["noarticle",false,["no_text"]]
  $ art-strip --drop-html Tests/cli/fixtures/art-strip/robust.jsonl | jq -r 'select(.id == "cp1252") | .text[:27]'
  Café crème — “naïve” résumé

100,000 nested divisions and a 10 MB page on one line:

  $ python3 -c 'import json; print(json.dumps({"id": "deep", "html": "<div>" * 100000 + "<p>Deep.</p>" + "</div>" * 100000}))' | art-strip | jq -c '[.id, .text]'
  ["deep","Deep."]
  $ python3 -c 'import json; print(json.dumps({"id": "big", "html": "<article>" + "<p>A long line of article text, with commas, repeated.</p>" * 190000 + "</article>"}))' | art-strip --drop-html | jq -c '[.id, (.text | length > 9000000)]'
  ["big",true]

The language comes from the text itself; what the page declared is kept as
declared_lang when it differs, and a plain text gets its language too:

  $ printf '{"html":"<html lang=\\"en\\"><body><article><p>Bundeskanzler Olaf Scholz sagte am Montag in Berlin, die Energiepreise würden im nächsten Jahr deutlich sinken. Die Regierung werde den Familien helfen, und die Opposition kritisierte den Plan scharf.</p></article></body></html>"}\n' | art-strip | jq -c '[.lang, .declared_lang]'
  ["de","en"]
  $ printf '{"text":"Le président a déclaré lundi que la réforme des retraites serait votée avant l’été, malgré les manifestations qui se poursuivent dans plusieurs grandes villes du pays. Les syndicats appellent à une nouvelle journée de grève jeudi prochain."}\n' | art-strip | jq -c '[.lang, .declared_lang]'
  ["fr",null]

--format markdown adds a markdown field: the same main text with its
headings, paragraphs, lists (a nested list under its item), quotes, tables
(a pipe table, its first row the header, a | in a cell escaped), links made
absolute against the page's url, emphasis, code and line breaks, and the
characters that would read as markup escaped:

  $ art-strip --format markdown Tests/cli/fixtures/art-strip/markdown.jsonl | jq -r .markdown > $TMP/md
  $ grep -v '^>' $TMP/md | cat -s
  The harbour trust approved on **Thursday** the plans for a *three-day* festival in June, the first since the sea wall was rebuilt, and published them [on its website](https://ledger.example.org/2024/04/plans/festival.pdf).
  
  ## What is planned
  
  The programme, drawn up with the town council, has three parts:
  
  - a parade of boats on the Friday, led by the lifeboat;
  - concerts on the quay, among them:
    1. the town band;
    2. two choirs from the valley.
  - a fish market on the Sunday.
  
  Tickets are priced as follows:
  
  | Ticket | Price |
  | --- | --- |
  | Adult | £12 |
  | Child \| under 12 | £5 |
  
  Bookings open in April at the harbour office\
  or by telephone. The trust's code for group bookings is `GROUP_24`; \*conditions\* apply.

A quote's lines start with "> " (which a transcript cannot show as output):

  $ grep '^> ' $TMP/md | cut -c3-
  We wanted the town to celebrate its harbour, and the people who rebuilt it.

text is the same with it and without; --format text is the default, and
gives the same bytes as no option; a plain-text record gets its paragraphs
escaped; any other format is a usage error:

  $ art-strip --format markdown Tests/cli/fixtures/art-strip/markdown.jsonl | jq -r .text > $TMP/md_text
  $ art-strip Tests/cli/fixtures/art-strip/markdown.jsonl | jq -r .text | cmp - $TMP/md_text && echo same
  same
  $ art-strip --format text examples/art-strip/pages.jsonl | cmp - <(art-strip examples/art-strip/pages.jsonl) && echo same
  same
  $ art-strip examples/art-strip/pages.jsonl | jq -c 'has("markdown")' | sort -u
  false
  $ printf '{"text":"# Not a heading\\n\\n1. Not a list, *not* emphasis."}\n' | art-strip --format markdown | jq -r .markdown
  \# Not a heading
  
  1\. Not a list, \*not\* emphasis.
  $ art-strip --format html < /dev/null 2>&1 | head -1
  Error: The value 'html' is invalid for '--format <text|markdown>'. Please provide one of 'text' and 'markdown'.
  $ art-strip --format html < /dev/null 2> /dev/null
  [2]
