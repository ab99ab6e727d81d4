#!/usr/bin/env python3
"""Where quote predictions differ from PolNeAR gold, by category (for tuning on train, not for dev).

    python3 tools/quotes/error_analysis.py SPLIT_DIR PRED.jsonl

SPLIT_DIR holds text/ and attributions/ (e.g. ../shared/datasets/quotes/polnear/train); PRED.jsonl is
`newsgraph analyze --verbatim --format jsonl SPLIT_DIR/text/*.txt`. Prints, for gold attributions:
exact matches (as score_quotes.py normalises), discontinuous ones (one pred span cannot match them),
those no prediction overlaps, and for the rest how the best-overlapping prediction's left and right
boundaries differ, by the placement of its cue; then, for predictions, how they stand to the gold.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from polnear import chars, load_predictions, load_split, norm  # noqa: E402


def side(text, a, b, longer):
    if not norm(text[min(a, b):max(a, b)]):
        return "ok"
    return "long" if longer else "short"


def main():
    split, pred_path = sys.argv[1:3]
    gold = load_split(split)
    preds = load_predictions(pred_path)
    gold_cats, pred_cats = collections.Counter(), collections.Counter()
    for name, (text, atts) in gold.items():
        qs = preds.get(name, [])
        pex = {norm(text[q["start"]:q["end"]]) for q in qs}
        gex = {norm(" ".join(text[s:e] for s, e in a["content"])) for a in atts}
        gsets = [chars(text, a["content"]) for a in atts]
        for a in atts:
            c = a["content"]
            if norm(" ".join(text[s:e] for s, e in c)) in pex:
                gold_cats["exact"] += 1
                continue
            if len(c) > 1:
                gold_cats["discontinuous"] += 1
                continue
            gset = chars(text, c)
            best = max(qs, key=lambda q: len(chars(text, [(q["start"], q["end"])]) & gset), default=None)
            if best is None or not chars(text, [(best["start"], best["end"])]) & gset:
                gold_cats["no overlapping prediction"] += 1
                continue
            (gs, ge), ps, pe = c[0], best["start"], best["end"]
            cue = best.get("cue") or {}
            place = "direct" if best["kind"] == "direct" else ("cue before" if cue.get("start", ps) < ps else "cue after")
            gold_cats[f"{place}: left {side(text, ps, gs, ps < gs)}, right {side(text, pe, ge, pe > ge)}"] += 1
        for q in qs:
            p = chars(text, [(q["start"], q["end"])])
            if norm(text[q["start"]:q["end"]]) in gex:
                how = "exact"
            elif not any(p & g for g in gsets):
                how = "no gold overlap"
            elif any(p < g for g in gsets):
                how = "inside a gold content"
            else:
                how = "partial"
            pred_cats[q["kind"], how] += 1
    print("gold attributions:", sum(gold_cats.values()))
    for k, v in gold_cats.most_common():
        print(f"  {v:6d}  {k}")
    print("predictions:", sum(pred_cats.values()))
    for (kind, how), v in sorted(pred_cats.items()):
        print(f"  {v:6d}  {kind:8s} {how}")


if __name__ == "__main__":
    main()
