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
  Help:  --to <format>  Output format: jsonl, json, tsv, csv, html (a report page) or md (the report as Markdown).
  Usage: art-json [<options>] [<file> ...]
    See 'art-json --help' for more information.
  [2]
  $ art-json --stats --to csv
  Error: --stats and --to cannot be used together
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
