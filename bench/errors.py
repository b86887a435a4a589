#!/usr/bin/env python3
"""The worst cases of an evaluation, with their context, for the next person
to look at: `make eval` writes them under bench/out/ (git-ignored).

    errors.py quotes GOLD PRED OUT      missed, spurious and wrong-speaker quotes
    errors.py entities GOLD PRED OUT    missed and spurious entities, and wrong types

Each section is sorted by what it is about (the cue of a quote, the type of
an entity) from the most frequent down, so that the patterns worth a rule
come first; every case shows the text around it with the span in [[ ]].
"""

import collections
import json
import sys

CONTEXT = 80
PER_GROUP = 12
# art's entity types as the development sets write them.
ART_TYPES = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC", "NORP": "MISC"}


def records(path):
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f) if "id" in r}


def shown(text, start, end):
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    return (left + "[[" + text[start:end] + "]]" + right).replace("\n", " / ")


def spans(q):
    parts = q.get("fragments") or [[q["start"], q["end"]]]
    chars = set()
    for p in parts:
        a, b = (p["start"], p["end"]) if isinstance(p, dict) else p
        chars.update(range(a, b))
    return chars


def speaker_text(q):
    s = q.get("speaker")
    if isinstance(s, dict):
        return s.get("canonical") or s.get("text") or ""
    return s or ""


def cue_text(q):
    c = q.get("cue")
    return (c.get("text") if isinstance(c, dict) else c or "").lower()


def speaker_span(q):
    s = q.get("speaker")
    if isinstance(s, dict):
        return s.get("start"), s.get("end")
    return q.get("speaker_start"), q.get("speaker_end")


def same_speaker(g, p):
    """As the scorer counts it, leniently: the same words, one inside the other, or overlapping spans."""
    a, b = speaker_text(g).lower().strip(" .,'’"), speaker_text(p).lower().strip(" .,'’")
    (gs, ge), (ps, pe) = speaker_span(g), speaker_span(p)
    if None not in (gs, ge, ps, pe) and gs < pe and ps < ge:
        return True
    return a == b or bool(a and b and (a in b or b in a))


def match_quotes(gold, pred):
    """Greedy one-to-one pairs: a prediction finds a gold quote when it covers half of it."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        gc = spans(g)
        best, overlap = None, 0
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            o = len(gc & spans(p))
            if o * 2 >= len(gc) and o > overlap:
                best, overlap = pi, o
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    missed = [g for g in gold if not any(g is a for a, _ in pairs)]
    spurious = [p for i, p in enumerate(pred) if i not in used]
    return pairs, missed, spurious


def write_groups(out, title, cases):
    groups = collections.defaultdict(list)
    for key, line in cases:
        groups[key].append(line)
    out.write(f"=== {title}: {len(cases)}\n")
    for key, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        out.write(f"\n--- {key or '(none)'}: {len(lines)}\n")
        for line in lines[:PER_GROUP]:
            out.write(f"  {line}\n")
    out.write("\n")


def quotes(gold_path, pred_path, out):
    gold, pred = records(gold_path), records(pred_path)
    missed, spurious, speakers = [], [], []
    for doc_id, g in gold.items():
        text = g["text"]
        pairs, m, s = match_quotes(g.get("quotes", []), pred.get(doc_id, {}).get("quotes", []))
        missed += [(f"{q['type']} / {cue_text(q)}", shown(text, q["start"], q["end"])) for q in m]
        spurious += [(f"{q['type']} / {cue_text(q)}", shown(text, q["start"], q["end"])) for q in s]
        for gq, pq in pairs:
            if speaker_text(gq) or speaker_text(pq):
                if not same_speaker(gq, pq):
                    line = f"gold {speaker_text(gq)!r} pred {speaker_text(pq)!r}: {shown(text, pq['start'], pq['end'])}"
                    speakers.append((f"{pq['type']} / {cue_text(pq)}", line))
    write_groups(out, "missed quotes, by type and gold cue", missed)
    write_groups(out, "spurious quotes, by type and cue", spurious)
    write_groups(out, "wrong speakers, by type and cue", speakers)
    return len(missed), len(spurious), len(speakers)


def entities(gold_path, pred_path, out):
    gold, pred = records(gold_path), records(pred_path)
    missed, spurious, typed = [], [], []
    for doc_id, g in gold.items():
        text = g["text"]
        want = {(e["start"], e["end"]): e["type"] for e in g.get("entities", [])}
        got = {}
        for e in pred.get(doc_id, {}).get("entities", []):
            t = ART_TYPES.get(e["type"])
            if t:
                got[(e["start"], e["end"])] = t
        for span, t in want.items():
            if span not in got:
                missed.append((t, shown(text, *span)))
            elif got[span] != t:
                typed.append((f"{t} as {got[span]}", shown(text, *span)))
        for span, t in got.items():
            if span not in want and t in g.get("annotated_types", [t]):
                spurious.append((t, shown(text, *span)))
    write_groups(out, "missed entities, by gold type", missed)
    write_groups(out, "spurious entities, by type (types the source annotates)", spurious)
    write_groups(out, "right span, wrong type", typed)
    return len(missed), len(spurious), len(typed)


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ("quotes", "entities"):
        sys.exit(__doc__)
    kind, gold, pred, path = sys.argv[1:]
    with open(path, "w", encoding="utf-8") as out:
        counts = (quotes if kind == "quotes" else entities)(gold, pred, out)
    print(f"worst cases ({' / '.join(map(str, counts))}) written to {path}")


if __name__ == "__main__":
    main()
