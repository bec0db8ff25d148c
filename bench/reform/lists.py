#!/usr/bin/env python3
"""The lists of a 2025-style reform for the generated units (bench/reform-province.sh), in the
official files' format: units before (provinces, districts, communes of the generator's units.csv),
units after and the succession. The reform applied: Thanh Hóa (the 1 M-household province) merged
into Kon Tum as NQ 202/2025/QH15 merged provinces (the new province continues Kon Tum's code), the
communes of each old district merged three by three in file order (the new commune carries its first
predecessor's code, as 3,316 of the 3,321 real ones do), the districts abolished. Thái Nguyên keeps
its code; its communes merge the same way.
usage: lists.py units.csv OUTDIR"""
import csv, os, sys

units, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
rows = [r for r in csv.DictReader(open(units, encoding='utf-8')) if r['level'] != 'VILLAGE']
MERGED = {'thanh-hoa': 'kon-tum'}          # old province -> the province it went into
TYPES = {'Tỉnh': 'Tỉnh', 'Huyện': 'Huyện', 'Xã': 'Xã', 'Thị trấn': 'Thị trấn'}

def official(r):
    return (r['kind'] + ' ' + r['name']) if r['kind'] else r['name']

def province_of(r):
    return r['code'].split('/')[0]

with open(os.path.join(out, 'before.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['code', 'name', 'level', 'parent_code', 'type'])
    for r in rows:
        w.writerow([r['code'], official(r), r['level'], r['parent_code'], r['kind']])

after, succession = [], []
by_district = {}
for r in rows:
    if r['level'] == 'PROVINCE':
        new = MERGED.get(r['code'], r['code'])
        succession.append(['PROVINCE', r['code'], 'WHOLE', 'PROVINCE', new, new, 'Nhập toàn bộ'])
        if r['code'] not in MERGED:
            after.append([r['code'], official(r), 'PROVINCE', '', r['kind']])
    elif r['level'] == 'DISTRICT':
        succession.append(['DISTRICT', r['code'], 'ABOLISHED', '', '', '', ''])
    else:
        by_district.setdefault(r['parent_code'], []).append(r)
for district, communes in by_district.items():
    for i in range(0, len(communes), 3):
        group = communes[i:i + 3]
        head = group[0]
        province = MERGED.get(province_of(head), province_of(head))
        after.append([head['code'], 'Xã ' + head['name'], 'COMMUNE', province, 'Xã'])
        for c in group:
            succession.append(['COMMUNE', c['code'], 'WHOLE', 'COMMUNE', head['code'], head['code'], 'Nhập toàn bộ'])

with open(os.path.join(out, 'after.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['code', 'name', 'level', 'parent_code', 'type'])
    w.writerows(after)
with open(os.path.join(out, 'succession.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['old_level', 'old_code', 'status', 'new_level', 'new_code', 'new_codes', 'nso_notes'])
    w.writerows(succession)
print(f"{len(rows)} old units, {len(after)} new, {len(succession)} succession rows -> {out}", file=sys.stderr)
