art-fetch: golden transcripts (offline: local files and WARC files only). Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/art-fetch.t

fetched_at is the time of the run and final_url holds the absolute path of
the checkout, so most commands drop them.

  $ nodate() { jq -c 'del(.fetched_at, .final_url)'; }

A normal record, a record without url (unchanged), a bad line (reported,
exit status 1), an unsupported scheme and a type that is neither HTML nor
text: one output record per input record, in input order.

  $ art-fetch Tests/cli/fixtures/art-fetch/records.jsonl > $TMP/out 2> $TMP/err
  [1]
  $ nodate < $TMP/out
  {"id":1,"url":"Tests/cli/fixtures/art-fetch/page.html","content_type":"text/html","charset":"UTF-8","html":"<html><head><title>Quay</title></head><body><p>Boats are back.</p></body></html>\n"}
  {"id":2,"title":"no url"}
  {"id":4,"url":"ftp://example.org/x","errors":[{"tool":"art-fetch","kind":"invalid_url","message":"unsupported scheme ftp: ftp://example.org/x"}]}
  {"id":5,"url":"Tests/cli/fixtures/art-fetch/logo.png","content_type":"image/png","errors":[{"tool":"art-fetch","kind":"content_type","message":"content type image/png is neither HTML nor plain text (use --any-type)"}]}
  $ cat $TMP/err
  art-fetch: Tests/cli/fixtures/art-fetch/records.jsonl:3: unexpected end of line, expecting a value (byte 15)

The rejected line goes to --reject byte for byte; --on-error fail stops there.

  $ art-fetch -q --reject $TMP/rejected Tests/cli/fixtures/art-fetch/records.jsonl > /dev/null
  [1]
  $ cat $TMP/rejected
  {"id":3,"url":
  $ art-fetch --on-error fail Tests/cli/fixtures/art-fetch/records.jsonl 2> /dev/null | nodate
  {"id":1,"url":"Tests/cli/fixtures/art-fetch/page.html","content_type":"text/html","charset":"UTF-8","html":"<html><head><title>Quay</title></head><body><p>Boats are back.</p></body></html>\n"}
  {"id":2,"title":"no url"}

A list of bare URLs and paths, with a duplicate, a blank line, a missing
file and an invalid URL; a page in KOI8-R declared in its meta comes out in
UTF-8.

  $ art-fetch Tests/cli/fixtures/art-fetch/urls.txt | jq -c '[.url, .charset, (.errors[0].kind // "-")]'
  ["Tests/cli/fixtures/art-fetch/page.html","UTF-8","-"]
  ["Tests/cli/fixtures/art-fetch/koi8.html","KOI8-R","-"]
  ["Tests/cli/fixtures/art-fetch/page.html","UTF-8","-"]
  ["file:///nonexistent/dir/x.html",null,"file"]
  ["http://exa mple.org/",null,"invalid_url"]
  $ art-fetch Tests/cli/fixtures/art-fetch/urls.txt | jq -r 'select(.charset == "KOI8-R") | .html'
  <html><head><meta charset="koi8-r"></head><body><p>Привет, мир</p></body></html>
  

Plain text in windows-1252 without any declaration is detected:

  $ echo Tests/cli/fixtures/art-fetch/latin1.txt | art-fetch | jq -c '{content_type, charset, text}'
  {"content_type":"text/plain","charset":"windows-1252","text":"Señor Núñez paid 5 €.\n"}

file:// URLs; final_url is the file URL of the absolute path:

  $ echo "{\"url\":\"file://$PWD/Tests/cli/fixtures/art-fetch/page.html\"}" | art-fetch | jq -r '.final_url == .url'
  true
  $ echo Tests/cli/fixtures/art-fetch/page.html | art-fetch | jq -r '.final_url | startswith("file:///") and endswith("/Tests/cli/fixtures/art-fetch/page.html")'
  true

--any-type keeps other types; --max-bytes limits the body:

  $ echo Tests/cli/fixtures/art-fetch/logo.png | art-fetch --any-type | jq -c '[.content_type, has("text"), .errors]'
  ["image/png",true,null]
  $ echo Tests/cli/fixtures/art-fetch/page.html | art-fetch --max-bytes 20 | jq -r '.errors[0].kind'
  too_large

Concurrency does not change the output (fetched_at aside):

  $ art-fetch --concurrency 1 Tests/cli/fixtures/art-fetch/urls.txt | nodate > $TMP/one
  $ art-fetch --concurrency 8 --per-host 8 Tests/cli/fixtures/art-fetch/urls.txt | nodate > $TMP/eight
  $ art-fetch --unordered Tests/cli/fixtures/art-fetch/urls.txt | nodate | sort > $TMP/unordered
  $ cmp $TMP/one $TMP/eight && sort $TMP/one | cmp - $TMP/unordered && wc -l < $TMP/one
  5

Empty input gives empty output:

  $ art-fetch < /dev/null
  $ printf '\n\n' | art-fetch

WARC files, plain and gzipped (one member per record): response records
only, with the stored status, type and charset.

  $ art-fetch --warc Tests/cli/fixtures/art-fetch/sample.warc
  {"url":"http://example.org/news/1","final_url":"http://example.org/news/1","status":200,"content_type":"text/html","charset":"UTF-8","fetched_at":"2024-05-01T10:00:00Z","html":"<p>First story.</p>"}
  {"url":"http://example.org/news/2","final_url":"http://example.org/news/2","status":200,"content_type":"text/html","charset":"UTF-8","fetched_at":"2024-05-01T10:00:00Z","html":"<p>Second — zipped.</p>"}
  {"url":"http://example.org/gone","final_url":"http://example.org/gone","status":404,"content_type":"text/html","fetched_at":"2024-05-01T10:00:00Z","errors":[{"tool":"art-fetch","kind":"http_status","message":"HTTP 404 from http://example.org/gone"}]}
  {"url":"http://example.org/logo.png","final_url":"http://example.org/logo.png","status":200,"content_type":"image/png","fetched_at":"2024-05-01T10:00:00Z","errors":[{"tool":"art-fetch","kind":"content_type","message":"content type image/png is neither HTML nor plain text (use --any-type)"}]}
  $ art-fetch --warc Tests/cli/fixtures/art-fetch/sample.warc.gz | cmp - <(art-fetch --warc Tests/cli/fixtures/art-fetch/sample.warc) && echo same
  same
  $ art-fetch -j 2 --warc Tests/cli/fixtures/art-fetch/sample.warc.gz | cmp - <(art-fetch --warc Tests/cli/fixtures/art-fetch/sample.warc) && echo same
  same

A file cut short: the whole records come out, the cut one is reported with
its byte offset, like a rejected line (exit status 1).

  $ head -c 900 Tests/cli/fixtures/art-fetch/sample.warc > $TMP/cut.warc
  $ art-fetch --warc $TMP/cut.warc > $TMP/out
  art-fetch: .*/cut.warc: byte 781: truncated WARC header (re)
  [1]
  $ jq -c .url $TMP/out
  "http://example.org/news/1"

Damage in a .warc.gz costs the damaged members only: two flipped bytes in
the member of news/2 (at byte 618), and the member of /gone (at byte 899)
cut short; reading goes on at the next member header.

  $ cp Tests/cli/fixtures/art-fetch/sample.warc.gz $TMP/flipped.warc.gz
  $ printf '\377\377' | dd of=$TMP/flipped.warc.gz bs=1 seek=700 conv=notrunc 2> /dev/null
  $ { head -c 1000 $TMP/flipped.warc.gz; tail -c +1115 $TMP/flipped.warc.gz; } > $TMP/bad.warc.gz
  $ art-fetch --warc $TMP/bad.warc.gz > $TMP/out 2> $TMP/err
  [1]
  $ jq -c .url $TMP/out
  "http://example.org/news/1"
  "http://example.org/logo.png"
  $ sed "s|$TMP/||" $TMP/err
  art-fetch: bad.warc.gz: byte 618: damaged gzip member \(.*\) (re)
  art-fetch: bad.warc.gz: byte 899: damaged gzip member \(.*\) (re)
  $ art-fetch -j 2 --warc $TMP/bad.warc.gz 2> /dev/null | cmp - $TMP/out && echo same
  same

-q keeps the reports quiet (the exit status still tells); --on-error fail
stops at the first damage.

  $ art-fetch -q --warc $TMP/bad.warc.gz | wc -l
  2
  $ art-fetch -q --warc $TMP/bad.warc.gz > /dev/null
  [1]
  $ art-fetch -q --on-error fail --warc $TMP/bad.warc.gz | jq -c .url
  "http://example.org/news/1"
  $ art-fetch --warc $TMP/missing.warc
  art-fetch: cannot open .*/missing.warc: No such file or directory (re)
  [3]

Usage errors exit with status 2:

  $ art-fetch --concurrency 0 < /dev/null 2>&1 | head -1
  Error: --concurrency must be between 1 and 4096
  $ art-fetch --concurrency 0 < /dev/null 2> /dev/null
  [2]
  $ art-fetch --revalidate < /dev/null 2> /dev/null
  [2]
  $ art-fetch y.jsonl --warc x.warc 2> /dev/null
  [2]
  $ art-fetch --version
  art-fetch \d+\.\d+\.\d+ (re)

The pipeline on a list of local pages: fetch, extract the text, split it.

  $ art-fetch examples/art-fetch/pages.txt | art-strip | art-sentences | jq -c '[.url, (.sentences // [] | length), .errors[0].kind]'
  ["examples/art-fetch/harbour.html",3,null]
  ["examples/art-fetch/cafe-cp1252.html",1,null]
  ["examples/art-fetch/missing.html",0,"file"]

Discovery: the article records of a page's feeds (an RSS and an Atom feed),
each URL once, in document order, with dates in ISO 8601 and titles. Local
feeds and pages are read from disk; their relative links stay relative.

  $ D=Tests/cli/fixtures/art-fetch/discover
  $ echo $D/home.html | art-fetch --discover
  {"url":"https://courier.example/2024/03/05/dredging","source":"Tests/cli/fixtures/art-fetch/discover/news.rss","date":"2024-03-05T09:30:00Z","title":"Dredging of the harbour starts"}
  {"url":"https://courier.example/2024/03/06/rates","source":"Tests/cli/fixtures/art-fetch/discover/news.rss","date":"2024-03-06T17:00:00+01:00","title":"Rates held & a warning"}
  {"url":"https://wire.example/talks","source":"Tests/cli/fixtures/art-fetch/discover/news.rss","title":"Wire: talks resume"}
  {"url":"https://courier.example/2024/03/09/cup-final","source":"Tests/cli/fixtures/art-fetch/discover/sport.atom","date":"2024-03-09T18:00:00Z","title":"Cup final tonight"}

A sitemap index with a Google News sitemap and a gzipped sitemap:

  $ echo $D/index.xml | art-fetch --discover | jq -c '[.url, .source, .date, .title]'
  ["https://courier.example/2024/03/10/market-fire","Tests/cli/fixtures/art-fetch/discover/news-sitemap.xml","2024-03-10T21:05:00-05:00","Fire at the fish market"]
  ["https://courier.example/2024/02/20/floods","Tests/cli/fixtures/art-fetch/discover/archive.xml.gz","2024-02-20",null]
  ["https://courier.example/2024/01/15/budget","Tests/cli/fixtures/art-fetch/discover/archive.xml.gz","2024-01-15T12:00:00Z",null]

--since and --until (a whole day) keep dated articles only; --limit stops
each input after n articles.

  $ printf '%s\n' $D/home.html $D/index.xml | art-fetch --discover --since 2024-02-20 --until 2024-03-06 | jq -r .url
  https://courier.example/2024/03/05/dredging
  https://courier.example/2024/03/06/rates
  https://courier.example/2024/02/20/floods
  $ printf '%s\n' $D/home.html $D/index.xml | art-fetch --discover --limit 1 | jq -r .url
  https://courier.example/2024/03/05/dredging
  https://courier.example/2024/03/10/market-fire

A feed that is not well-formed keeps the entries before the error; the
input record follows them with an errors entry, and the exit status is 0.
An input with no feed or sitemap says so.

  $ printf '%s\n' $D/broken.rss Tests/cli/fixtures/art-fetch/page.html | art-fetch --discover
  {"url":"https://courier.example/kept","source":"Tests/cli/fixtures/art-fetch/discover/broken.rss","title":"Kept"}
  {"url":"Tests/cli/fixtures/art-fetch/discover/broken.rss","errors":[{"tool":"art-fetch","kind":"malformed","message":"Tests/cli/fixtures/art-fetch/discover/broken.rss: line 5: Opening and ending tag mismatch: item line 4 and channel"}]}
  {"url":"Tests/cli/fixtures/art-fetch/page.html","errors":[{"tool":"art-fetch","kind":"not_found","message":"no feed or sitemap found for Tests/cli/fixtures/art-fetch/page.html"}]}

The records are input for art-fetch: from the corpus example's feed to its
articles' text.

  $ echo examples/corpus/feed.xml | art-fetch --discover --since 2025-05-01 | art-fetch | art-strip | jq -c '[.url, .site]'
  ["examples/corpus/pages/battery-startup.html","TechPulse Europe"]
  ["examples/corpus/pages/cup-final.html","The Sporting Record"]
  ["examples/corpus/pages/trade-talks-wire.html","Continental Press Wire"]

The discovery options need --discover; dates are ISO 8601:

  $ art-fetch --limit 3 < /dev/null 2>&1 | head -1
  Error: --since, --until, --same-host and --limit need --discover
  $ art-fetch --discover --since yesterday < /dev/null 2>&1 | head -1
  Error: --since: "yesterday" is not a date such as 2024-03-05 or 2024-03-05T09:30:00Z
  $ art-fetch --discover --warc x.warc < /dev/null 2> /dev/null
  [2]
