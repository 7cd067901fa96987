#!/usr/bin/python3
"""The API of a running claimgraph serve, timed over HTTP from this machine (keep-alive):
each endpoint `rounds` times on ids drawn from the database, p50 and p95 in milliseconds.
Usage: serve_api.py BASE_URL ROUNDS"""
import http.client
import json
import random
import statistics
import sys
import time
import urllib.parse

base, rounds = sys.argv[1], int(sys.argv[2])
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)


def get(path):
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200:
        sys.exit(f"bench-serve: {path}: {response.status} {body[:200]!r}")
    return body, elapsed


random.seed(7)
claims = json.loads(get("/api/claims?per_page=200")[0])["claims"]
total = json.loads(get("/api/claims?per_page=1")[0])["total"]
sources = json.loads(get("/api/sources")[0])
documents = json.loads(get("/api/documents")[0])
pages = max(1, total // 50)
endpoints = {
    "claims_page": lambda: f"/api/claims?page={random.randint(1, pages)}",
    "claims_search": lambda: "/api/claims?" + urllib.parse.urlencode({"q": random.choice(claims)["text"].split()[-1]}),
    "claims_by_documents": lambda: f"/api/claims?sort=documents&page={random.randint(1, 5)}",
    "claims_filtered": lambda: "/api/claims?disputed=1&since=2026-01&kind=indirect",
    "claim": lambda: "/api/claims/" + random.choice(claims)["id"],
    "trace": lambda: "/api/trace/" + random.choice(claims)["id"],
    "source": lambda: "/api/sources/" + random.choice(sources)["id"],
    "document": lambda: "/api/documents/" + random.choice(documents)["id"],
    "sources": lambda: "/api/sources",
    "documents": lambda: "/api/documents",
    "disputes": lambda: "/api/disputes",
    "timeline": lambda: "/api/timeline",
    "version": lambda: "/api/version",
}
everything = []
for name, path in endpoints.items():
    times = [get(path())[1] for _ in range(rounds)]
    everything += times
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"serve_api_{name}_p50: {statistics.median(times):.1f} ms")
    print(f"serve_api_{name}_p95: {p95:.1f} ms")
everything.sort()
print(f"serve_api_all_p95: {everything[min(len(everything) - 1, int(0.95 * len(everything)))]:.1f} ms")
graphs = sorted(get("/api/graph?depth=2&focus=" + random.choice(claims)["id"])[1] for _ in range(rounds))
print(f"serve_graph_svg_focus_p95: {graphs[min(len(graphs) - 1, int(0.95 * len(graphs)))]:.1f} ms")
