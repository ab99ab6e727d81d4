#!/usr/bin/env python3
"""Where B-cubed recall of entities across articles is lost, matched as score_xdoc_entities.py matches
(same gold nodes, same (document, text) matching), by kind.

    python3 eval/entity_errors.py GOLD.json PRED.jsonl [DB] [--show N]

Each gold node (document, mention text) is either held by a predicted entity or not.
- missed: no predicted mention matches it. With the store DB (eval/entities.sh writes .eval/entities.db)
  it says why: a tagged mention of the article covers the text but is longer ("wider mention"), the
  tagger marked it but the article entity was not linked ("tagged, not linked"), or nothing of ours
  names it ("untagged": capitalised common nouns, names the tagger missed).
- split: held, but not by the predicted entity that holds most of its gold chain (the chain's main
  entity). Its variant against the names of the main entity: same name, surname or given name alone,
  title + name, nickname (same surname, another given name), acronym, spelling, place/people word
  (demonym or metonymy of a place), other.
For each kind: nodes, and the B-cubed recall (and F1) if those nodes were put in their chain's main
entity. --show N prints N examples of each kind.
"""
import collections
import json
import re
import sqlite3
import sys
from pathlib import PurePath

TAGS = ('HUMAN_PART_PER', 'HUMAN_PART_ORG', 'HUMAN_PART_GPE', 'LOC_')
PRONOUNS = {'He', 'She', 'His', 'Her', 'Hers', 'Him', 'They', 'Their', 'Them', 'It', 'Its', 'We', 'Our',
            'I', 'You', 'Who', 'The', 'This', 'That', 'These', 'Those'}
TITLES = {'mr', 'mrs', 'ms', 'dr', 'president', 'gov', 'governor', 'sen', 'senator', 'rep', 'judge',
          'coach', 'gen', 'general', 'prime', 'minister', 'king', 'queen', 'prince', 'sheriff', 'chief',
          'officer', 'detective', 'secretary', 'actor', 'actress', 'singer', 'rapper', 'star', 'captain',
          'attorney', 'lt', 'sgt', 'col', 'mayor', 'pope', 'saint', 'st', 'sir', 'lord', 'lady', 'former'}


def norm(t):  # as the scorer
    t = ' '.join(t.replace('\u2019', "'").split())
    t = t[:-2] if t.endswith("'s") else t
    for d in ('The ', 'the ', 'A ', 'An '):
        if t.startswith(d):
            t = t[len(d):]
    return t


def words(t):
    return [w for w in ''.join(ch.lower() if ch.isalnum() else ' ' for ch in norm(t).replace('.', '')).split()]


def jw(a, b):
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    win = max(0, max(len(a), len(b)) // 2 - 1)
    am, bm, m = [False] * len(a), [False] * len(b), 0
    for i, ch in enumerate(a):
        for j in range(max(0, i - win), min(len(b), i + win + 1)):
            if not bm[j] and b[j] == ch:
                am[i] = bm[j] = True
                m += 1
                break
    if not m:
        return 0.0
    tr, j = 0, 0
    for i in range(len(a)):
        if am[i]:
            while not bm[j]:
                j += 1
            tr += a[i] != b[j]
            j += 1
    jaro = (m / len(a) + m / len(b) + (m - tr / 2) / m) / 3
    p = 0
    while p < min(4, len(a), len(b)) and a[p] == b[p]:
        p += 1
    return jaro + p * 0.1 * (1 - jaro)


def variant(text, others, tag):
    """The kind of name `text` is against the names `others` of the main entity."""
    w = words(text)
    if not w:
        return 'other'
    core = [x for x in w if x not in TITLES] or w
    best = 'other'
    order = ['same name', 'title + name', 'surname alone', 'given name alone', 'acronym', 'nickname',
             'spelling', 'longer name', 'place/people word', 'other']
    for o in others:
        ow = words(o)
        if not ow:
            continue
        ocore = [x for x in ow if x not in TITLES] or ow
        k = 'other'
        if w == ow:
            k = 'same name'
        elif core == ocore:
            k = 'title + name'
        elif len(core) == 1 and len(ocore) > 1 and core[0] == ocore[-1] or len(ocore) == 1 and len(core) > 1 and ocore[0] == core[-1]:
            k = 'surname alone'
        elif len(core) == 1 and len(ocore) > 1 and core[0] == ocore[0] or len(ocore) == 1 and len(core) > 1 and ocore[0] == core[0]:
            k = 'given name alone'
        elif (len(w) == 1 and text.replace('.', '').isupper() and len(ow) > 1
              and w[0] in (''.join(x[0] for x in ow), ''.join(x[0] for x in ow if x not in ('of', 'the', 'and')))) or \
             (len(ow) == 1 and o.replace('.', '').isupper() and len(w) > 1
              and ow[0] in (''.join(x[0] for x in w), ''.join(x[0] for x in w if x not in ('of', 'the', 'and')))):
            k = 'acronym'
        elif len(core) > 1 and len(ocore) > 1 and core[-1] == ocore[-1]:
            k = 'nickname'
        elif jw(' '.join(core), ' '.join(ocore)) >= 0.85 or (len(core) == len(ocore) and all(jw(a, b) >= 0.85 for a, b in zip(core, ocore))):
            k = 'spelling'
        elif set(core) < set(ocore) or set(ocore) < set(core):
            k = 'longer name'
        elif tag.startswith(('HUMAN_PART_GPE', 'LOC_')) or any(x[:4] == y[:4] for x in core for y in ocore):
            k = 'place/people word'
        if order.index(k) < order.index(best):
            best = k
    return best


def missed_kind(t, text, tagged, chain, p_of, lower_words):
    """Why no predicted mention matches gold text t of an article (its text, its tagged mentions)."""
    nt = norm(t)
    at = [m.start() for m in re.finditer(re.escape(t), text)]
    if not at:
        return 'missed: not in the text', ''
    over = [(s, e, x, ln) for s, e, x, ln in tagged for a in at if s < a + len(t) and a < e]
    if over:
        s, e, x, ln = over[0]
        if not ln:
            return 'missed: tagged, not linked', x
        a = next(a for a in at if s < a + len(t) and a < e)
        if s <= a and e >= a + len(t):
            return 'missed: wider mention', x
        if s >= a and e <= a + len(t):
            rest = text[e:a + len(t)]
            if rest and not rest.strip(" '.,\u2019"):
                return 'missed: trailing punctuation', x
            return 'missed: narrower mention (not its end)', x
        return 'missed: overlapping mention', x
    if t.isupper() and len(t) > 3:
        named = {norm(m[1]).lower() for m in chain if m in p_of}
        if nt.lower() in named or any(x.endswith(' ' + nt.lower()) for x in named):
            return 'missed: known name in capitals', ''
    w = nt.split()
    if all(x.lower() in lower_words or not x[:1].isalpha() for x in w):
        return 'missed: common words (descriptor)', ''
    return 'missed: untagged name', ''


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 0
    if show:
        args = [a for a in args if a != str(show)]
    gold_path, pred_path = args[0], args[1]
    db = args[2] if len(args) > 2 else None
    gold = json.load(open(gold_path, encoding='utf-8'))
    g_of, tag_of = {}, {}
    for ch in gold['entity_chains']:
        if not ch['tag'].startswith(TAGS):
            continue
        tag_of[ch['id']] = ch['tag']
        for m in ch['mentions']:
            t = m['text'].strip()
            if not t[:1].isupper() or t in PRONOUNS or (' ' not in t and t.lower() in {'police', 'officials', 'authorities'}):
                continue
            g_of.setdefault((m['doc'], t), ch['id'])
    span = collections.defaultdict(set)
    for (d, _), c in g_of.items():
        span[c].add(d)
    g_of = {n: c for n, c in g_of.items() if len(span[c]) > 1}
    by_doc = collections.defaultdict(lambda: collections.defaultdict(list))
    for d, t in g_of:
        by_doc[d][norm(t)].append((d, t))

    p_of, quality, pname, pdoc_texts = {}, {}, {}, collections.defaultdict(set)
    for k, line in enumerate(open(pred_path, encoding='utf-8')):
        if not line.strip():
            continue
        e = json.loads(line)
        eid = e.get('id', k)
        pname[eid] = (e.get('name', ''), e.get('type', ''))
        for m in e.get('mentions', []):
            doc = PurePath(str(m.get('source', '')).replace('\\', '/')).name
            t = norm(str(m.get('text', '')))
            pdoc_texts[doc].add(t)
            if not t or doc not in by_doc:
                continue
            for g, nodes in by_doc[doc].items():
                q = 2 if g == t else 1 if g.endswith(' ' + t) else 0
                for node in nodes:
                    if q > quality.get(node, 0):
                        p_of[node], quality[node] = eid, q

    tagged, texts = collections.defaultdict(list), {}  # doc -> [(start, end, text, linked?)], doc -> text
    if db:
        con = sqlite3.connect(db)
        linked = {(a, e) for a, e in con.execute('SELECT article_id, entity_id FROM entity_links')}
        for src, text in con.execute('SELECT source, text FROM articles WHERE is_latest = 1'):
            texts[PurePath(src.replace('\\', '/')).name] = text
        for aid, src, s, e, text, eid in con.execute(
                'SELECT a.id, a.source, m.start_offset, m.end_offset, m.text, m.entity_id FROM mentions m '
                'JOIN articles a ON a.id = m.article_id WHERE a.is_latest = 1'):
            tagged[PurePath(src.replace('\\', '/')).name].append((s, e, text, (aid, eid) in linked))

    chains = collections.defaultdict(list)
    for n, c in g_of.items():
        chains[c].append(n)
    main_of = {}
    for c, nodes in chains.items():
        counts = collections.Counter(p_of[n] for n in nodes if n in p_of)
        main_of[c] = min(counts, key=lambda p: (-counts[p], str(p))) if counts else None

    kind, detail = {}, {}
    lower_words = collections.Counter()
    for text in texts.values():
        lower_words.update(w for w in re.findall(r"[a-z][a-z-]+", text))
    for n, c in g_of.items():
        d, t = n
        if n not in p_of:
            kind[n], detail[n] = missed_kind(t, texts.get(d, ''), tagged.get(d, []), chains[c], p_of, lower_words) if db else ('missed', '')
        elif p_of[n] == main_of[c]:
            kind[n] = 'ok'
        else:
            others = [m[1] for m in chains[c] if p_of.get(m) == main_of[c]]
            kind[n] = 'split: ' + variant(t, others, tag_of[c])
            detail[n] = f'{pname[p_of[n]][0]} ({pname[p_of[n]][1]}) vs {pname[main_of[c]][0]} ({pname[main_of[c]][1]})'

    def score(of):
        members_p, members_g = collections.defaultdict(set), collections.defaultdict(set)
        full = {n: of.get(n, ('single', n)) for n in g_of}
        for n, p in full.items():
            members_p[p].add(n)
            members_g[g_of[n]].add(n)
        nodes = list(g_of)
        bp = sum(len(members_p[full[n]] & members_g[g_of[n]]) / len(members_p[full[n]]) for n in nodes) / len(nodes)
        br = sum(len(members_p[full[n]] & members_g[g_of[n]]) / len(members_g[g_of[n]]) for n in nodes) / len(nodes)
        return bp, br, 2 * bp * br / (bp + br) if bp + br else 0

    bp, br, bf = score(p_of)
    print(f'{len(g_of)} gold nodes of {len(chains)} entities; B-cubed P {bp:.4f} R {br:.4f} F1 {bf:.4f}')
    print(f'{"kind":40s} {"nodes":>6s} {"R if fixed":>10s} {"F1 if fixed":>11s}')
    counts = collections.Counter(kind.values())
    for k, v in sorted(counts.items(), key=lambda kv: (kv[0] == 'ok', kv[0].split(':')[0], -kv[1])):
        if k == 'ok':
            continue
        fixed = dict(p_of)
        for n, kk in kind.items():
            if kk == k:
                c = g_of[n]
                fixed[n] = main_of[c] if main_of[c] is not None else ('chain', c)
        _, r2, f2 = score(fixed)
        print(f'{k:40s} {v:6d} {r2:10.4f} {f2:11.4f}')
    print(f'{"ok":40s} {counts["ok"]:6d}')
    if show:
        for k in sorted(counts):
            if k == 'ok':
                continue
            print(f'\n== {k}')
            for n in [n for n in g_of if kind[n] == k][:show]:
                main = [m[1] for m in chains[g_of[n]] if p_of.get(m) == main_of[g_of[n]]]
                print(f'  {n[0]:22s} {n[1]!r:32s} main: {sorted(set(main))[:4]}  {detail.get(n, "")}')


if __name__ == '__main__':
    main()
