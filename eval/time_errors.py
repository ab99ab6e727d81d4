#!/usr/bin/env python3
"""Value errors of time expressions, by kind (what docs/quality-time.md reports).

    python3 eval/time_errors.py TML_DIR PRED.jsonl [--list]

Run after eval/time.sh (e.g. TML_DIR=../shared/datasets/time/tbaq, PRED=.eval/time/tbaq.jsonl). For each
gold TIMEX3, the prediction that overlaps it most is the one score_time.py judges; where their values
differ, the pair is counted under a kind read from the shapes of the two values (digits as d) and the
gold text. --list prints every pair: document, DCT, gold text and value, predicted text and value.
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from score_time import parse  # noqa: E402

WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
PART_OF_DAY = re.compile(r"T(NI|MO|EV|AF)$")


def shape(value):
    return re.sub(r"\d", "d", value or "")


def kind(gold_text, gold, pred):
    g, p = shape(gold), shape(pred)
    if re.search(r"week", gold_text, re.I) and ("W" in gold or "W" in pred):
        return "weeks"
    if PART_OF_DAY.search(pred) and not PART_OF_DAY.search(gold):
        return "part of day"
    if "Q" in gold or "Q" in pred:
        return "quarters / fiscal periods"
    if g in ("dddd-XX", "dddd-XX-XX"):
        return "year written dddd-XX"
    if WEEKDAY.search(gold_text) and g == p:
        return "weekday: another week"
    if g == p and g in ("dddd-dd", "dddd-dd-dd", "dddd"):
        return "month/date/year: another year or day"
    if gold.startswith("P") or pred.startswith("P") or gold.endswith("_REF") or pred.endswith("_REF"):
        return "duration vs date / reference value"
    return "other granularity"


def main():
    tml_dir, pred_path = sys.argv[1:3]
    listing = "--list" in sys.argv[3:]
    paths = {f: os.path.join(r, f) for r, _, fs in os.walk(tml_dir) for f in fs if f.endswith(".tml")}
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            preds[os.path.basename(a.get("source", ""))] = a.get("times") or []
    kinds = Counter()
    for name in sorted(paths):
        text, dct, gold = parse(paths[name])
        pred = [(t["start"], t["end"], t["value"]) for t in preds.get(name[:-4] + ".txt", [])]
        for g in gold:
            over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if not over:
                continue
            best = max(over, key=lambda p: min(p[1], g[1]) - max(p[0], g[0]))
            if best[2] == g[3]:
                continue
            kinds[kind(text[g[0]:g[1]], g[3] or "", best[2])] += 1
            if listing:
                print(f"{name}\t{dct}\t{text[g[0]:g[1]]!r}\t{g[3]}\t{text[best[0]:best[1]]!r}\t{best[2]}")
    for k, n in kinds.most_common():
        print(f"{n:4d}  {k}")
    print(f"{sum(kinds.values()):4d}  value errors on matched expressions")


if __name__ == "__main__":
    main()
