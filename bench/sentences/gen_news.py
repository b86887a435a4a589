#!/usr/bin/env python3
"""Generate news-like JSON Lines for bench-sentences: {"id","text"} per article.

The text is synthetic (templates and word lists written for this benchmark),
seeded, so every run produces the same bytes. Articles have a headline, a
dateline and paragraphs separated by blank lines, with titles, initials,
abbreviations, numbers, money, quotations and attributions.

    gen_news.py --mb 20 > news.jsonl
"""
import argparse
import json
import random
import sys

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Irina", "Jamal", "Katya", "Luis",
         "Maria", "Nikolai", "Olga", "Pedro", "Quinn", "Rosa", "Samuel", "Tamara", "Umar", "Vera", "Walter", "Yusuf"]
LAST = ["Abbott", "Baranov", "Castillo", "Dorsey", "Evans", "Fischer", "Garcia", "Hollis", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rahman", "Sato", "Tanaka"]
TITLES = ["Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt. Col.", "Prof.", "Adm."]
ROLES = ["the foreign minister", "a senior official", "the company's chief executive", "a spokesperson for the ministry",
         "the mayor", "an analyst at a London bank", "the committee chairman", "a local resident"]
PLACES = ["Geneva", "Vienna", "Nairobi", "Lima", "Oslo", "Jakarta", "Warsaw", "Toronto", "Manila", "Ankara"]
ORGS = ["Acme Corp.", "Northwind Inc.", "Blue River Co.", "Helix Ltd.", "the U.N. agency", "the U.S. Treasury",
        "the E.U. commission", "Orion Holdings Inc."]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
NOUNS = ["talks", "budget", "agreement", "election", "pipeline", "strike", "harvest", "reform", "merger", "ceasefire",
         "inquiry", "tariff", "bond sale", "vaccine program", "port expansion"]
VERBS_PAST = ["approved", "rejected", "delayed", "announced", "criticized", "welcomed", "postponed", "expanded"]
SAY = ["said", "told reporters", "said in a statement", "told the AFP news agency", "wrote on social media", "added"]
QUOTES = ["We will not accept these terms", "This is a turning point for the region", "Nobody expected the vote to pass",
          "The numbers speak for themselves", "We need more time", "It is too early to say",
          "There is no alternative to dialogue", "Our position has not changed"]


def name(r):
    if r.random() < 0.15:
        return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def sentence(r):
    k = r.randrange(12)
    if k == 0:
        return f"{r.choice(TITLES)} {r.choice(LAST)} {r.choice(VERBS_PAST)} the {r.choice(NOUNS)} on {r.choice(MONTHS)} {r.randint(1, 28)}."
    if k == 1:
        return f"“{r.choice(QUOTES)},” {r.choice(ROLES)} {r.choice(SAY)}."
    if k == 2:
        return f"“{r.choice(QUOTES)}. {r.choice(QUOTES)},” {name(r)} {r.choice(SAY)}."
    if k == 3:
        return f"Shares of {r.choice(ORGS)} rose {r.randint(1, 9)}.{r.randint(0, 9)} percent to ${r.randint(10, 999)}.{r.randint(10, 99)} by 3:{r.randint(10, 59)} p.m. local time."
    if k == 4:
        return f"The {r.choice(NOUNS)} was {r.choice(VERBS_PAST)} after {r.randint(2, 9)} 1/2 years of negotiations in {r.choice(PLACES)}."
    if k == 5:
        return f"Officials from the U.S. and {r.choice(PLACES)} met {name(r)}, who leads {r.choice(ORGS)}, on {r.choice(MONTHS)} {r.randint(1, 28)}."
    if k == 6:
        return f"“{r.choice(QUOTES)}!” {r.choice(['she', 'he'])} shouted."
    if k == 7:
        return f"About {r.randint(2, 99)},{r.randint(100, 999)} people, or {r.randint(1, 60)}% of the workforce, joined the {r.choice(NOUNS)}, according to {r.choice(ROLES)}."
    if k == 8:
        return f"Is the {r.choice(NOUNS)} still possible? {r.choice(ROLES).capitalize()} thinks so."
    if k == 9:
        return f"Details were posted at https://www.example.org/news/{r.randint(1000, 9999)}.html and sent to desk@example.com."
    if k == 10:
        return f"The report, which cites {r.choice(ORGS)}, Inc. filings, e.g. those from {r.randint(1998, 2023)}, runs to {r.randint(20, 300)} pages."
    return f"In {r.choice(PLACES)}, the {r.choice(NOUNS)} drew protests... {name(r)} called it “{r.choice(['a mistake', 'historic', 'overdue'])}” in an interview."


def article(r, i):
    head = f"{r.choice(PLACES)} {r.choice(NOUNS).title()} {r.choice(VERBS_PAST).title()} Amid Tensions"
    parts = [head, f"{r.choice(PLACES).upper()} — {sentence(r)}"]
    for _ in range(r.randint(5, 12)):
        parts.append(" ".join(sentence(r) for _ in range(r.randint(1, 4))))
    return {"id": f"news-{i:06d}", "text": "\n\n".join(parts)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the text in MB (default 20)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    r = random.Random(args.seed)
    total = 0
    i = 0
    out = sys.stdout
    while total < args.mb * 1e6:
        rec = article(r, i)
        line = json.dumps(rec, ensure_ascii=False)
        out.write(line + "\n")
        total += len(rec["text"].encode("utf-8"))
        i += 1


if __name__ == "__main__":
    main()
