#!/usr/bin/env python3
"""Converts MEANTIME (NewsReader CAT XML: <token>s and <TIMEX3> markables anchored on token ids) into
TimeML files that ../shared/eval/score_time.py reads.

    meantime_to_tml.py MEANTIME_DIR OUT_DIR

Each document's text is its tokens joined by spaces, one sentence a line (MEANTIME keeps no original
spacing; the analyzer reads pre-tokenised text as it is). Every TIMEX3 becomes a TIMEX3 element over its
tokens; the one marked CREATION_TIME also gives the <DCT> (its dateline stays in the text as an ordinary
time expression, since a reader sees it there). MEANTIME annotates only the title, the dateline and the
first sentences of the body (sentences 0-5), so the text stops there: later sentences have no gold.
"""
import os
import sys

ANNOTATED_SENTENCES = 6
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr


def convert(path):
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")
              if int(t.get("sentence")) < ANNOTATED_SENTENCES]
    timexes, dct = {}, None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in tx.iter("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
        if ids:
            timexes[ids[0]] = (ids[-1], tx.get("type"), tx.get("value"))
    out, closing, prev_sentence = [], None, None
    for tid, sentence, word in tokens:
        if prev_sentence is not None:
            out.append("\n" if sentence != prev_sentence else " ")
        prev_sentence = sentence
        if tid in timexes and closing is None:
            last, typ, value = timexes[tid]
            out.append(f"<TIMEX3 type={quoteattr(typ or '')} value={quoteattr(value or '')}>")
            closing = last
        out.append(escape(word))
        if closing == tid:
            out.append("</TIMEX3>")
            closing = None
    body = "".join(out)
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 type="DATE" value={quoteattr(dct or "")} '
            f'functionInDocument="CREATION_TIME">{escape(dct or "")}</TIMEX3></DCT>\n<TEXT>{body}\n</TEXT>\n</TimeML>\n')


def main():
    src, dst = sys.argv[1:3]
    os.makedirs(dst, exist_ok=True)
    n = 0
    for root, _, files in os.walk(src):
        for f in sorted(files):
            if f.endswith(".xml"):
                name = f[:-4].split("_")[0]
                with open(os.path.join(dst, name + ".tml"), "w", encoding="utf-8") as out:
                    out.write(convert(os.path.join(root, f)))
                n += 1
    print(f"{n} MEANTIME documents converted")


if __name__ == "__main__":
    main()
