Golden tests of art-json. Commands run from the repository root.

The malformed-input fixture: every good line out byte-identical, every bad
line reported with its line number and copied byte for byte to --reject.

  $ python3 Tests/cli/fixtures/art-json/malformed.py $TMP
  $ art-json --max-line-bytes 4096 --reject $TMP/rejected $TMP/input.jsonl > $TMP/out 2> $TMP/err; echo "exit $?"
  exit 1
  $ cmp $TMP/out $TMP/good.jsonl && cmp $TMP/rejected $TMP/rejects.jsonl && echo identical
  identical
  $ sed "s|$TMP|TMP|" $TMP/err
  art-json: TMP/input.jsonl:2: not JSON: unexpected 'h', expecting '{' (byte 1)
  art-json: TMP/input.jsonl:3: not a JSON object: the line holds an array (byte 1)
  art-json: TMP/input.jsonl:4: not a JSON object: the line holds a number (byte 1)
  art-json: TMP/input.jsonl:5: not a JSON object: the line holds a string (byte 1)
  art-json: TMP/input.jsonl:6: unterminated string (byte 16)
  art-json: TMP/input.jsonl:7: trailing data after the object (byte 10)
  art-json: TMP/input.jsonl:9: invalid UTF-8 (byte 13)
  art-json: TMP/input.jsonl:10: lone surrogate \ud800 (byte 10)
  art-json: TMP/input.jsonl:11: NUL byte in a string (byte 11)
  art-json: TMP/input.jsonl:12: line of 200006 bytes is longer than --max-line-bytes 4096
  art-json: TMP/input.jsonl:13: line of 5011 bytes is longer than --max-line-bytes 4096
  art-json: TMP/input.jsonl:14: duplicate key "id" (byte 9)
  art-json: TMP/input.jsonl:18: unexpected '}', expecting a key (byte 8)
  art-json: TMP/input.jsonl:19: unexpected ''', expecting a key (byte 2)
  art-json: TMP/input.jsonl:20: unescaped control character 0x09 in a string (byte 10)

With the default line limit, deep nesting is caught by the depth limit:

  $ sed -n 12p $TMP/input.jsonl | art-json
  art-json: <stdin>:1: nesting deeper than 512 levels (byte 517)
  [1]

--on-error fail stops at the first bad line:

  $ art-json --on-error fail $TMP/input.jsonl 2>&1 | sed "s|$TMP|TMP|"
  art-json: TMP/input.jsonl:2: not JSON: unexpected 'h', expecting '{' (byte 1)
  {"id":1,"text":"Hello, world."}

Quiet still exits 1:

  $ printf 'x\n' | art-json -q
  [1]

Empty input, and only blank lines:

  $ printf '' | art-json
  $ printf '\n\n  \n' | art-json
  $ printf '' | art-json --to tsv
  $ printf '' | art-json --to json
  []

A missing file is an operational failure, after the others are read:

  $ art-json /nonexistent.jsonl examples/art-json/sample.jsonl --select id
  art-json: cannot open /nonexistent.jsonl: No such file or directory
  {"id":"bridge"}
  {"id":"port"}
  [3]

Usage errors exit 2:

  $ art-json --to xml
  Error: The value 'xml' is invalid for '--to <format>'. Please provide one of the following:
    - jsonl
    - json
    - tsv
    - csv
    - html
    - md
    - text
  Help:  --to <format>  Output format: jsonl, json, tsv, csv, html (a report page), md (the report as Markdown), or text (with --stats).
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --stats --to csv
  Error: --stats goes with --to text or no --to
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --to text < /dev/null
  Error: --to text goes with --stats
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --threshold 0.4 < /dev/null
  Error: --threshold goes with --duplicates
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --duplicates --threshold 0 < /dev/null
  Error: --threshold must be above 0 and at most 1
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --stats --top 0 < /dev/null
  Error: --top must be at least 1
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --version
  art-json 0.1.0

Several files, a BOM and CRLF:

  $ printf '\357\273\277{"a":1}\r\n{"a":2}\r\n' > $TMP/bom.jsonl
  $ art-json $TMP/bom.jsonl - < examples/art-json/sample.jsonl --select id,a
  {"a":1}
  {"a":2}
  {"id":"bridge"}
  {"id":"port"}

JSON array output, and TSV escapes:

  $ printf '{"a":"x\\ty","b":[1,{"c":null}],"n":null}\n{"a":"line\\nbreak \\\\ end","b":true}\n' > $TMP/t.jsonl
  $ art-json --to json $TMP/t.jsonl
  [
  {"a":"x\ty","b":[1,{"c":null}],"n":null},
  {"a":"line\nbreak \\ end","b":true}
  ]
  $ art-json --to tsv $TMP/t.jsonl
  a	b	n
  x\ty	[1,{"c":null}]	
  line\nbreak \\ end	true	
  $ art-json --to csv $TMP/t.jsonl
  a,b,n
  x	y,"[1,{""c"":null}]",
  "line
  break \ end",true,

--drop, and --select in its own order:

  $ art-json --drop text,sentences,entities,quotes examples/art-json/sample.jsonl
  {"id":"bridge"}
  {"id":"port","errors":[{"tool":"art-fetch","kind":"http_status","message":"first attempt: 503"}]}
  $ art-json --select quotes,id examples/art-json/sample.jsonl | art-json --explode quotes --select id,type,speaker --to tsv
  id	type	speaker
  bridge	direct	{"start":66,"end":69,"text":"she","canonical":"Ana Ruiz"}
  port	indirect	{"start":36,"end":45,"text":"officials","canonical":"officials"}

--explode on elements that are not objects, and records without the field:

  $ printf '{"id":7,"tags":["a","b"]}\n{"id":8}\n' | art-json --explode tags
  {"id":7,"value":"a"}
  {"id":7,"value":"b"}

--wrap picks the field by the file name and decodes declared charsets:

  $ printf '<html><head><meta charset="windows-1252"></head><body><p>Caf\351</p></body></html>' > $TMP/page.html
  $ art-json --wrap $TMP/page.html | art-json --drop id
  {"html":"<html><head><meta charset=\"windows-1252\"></head><body><p>Café</p></body></html>"}
  $ printf 'plain\n' > $TMP/a.txt; art-json --wrap --field body $TMP/a.txt | art-json --select body
  {"body":"plain\n"}

--lines rejects invalid UTF-8 and keeps going:

  $ printf 'ok\n\377bad\nfine\n' | art-json --lines --id
  art-json: <stdin>:2: invalid UTF-8
  {"id":"<stdin>:1","text":"ok"}
  {"id":"<stdin>:3","text":"fine"}
  [1]

Under head, a broken pipe is silent:

  $ for i in $(seq 20000); do echo '{"a":1}'; done | art-json | head -1
  {"a":1}

-v prints counts at the end:

  $ art-json -v examples/art-json/sample.jsonl > /dev/null
  art-json: 2 records, 0 rejected, 0 with errors, \d+\.\d+ s \([0-9.]+ records/s\) (re)

Syndicated copies. On the generated test set (invented stories, several on
each topic, and reprints with a new headline, a byline, a notice, a few
edited words and sometimes a cut paragraph), every mark is right and all but
one copy (a short brief) is found:

  $ python3 Tests/cli/fixtures/art-json/syndication.py $TMP/syn.jsonl
  $ art-json --duplicates $TMP/syn.jsonl > $TMP/marked.jsonl
  $ python3 Tests/cli/fixtures/art-json/syndication.py --score $TMP/syn.jsonl $TMP/marked.jsonl
  records 124, true copies 60, marked 59, right 59, precision 1.000, recall 0.983

A stored fingerprint is used as it is, and gives the same marks:

  $ art-json --fingerprint $TMP/syn.jsonl | art-json --duplicates --select id,duplicate_of,similarity > $TMP/a
  $ art-json --select id,duplicate_of,similarity $TMP/marked.jsonl | cmp - $TMP/a && echo same
  same

Running again replaces the marks, and removes those a higher threshold no
longer gives; a record without words has no fingerprint:

  $ art-json --duplicates --threshold 0.68 --select id,duplicate_of,similarity Tests/cli/fixtures/art-json/reprints.jsonl | art-json --duplicates --threshold 0.68
  {"id":"leixoes-wire"}
  {"id":"leixoes-gazette"}
  {"id":"leixoes-strike"}
  {}
  {}
  $ printf '{"id":1,"text":"... !","fingerprint":"old"}\n{"id":2,"text":"Tiny."}\n{"id":3,"text":"tiny"}\n' | art-json --fingerprint --duplicates --drop fingerprint
  {"id":1,"text":"... !"}
  {"id":2,"text":"Tiny."}
  {"id":3,"text":"tiny","duplicate_of":2,"similarity":1}

A fingerprint that is not 256 hex digits is computed again from the text:

  $ printf '{"id":"a","text":"one two three four"}\n{"id":"b","text":"One two three four.","fingerprint":"zz"}\n' | art-json --duplicates --select id,duplicate_of
  {"id":"a"}
  {"id":"b","duplicate_of":"a"}

Statistics of records with languages, sites, dates, copies and speakers
with a gender:

  $ printf '%s\n' '{"id":1,"lang":"en","site":"a.example","date":"2026-11-02T10:00:00Z","quotes":[{"type":"direct","speaker":{"text":"she","canonical":"Ana Ruiz","gender":"female"}},{"type":"direct","speaker":{"text":"Ruiz","canonical":"Ana Ruiz","gender":"female"}},{"type":"indirect","speaker":{"text":"Mr Bell","canonical":"Marco Bell","gender":"male"}}],"entities":[{"type":"PERSON","text":"Ruiz","canonical":"Ana Ruiz"},{"type":"ORG","text":"the \"Port\"","canonical":null}]}' '{"id":2,"lang":"en","site":"b.example","date":"2026-12","duplicate_of":1,"quotes":[{"type":"partial","speaker":null}]}' '{"id":3,"lang":"de","date":"gestern","text":"Gr\u00fc\u00dfe \ud83d\ude00\n"}' > $TMP/s.jsonl
  $ art-json --stats $TMP/s.jsonl
  {"records":3,"fields":{"id":3,"lang":3,"site":2,"date":3,"quotes":2,"entities":1,"duplicate_of":1,"text":1},"text_code_points":8,"sentences":0,"entities":{"total":2,"ORG":1,"PERSON":1},"quotes":{"total":4,"with_speaker":3,"direct":2,"indirect":1,"partial":1},"errors":{},"duplicates":1,"lang":{"en":2,"de":1},"site":{"a.example":1,"b.example":1},"month":{"2026-11":1,"2026-12":1},"quotes_by_month":{"2026-11":3,"2026-12":1},"undated":1,"top_entities":{"PERSON":{"Ana Ruiz":1},"ORG":{"the \"Port\"":1}},"top_speakers":[{"name":"Ana Ruiz","quotes":2,"gender":"female"},{"name":"Marco Bell","quotes":1,"gender":"male"}],"quotes_by_gender":{"female":2,"male":1},"top_speakers_by_gender":{"female":[{"name":"Ana Ruiz","quotes":2}],"male":[{"name":"Marco Bell","quotes":1}]},"approximate":[]}
  $ art-json --stats --to text --top 1 $TMP/s.jsonl | sed -n '/^duplicates/,$p'
  duplicates: 1
  lang:
    2  en
    1  de
  site:
    1  a.example
  month:
    1  2026-11
    1  2026-12
  quotes by month:
    3  2026-11
    1  2026-12
  undated: 1
  top entities:
    PERSON:
      1  Ana Ruiz
    ORG:
      1  the "Port"
  top speakers:
    2  Ana Ruiz (female)
  quotes by gender:
    2  female
    1  male
  top speakers by gender:
    female:
      2  Ana Ruiz
    male:
      1  Marco Bell
  approximate: none

Statistics skip bad lines as every filter does, and count what they can:

  $ printf '{"id":1,"entities":[{"type":"PERSON"},{"type":7,"canonical":[]}],"quotes":[{"speaker":{"gender":1}}],"date":5}\nnot json\n' | art-json --stats | jq -c '[.entities, .quotes, .undated, .top_speakers]'
  art-json: <stdin>:2: not JSON: invalid literal (byte 1)
  [{"total":2,"?":1,"PERSON":1},{"total":1,"with_speaker":1,"?":1},1,[]]

The corpus report: one page of charts, each with its table; a top
speaker links to what they said. --corpus goes with --to html:

  $ art-json --to html --corpus $TMP/s.jsonl | grep -c '<svg'
  9
  $ art-json --to html --corpus $TMP/s.jsonl | grep -o 'href="#speaker-[0-9a-f]*">[^<]*' | sed 's/.*>//'
  Ana Ruiz
  Marco Bell
  $ art-json --corpus $TMP/s.jsonl; echo "status $?"
  Error: --corpus goes with --to html
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  status 2
