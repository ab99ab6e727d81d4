#!/usr/bin/env python3
"""Speaker errors on PolNeAR, matched as score_quotes.py matches them (quoted segments, first gold
attribution and first prediction holding each segment), by kind.

    python3 eval/speaker_errors.py SPLIT_DIR PRED.jsonl [--show N]

Kinds: ok; no speaker (prediction without one); wrong: the predicted speaker lies in the quote's
own gold content, in another attribution's source, is a pronoun / nominal / name elsewhere.
--show N prints N examples of each wrong kind with the text around them (for train, not dev).
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "quotes"))
from polnear import chars, load_predictions, load_split, norm  # noqa: E402

SEG = re.compile(r"[\"\u201c\u201e\u00ab](.+?)[\"\u201d\u00bb]|''(.+?)''|``(.+?)''", re.S)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "you", "which"}


def segments(text, spans):
    lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    lo, hi = max(0, lo - 1), min(len(text), hi + 1)
    return {norm(next(g for g in m.groups() if g is not None)) for m in SEG.finditer(text[lo:hi])} - {""}


def kind_of(text, spk, gold_att, atts):
    s = chars(text, [spk])
    if s & chars(text, gold_att["content"]):
        return "wrong: speaker inside the content"
    word = text[spk[0]:spk[1]].strip().lower()
    if any(s & chars(text, a["source"]) for a in atts if a is not gold_att):
        sub = "other attribution's source"
    elif word in PRONOUNS:
        sub = "pronoun"
    elif text[spk[0]].islower():
        sub = "nominal"
    else:
        sub = "name"
    g = gold_att["source"]
    gw = " ".join(text[a:b] for a, b in g).strip().lower()
    gsub = "gold pronoun" if gw in PRONOUNS else ("gold nominal" if g and text[g[0][0]].islower() else "gold name")
    return f"wrong: {sub}; {gsub}"


def main():
    split, pred_path = sys.argv[1:3]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    gold = load_split(split)
    preds = load_predictions(pred_path)
    kinds, examples = collections.Counter(), collections.defaultdict(list)
    for name, (text, atts) in gold.items():
        gseg, pseg = {}, {}
        for a in atts:
            for sg in segments(text, a["content"]):
                gseg.setdefault(sg, a)
        for q in preds.get(name, []):
            segs = segments(text, [(q["start"], q["end"])]) or ({norm(text[q["start"]:q["end"]])} if q["kind"] == "direct" else set())
            for sg in segs:
                pseg.setdefault(sg, q)
        for sg, a in gseg.items():
            if sg not in pseg or not a["source"]:
                continue
            q = pseg[sg]
            spk = q.get("speaker") or {}
            if not isinstance(spk.get("start"), int):
                k = "no speaker"
            elif chars(text, [(spk["start"], spk["end"])]) & chars(text, a["source"]):
                k = "ok"
            else:
                k = kind_of(text, (spk["start"], spk["end"]), a, atts)
            kinds[k] += 1
            if k != "ok":
                examples[k].append((name, text, q, a))
    total = sum(kinds.values())
    print(f"matched quoted segments with a gold source: {total}")
    for k, v in kinds.most_common():
        print(f"  {v:5d}  {v / total:6.1%}  {k}")
    for k, exs in examples.items():
        for name, text, q, a in exs[:show]:
            lo = min(q["start"], *(s for s, _ in a["source"])) - 120
            hi = max(q["end"], *(e for _, e in a["source"])) + 120
            spk = q.get("speaker") or {}
            print(f"\n[{k}] {name}\n  gold source: {' | '.join(text[s:e] for s, e in a['source'])!r}"
                  f"  predicted: {spk.get('text')!r}  cue: {(q.get('cue') or {}).get('text')!r}  kind: {q['kind']}"
                  f"\n  content: {text[q['start']:q['end']][:160]!r}")
            print("  " + text[max(0, lo):hi].replace("\n", " ¶ "))


if __name__ == "__main__":
    main()
