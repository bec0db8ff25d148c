#!/usr/bin/env python3
"""Measures response times of the report endpoints (issue 6 item 7): sequential requests over one
kept-alive connection in a logged-in session (form login once, as a browser: Basic auth would hash
the password on every request); prints p50/p95/max per URL as a Markdown table.
Usage: measure.py BASE USER PASSWORD REQUESTS WARMUP LABEL=PATH..."""
import http.client, re, sys, time, urllib.parse

base, user, password, n, warm = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
u = urllib.parse.urlparse(base)


def login():
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    c.request("GET", "/login")
    r = c.getresponse()
    page = r.read().decode()
    cookie = r.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"username": user, "password": password, "_csrf": token})
    c.request("POST", "/login", body=body, headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    r = c.getresponse()
    r.read()
    new = r.getheader("Set-Cookie")
    if r.status != 302 or "error" in (r.getheader("Location") or ""):
        sys.exit(f"login failed: {r.status} {r.getheader('Location')}")
    return new.split(";")[0] if new else cookie


session = login()
print("| what | requests | p50 ms | p95 ms | max ms | bytes |")
print("|---|---|---|---|---|---|")
for arg in sys.argv[6:]:
    label, path = arg.split("=", 1)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
    times, size = [], 0
    for i in range(warm + n):
        t = time.perf_counter()
        conn.request("GET", path, headers={"Cookie": session})
        r = conn.getresponse()
        body = r.read()
        dt = (time.perf_counter() - t) * 1000
        if r.status != 200:
            sys.exit(f"{label}: {path} gave {r.status}: {body[:300]!r}")
        if i >= warm:
            times.append(dt)
            size = len(body)
    conn.close()
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(round(q * (len(times) - 1))))]
    print(f"| {label} | {n} | {p(0.5):.1f} | {p(0.95):.1f} | {times[-1]:.1f} | {size} |", flush=True)
