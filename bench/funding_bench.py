"""Driver of bench/funding.sh: builds the province, posts the ledger in batches, measures reads."""
import base64, http.cookiejar, json, random, re, statistics, sys, time, urllib.parse, urllib.request

base, user, password, units, requests, work = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
COMPONENTS, YEARS = 30, range(2021, 2026)
SOURCES = ["CENTRAL_INVESTMENT", "CENTRAL_RECURRENT", "LOCAL_COUNTERPART", "INTEGRATED", "POLICY_CREDIT", "MOBILISED", "BENEFICIARY"]


def call(method, path, body=None, ctype="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Authorization": auth, "Content-Type": ctype})
    with urllib.request.urlopen(req, timeout=600) as r:
        text = r.read()
        return json.loads(text) if text else None


csv = "code,name,kind,level,parent_code\nBF,Bench,Tỉnh,PROVINCE,\n" + "".join(f"BF{i},Xã {i},Xã,COMMUNE,BF\n" for i in range(units))
call("POST", "/api/v1/admin-units/import", csv.encode(), "text/csv")
province = next(u for u in call("GET", "/api/v1/admin-units") if u["code"] == "BF")["id"]
unit_ids = [u["id"] for u in call("GET", f"/api/v1/admin-units/{province}/children")]
assert len(unit_ids) == units, unit_ids
program = call("POST", "/api/v1/programs", {"code": "BENCH", "name": "Chương trình đo", "validFrom": "2021-01-01",
                                             "validTo": "2030-12-31", "sources": SOURCES})
components = [call("POST", f"/api/v1/programs/{program['id']}/components", {"code": f"C{c}", "name": f"Tiểu dự án {c}"})["id"]
              for c in range(COMPONENTS)]

rng = random.Random(1)
entries = []
for u in unit_ids:
    for c in components:
        for s in SOURCES:
            for y in YEARS:
                alloc = rng.randrange(100, 1000) * 1_000_000
                line = {"unitId": u, "componentId": c, "source": s, "year": y}
                entries.append(dict(line, kind="ALLOCATION", amount=alloc, entryDate=f"{y}-01-15"))
                entries.append(dict(line, kind="COMMITMENT", amount=alloc // 2, entryDate=f"{y}-02-15"))
                paid = 0
                for m in range(6):
                    part = alloc // 10
                    paid += part
                    entries.append(dict(line, kind="DISBURSEMENT", amount=part, entryDate=f"{y}-{m + 3:02d}-10"))
                entries.append(dict(line, kind="SETTLEMENT", amount=paid // 2, entryDate=f"{y}-10-01"))
                entries.append(dict(line, kind="SETTLEMENT", amount=paid // 4, entryDate=f"{y}-12-01"))
BATCH = 10_000
bodies = [json.dumps(entries[i:i + BATCH]).encode() for i in range(0, len(entries), BATCH)]
t0 = time.time()
posted = 0
for b in bodies:
    posted += call("POST", "/api/v1/ledger/entries/batch", b)["posted"]
elapsed = time.time() - t0
print(f"entries posted: {posted:,} in {elapsed:.1f} s = {posted / elapsed:,.0f} entries/s (batches of {BATCH:,})")


def measure(label, fn):
    times = []
    for i in range(requests):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"{label}: p50 {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95) - 1]:.1f} ms ({requests} requests)")


pick = random.Random(2)
measure("balances API (now)", lambda i: call("GET", f"/api/v1/ledger/balances?unitId={pick.choice(unit_ids)}&year=2025"))
measure("balances API (asOf 2025-06-30)", lambda i: call("GET", f"/api/v1/ledger/balances?unitId={pick.choice(unit_ids)}&year=2025&asOf=2025-06-30"))
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = opener.open(base + "/login").read().decode()
token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
opener.open(urllib.request.Request(base + "/login", data=urllib.parse.urlencode({"username": user, "password": password, "_csrf": token}).encode()))
measure("budget page (HTML, 210 rows + chart)", lambda i: opener.open(base + f"/funding/budget?unitId={pick.choice(unit_ids)}&year=2025").read())
requests = max(1, requests // 10)
measure("disbursement report of the province (JSON, 100 communes, 38 tables)",
        lambda i: call("GET", f"/api/v1/reports/disbursement?unitId={province}&year=2025"))
