#!/usr/bin/env python3
"""Sums a profiled run of bench/support.sh (mode profile): reads the embedded PostgreSQL's log lines
out of the application's log (auto_explain plans and log_min_duration_statement = 0), prints the
statements by total time (count, total, mean; per operation when PER is given) and then the plans:
the five slowest in full, and for every other statement text its slowest plan.
  profile.py LOG [PER]"""
import re, sys
from collections import defaultdict

path = sys.argv[1]
per = int(sys.argv[2]) if len(sys.argv) > 2 else 1
start = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[\d+\] (\w+):  (.*)$")
messages = []
for line in open(path, encoding="utf-8", errors="replace"):
    # the server's own log file (logging_collector), or its lines as the application's log shows them
    text = line.rstrip("\n")
    if "EmbeddedPostgres" in text and " : " in text:
        text = text.split("EmbeddedPostgres", 1)[1].split(" : ", 1)[1]
    m = start.match(text)
    if m:
        messages.append([m.group(1), m.group(2)])
    elif messages:
        messages[-1][1] += "\n" + text


def norm(sql):
    return re.sub(r"\s+", " ", sql).strip()[:160]


stmts = defaultdict(lambda: [0, 0.0])
plans = []
for level, body in messages:
    d = re.match(r"duration: ([\d.]+) ms  (statement|execute [^:]*|parse [^:]*|bind [^:]*): (.*)", body, re.S)
    if d:
        kind = d.group(2).split()[0]
        key = (kind, norm(d.group(3)))
        stmts[key][0] += 1
        stmts[key][1] += float(d.group(1))
        continue
    p = re.match(r"duration: ([\d.]+) ms  plan:\n(.*)", body, re.S)
    if p:
        lines = p.group(2).split("\n")
        first = next((i for i, x in enumerate(lines) if "(cost=" in x), len(lines))
        sql = "\n".join(lines[:first]).replace("Query Text: ", "", 1)
        plans.append((float(p.group(1)), norm(sql), "\n".join(lines[first:])))

total = sum(v[1] for v in stmts.values())
print(f"statements: {sum(v[0] for v in stmts.values())}, {total:.1f} ms in all"
      + (f", {total / per:.2f} ms per operation ({per})" if per > 1 else ""))
print("| kind | count | total ms | mean ms | per op ms | statement |")
print("|---|---|---|---|---|---|")
for (kind, sql), (n, ms) in sorted(stmts.items(), key=lambda kv: -kv[1][1])[:40]:
    print(f"| {kind} | {n} | {ms:.1f} | {ms / n:.2f} | {ms / per:.2f} | {sql.replace('|', '/')} |")
print()
shown = set()
for ms, sql, plan in sorted(plans, key=lambda x: -x[0]):
    if len(shown) >= 5 and sql in shown:
        continue
    if sql in shown:
        continue
    shown.add(sql)
    print(f"==== {ms:.1f} ms: {sql}")
    print(plan)
    print()
    if len(shown) >= 40:
        break
