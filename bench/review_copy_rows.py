#!/usr/bin/env python3
"""Rows of the review import benchmark (issue 4 item 9) as PostgreSQL COPY text, for the raw-COPY
baseline: the same households, members and campaign rows the product path stores (codes prefixed
RAW-, household ids from FIRST_ID on, campaign CAMPAIGN), written into household.tsv, member.tsv and
review.tsv of DIR, each row filed under PROVINCE (the partition, V11_1).
Usage: review_copy_rows.py FILE.jsonl DIR FIRST_ID CAMPAIGN UNIT PROVINCE"""
import json, sys, os, unicodedata

def esc(v):
    if v is None:
        return r'\N'
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else str(v).lower() if isinstance(v, bool) else str(v)
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')

def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c)).replace('đ', 'd').replace('Đ', 'D').lower()

src, out = sys.argv[1], sys.argv[2]
first, campaign, unit, province = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
now = '2026-01-01 00:00:00+00'
with open(src, encoding='utf-8') as f, \
     open(os.path.join(out, 'household.tsv'), 'w', encoding='utf-8') as h, \
     open(os.path.join(out, 'member.tsv'), 'w', encoding='utf-8') as m, \
     open(os.path.join(out, 'review.tsv'), 'w', encoding='utf-8') as r:
    for i, line in enumerate(f, 1):
        d = json.loads(line)
        head = d['members'][0]['name']
        hid = first + i
        h.write('\t'.join(esc(x) for x in [province, hid, 'RAW-' + d['ref'], unit, head, fold(head), d['area'], d.get('laborCapacity'), False, False, False,
                                            False, d.get('dwelling', {}), now, 'bench', now, 'bench']) + '\n')
        for k, mem in enumerate(d['members']):
            facts = {x: mem.get(x) for x in ('healthInsured', 'education', 'employment')}
            m.write('\t'.join(esc(x) for x in [province, hid, k, mem['name'], fold(mem['name']), None, 2026 - mem['age'], mem['sex'],
                                                mem['relation'], mem['ethnicity'], facts]) + '\n')
        r.write('\t'.join(esc(x) for x in [province, campaign, hid, 'RAW-' + d['ref'], None, 'IMPORT', line.rstrip('\n'), 'POOR',
                                            '{' + ','.join(d['deprivations']) + '}', ['income ≤ line', '3 indicators deprived ≥ 3'], [],
                                            'ND07_2021', 1, len(d['members']), now, 'bench', now, 'bench']) + '\n')
