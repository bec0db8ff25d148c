#!/usr/bin/env python3
"""Timed part of bench/support.sh: requests through the application's API in logged-in sessions
(form login once per client, as a browser: HTTP Basic would hash the password on every request),
each client on one kept-alive connection.
  measure.py BASE USER PASSWORD build JSON        the entitlement-list build, timed; prints its answer
  measure.py BASE USER PASSWORD approve IDS_FILE WARM SEQ CLIENTS PER_CLIENT
      approves the proposed grants listed in IDS_FILE one request each: WARM untimed, SEQ one after
      another, then CLIENTS clients at once with PER_CLIENT each; prints p50/p95/p99/max."""
import http.client, json, re, sys, threading, time, urllib.parse

base, user, password, mode = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
u = urllib.parse.urlparse(base)


class Client:
    def __init__(self):
        self.c = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
        page, cookie = self.get("/login", None)
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token})
        self.c.request("POST", "/login", body=body,
                       headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
        r = self.c.getresponse()
        r.read()
        if r.status != 302 or "error" in (r.getheader("Location") or ""):
            sys.exit(f"login failed: {r.status} {r.getheader('Location')}")
        new = r.getheader("Set-Cookie")
        self.cookie = new.split(";")[0] if new else cookie
        page, _ = self.get("/", self.cookie)
        self.csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

    def get(self, path, cookie):
        self.c.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        r = self.c.getresponse()
        return r.read().decode(), (r.getheader("Set-Cookie") or "").split(";")[0]

    def post(self, path, payload):
        self.c.request("POST", path, body=json.dumps(payload),
                       headers={"Content-Type": "application/json", "Accept": "application/json",
                                "Cookie": self.cookie, "X-CSRF-TOKEN": self.csrf})
        r = self.c.getresponse()
        return r.status, r.read()


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * len(xs) + 0.5)) - 1)]


if mode == "build":
    c = Client()
    t = time.perf_counter()
    status, body = c.post("/api/v1/entitlement-lists", json.loads(sys.argv[5]))
    secs = time.perf_counter() - t
    if status != 200:
        sys.exit(f"build refused: {status} {body[:500]}")
    run = json.loads(body)
    run["noLongerEligible"] = len(run.get("noLongerEligible") or [])
    print(json.dumps({"seconds": round(secs, 2), "run": run}))
elif mode == "approve":
    ids = [int(x) for x in open(sys.argv[5]).read().split()]
    warm, seq, clients, per = (int(x) for x in sys.argv[6:10])
    if len(ids) < warm + seq + clients * per:
        sys.exit(f"only {len(ids)} proposals")
    failures = []

    def approve(c, gid, times):
        t = time.perf_counter()
        status, body = c.post(f"/api/v1/support-grants/{gid}/approval",
                              {"decision": "15/QĐ-UBND-DIEN", "decisionDate": "2026-03-25", "version": 0})
        times.append((time.perf_counter() - t) * 1000)
        if status != 200 or json.loads(body).get("state") != "APPROVED":
            failures.append((gid, status, body[:300]))

    c = Client()
    pos = 0
    for gid in ids[pos:pos + warm]:
        approve(c, gid, [])
    pos += warm
    rows = []
    seq_times = []
    t0 = time.perf_counter()
    for gid in ids[pos:pos + seq]:
        approve(c, gid, seq_times)
    rows.append(("sequential, 1 client", seq_times, time.perf_counter() - t0))
    pos += seq
    par_times = []
    sessions = [Client() for _ in range(clients)]
    threads = [threading.Thread(target=lambda s=s, k=k: [approve(s, g, par_times)
                                                         for g in ids[pos + k * per:pos + (k + 1) * per]])
               for k, s in enumerate(sessions)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    rows.append((f"{clients} clients at once", par_times, time.perf_counter() - t0))
    print("| approvals | requests | p50 ms | p95 ms | p99 ms | max ms | approvals/s |")
    print("|---|---|---|---|---|---|---|")
    for label, xs, wall in [r for r in rows if r[1]]:
        print(f"| {label} | {len(xs)} | {pct(xs, 50):.1f} | {pct(xs, 95):.1f} | {pct(xs, 99):.1f} | {max(xs):.1f} "
              f"| {len(xs) / wall:.0f} |")
    if failures:
        print(f"{len(failures)} approvals failed, first: {failures[0]}", file=sys.stderr)
        sys.exit(1)
