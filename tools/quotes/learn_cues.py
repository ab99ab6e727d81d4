#!/usr/bin/env python3
"""Learn the reporting-cue lexicon of the quote stage from PolNeAR train (brat standoff).

    python3 tools/quotes/learn_cues.py ../shared/datasets/quotes/polnear/train \
        > src/Newsgraph.Analysis/Resources/quotes/reporting-cues.tsv

For every lower-cased word outside quotation marks it counts how often the word lies inside an
annotated Cue span and how often it occurs at all; the stage keeps words whose cue rate and count
pass its thresholds. Only counts are written (no text of the corpus). Dev is never read.
"""
import collections
import os
import re
import sys

WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|:")
QUOTED = re.compile(r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb]*[\"\u201d\u00bb]|''.*?''", re.S)
# A word is listed when it was a cue at least once, or was seen often enough that its absence from cue
# spans is evidence (the stage pools inflections, and must know that a frequent form is never a cue).
MIN_CUE_COUNT = 1
MIN_SEEN_NEVER_CUE = 5


def cue_chars(path):
    spans = {}
    cues = set()
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) > 1:
            kind, rest = parts[1].split(" ", 1)
            spans[parts[0]] = (kind, [tuple(map(int, p.split())) for p in rest.split(";")])
    for kind, ranges in spans.values():
        if kind == "Cue":
            for s, e in ranges:
                cues.update(range(s, e))
    return cues


def main():
    root = sys.argv[1]
    anns = sorted(os.listdir(os.path.join(root, "attributions")))
    as_cue, seen = collections.Counter(), collections.Counter()
    for name in sorted(os.listdir(os.path.join(root, "text"))):
        stem = name[:-4]
        cands = [a for a in anns if a.startswith(stem + "_")]
        if not cands:
            continue
        text = open(os.path.join(root, "text", name), encoding="utf-8").read()
        cues = cue_chars(os.path.join(root, "attributions", cands[0]))
        inside = set()
        for m in QUOTED.finditer(text):
            inside.update(range(m.start(), m.end()))
        for m in WORD.finditer(text):
            if m.start() in inside:
                continue
            w = m.group().lower().replace("\u2019", "'")
            seen[w] += 1
            if m.start() in cues:
                as_cue[w] += 1
    print("# word\tas_cue\toccurrences   (learned from PolNeAR train; see Resources/quotes/reporting-cues.md)")
    for w, n in sorted(seen.items(), key=lambda kv: (-as_cue[kv[0]], -kv[1], kv[0])):
        if as_cue[w] >= MIN_CUE_COUNT or n >= MIN_SEEN_NEVER_CUE:
            print(f"{w}\t{as_cue[w]}\t{n}")


if __name__ == "__main__":
    main()
