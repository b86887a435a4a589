#!/usr/bin/env python3
"""List the WCXB pages whose art-strip date disagrees with the truth.

For each page: our value and its source (art-strip --explain output), the
truth, trafilatura's value when given, and the dates the page offers
(meta tags, JSON-LD, <time>, itemprop, the address, and short visible
texts that hold the gold day's numbers), so that failures can be sorted
into classes before any rule is written.

    python3 bench/strip/date_failures.py --truth ../shared/data/wcxb/truth.jsonl \
        --pages ../shared/data/wcxb/pages --pred out.jsonl [--peer traf.jsonl]
"""
import argparse
import gzip
import json
import os
import re

META = re.compile(r'<meta\b[^>]*>', re.I | re.S)
ATTR = re.compile(r'([\w:.-]+)\s*=\s*("([^"]*)"|\'([^\']*)\'|([^\s>]+))', re.S)
LD = re.compile(r'<script[^>]+application/ld\+json[^>]*>(.*?)</script>', re.I | re.S)
LD_DATE = re.compile(r'"(date\w*|uploadDate)"\s*:\s*"([^"]*)"')
TIME = re.compile(r'<time\b([^>]*)>(.*?)</time>', re.I | re.S)
ITEMPROP = re.compile(r'<(\w+)[^>]*itemprop="(date\w*)"[^>]*>', re.I)
TAG = re.compile(r'<[^>]+>')
DATEY = re.compile(r'date|time|publish|modif|updat|created|issued', re.I)


def attrs(tag):
    out = {}
    for m in ATTR.finditer(tag):
        out[m.group(1).lower()] = m.group(3) or m.group(4) or m.group(5) or ''
    return out


def candidates(html, url):
    found = []
    for m in META.finditer(html):
        a = attrs(m.group(0))
        key = a.get('property') or a.get('name') or a.get('itemprop') or a.get('http-equiv') or ''
        if key and DATEY.search(key) and 'content' in a:
            found.append(('meta ' + key, a['content'][:40]))
    for m in LD.finditer(html):
        for d in LD_DATE.finditer(m.group(1)):
            found.append(('ld ' + d.group(1), d.group(2)[:40]))
    for m in TIME.finditer(html):
        a = attrs(m.group(1))
        text = re.sub(r'\s+', ' ', TAG.sub(' ', m.group(2))).strip()[:40]
        found.append(('time', '%s | %s' % (a.get('datetime', '-'), text)))
        if len(found) > 30:
            break
    for m in ITEMPROP.finditer(html):
        a = attrs(m.group(0))
        found.append(('itemprop ' + m.group(2), a.get('datetime') or a.get('content') or '(text)'))
    u = re.search(r'(19|20)\d\d[/_-]?\d\d[/_-]?\d\d', url or '')
    if u:
        found.append(('url', u.group(0)))
    return found


def shown_texts(html, gold):
    """Short visible texts that hold the gold day's day number and year."""
    if not gold:
        return []
    y, m, d = gold.split('-')
    body = re.sub(r'<(script|style)\b.*?</\1>', ' ', html, flags=re.I | re.S)
    out = []
    for chunk in re.split(r'<[^>]+>', body):
        t = re.sub(r'\s+', ' ', chunk).strip()
        if 4 <= len(t) <= 120 and (y in t or y[2:] in t) and str(int(d)) in t:
            out.append(t)
        if len(out) >= 4:
            break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--truth', required=True)
    ap.add_argument('--pages', required=True)
    ap.add_argument('--pred', required=True)
    ap.add_argument('--peer')
    ap.add_argument('--brief', action='store_true', help='one line a page')
    args = ap.parse_args()
    pred = {r['id']: r for r in map(json.loads, open(args.pred, encoding='utf-8'))}
    peer = {}
    if args.peer:
        peer = {r['id']: r for r in map(json.loads, open(args.peer, encoding='utf-8'))}
    bad = 0
    total = 0
    for g in map(json.loads, open(args.truth, encoding='utf-8')):
        gold = g.get('date')
        if not gold:
            continue
        total += 1
        p = pred.get(g['id'], {})
        ours = (p.get('date') or '')[:10]
        if ours == gold:
            continue
        bad += 1
        source = (p.get('strip_explain') or {}).get('date')
        theirs = (peer.get(g['id'], {}).get('date') or '')[:10]
        print('%s gold %s ours %s (%s) peer %s %s' % (g['id'], gold, ours or '-', source, theirs or '-',
                                                   'PEER-OK' if theirs == gold else ''))
        if args.brief:
            continue
        print('   url', g.get('url'))
        html = gzip.open(os.path.join(args.pages, g['id'] + '.html.gz')).read().decode('utf-8', 'replace')
        for kind, value in candidates(html, g.get('url'))[:16]:
            print('   %-32s %s' % (kind, value))
        for t in shown_texts(html, gold):
            print('   text:', t)
    print('wrong %d of %d (accuracy %.3f)' % (bad, total, 1 - bad / max(total, 1)))


if __name__ == '__main__':
    main()
