#!/usr/bin/env python3
"""Builds bench/language/pud_texts.jsonl, the texts of eleven more languages
(and Italian) for the language-identification evaluation, from the Parallel
Universal Dependencies treebanks (CC BY-SA 3.0; see NOTICE).

    build_set.py MIRROR

MIRROR holds git snapshots named UniversalDependencies+UD_<Language>-PUD/repo.
Each text is consecutive sentences (`# text`) of a PUD document, or of
consecutive documents, joined by spaces until it has MIN_CHARS characters
(about a news lead paragraph); at most PER_LANGUAGE texts per language. The same snapshots give the same file.
"""
import json
import os
import subprocess
import sys

TREEBANKS = {
    "ar": "Arabic", "zh": "Chinese", "cs": "Czech", "fi": "Finnish", "hi": "Hindi",
    "id": "Indonesian", "it": "Italian", "ko": "Korean", "pl": "Polish",
    "ru": "Russian", "sv": "Swedish", "th": "Thai", "tr": "Turkish",
}
MIN_CHARS = 200
PER_LANGUAGE = 100
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pud_texts.jsonl")


def documents(conllu):
    """The documents of a CoNLL-U file, each a list of sentence texts."""
    docs = []
    for line in conllu.splitlines():
        if line.startswith("# newdoc id"):
            docs.append([])
        elif line.startswith("# text = "):
            if not docs:
                docs.append([])
            docs[-1].append(line[len("# text = "):].strip())
    return docs


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    mirror = sys.argv[1]
    rows = []
    for code, name in sorted(TREEBANKS.items()):
        repo = os.path.join(mirror, f"UniversalDependencies+UD_{name}-PUD", "repo")
        commit = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
        conllu = subprocess.run(["git", "-C", repo, "show", f"HEAD:{code}_pud-ud-test.conllu"],
                                capture_output=True, text=True, check=True).stdout
        # Chinese and Thai write no spaces between sentences (Thai: a space ends one; kept).
        glue = "" if code == "zh" else " "
        pending, count = [], 0
        sentences = [s for doc in documents(conllu) for s in doc]
        for sentence in sentences:
            pending.append(sentence)
            text = glue.join(pending)
            if len(text) < MIN_CHARS:
                continue
            rows.append({"id": f"pud-{code}-{count}", "lang": code,
                         "source": f"UD_{name}-PUD@{commit[:12]}", "text": text})
            pending, count = [], count + 1
            if count >= PER_LANGUAGE:
                break
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(rows)} texts in {len(TREEBANKS)} languages")


if __name__ == "__main__":
    main()
