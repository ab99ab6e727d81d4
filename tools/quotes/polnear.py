"""Tolerant PolNeAR brat reader shared by the quote tools (skips malformed lines instead of failing)."""
import json
import os
import re


def read_ann(path):
    """Attributions of one .ann file: list of dicts with content/source/cue span lists (sorted)."""
    spans, events = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            head = parts[1].split(" ", 1)
            if len(head) < 2:
                continue
            try:
                spans[parts[0]] = (head[0], [tuple(map(int, p.split())) for p in head[1].split(";")])
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            roles = {}
            for r in parts[1].split():
                if ":" in r:
                    role, tid = r.split(":", 1)
                    roles.setdefault(role, []).append(tid)
            events.append(roles)
    out = []
    for roles in events:
        att = {}
        for role in ("Content", "Source", "Cue"):
            att[role.lower()] = sorted(sp for t in roles.get(role, []) if t in spans for sp in spans[t][1])
        if att["content"]:
            out.append(att)
    return out


def load_split(split_dir):
    """{text file name: (text, attributions)} using the alphabetically first .ann per article, as the scorer does."""
    text_dir, ann_dir = os.path.join(split_dir, "text"), os.path.join(split_dir, "attributions")
    anns = sorted(os.listdir(ann_dir))
    gold = {}
    for name in sorted(os.listdir(text_dir)):
        stem = name[:-4]
        cands = [a for a in anns if a.startswith(stem + "_")]
        if not cands:
            continue
        text = open(os.path.join(text_dir, name), encoding="utf-8").read()
        gold[name] = (text, read_ann(os.path.join(ann_dir, cands[0])))
    return gold


def load_predictions(pred_path):
    """{text file name: predicted quotes} from `newsgraph analyze --verbatim --format jsonl` output."""
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            preds[os.path.basename(a["source"])] = a.get("quotes") or []
    return preds


def norm(s):
    """A content as score_quotes.py compares it: no quotation marks, spaces collapsed, edges trimmed, lower case."""
    s = re.sub("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`]", "", s)
    return re.sub(r"\s+", " ", s).strip(" ,.;:!?-\u2014").lower()


def chars(text, spans):
    """Offsets of the non-space characters inside the spans."""
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}
