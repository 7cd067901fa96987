#!/usr/bin/python3
"""claimgraph serve on real text: PolNeAR's 924 articles (../shared/data, not in this
repository) ingested, the server started read-only, and every document, a share of the
claims, their traces, the sources and their diagrams asked for. Every answer must be 200
with JSON or SVG, and every claim's span in a document's text must fall on character
boundaries (the page cuts the text there). Skipped (77), saying why, without ../shared.

Usage: serve_real_corpus.py CLAIMGRAPH SOURCE_DIR
"""
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    gold = os.path.join(source, "..", "shared", "data", "polnear", "dev.jsonl")
    if not os.path.exists(gold):
        print("SKIP: " + gold + " is not here (the shared data sets sit beside the repository)")
        return 77
    with tempfile.TemporaryDirectory(prefix="claimgraph-serve-real-") as work:
        db = os.path.join(work, "polnear.db")
        subprocess.run([claimgraph, "ingest", "-q", "--db", db, gold], check=True)
        server = subprocess.Popen([claimgraph, "serve", "--db", db, "--read-only", "--port", "0"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            port = int(re.search(r"127\.0\.0\.1:(\d+)/", server.stdout.readline()).group(1))
            return crawl(port)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=30)


def crawl(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    bad = []
    requests = 0

    def get(path):
        nonlocal requests
        requests += 1
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            bad.append(f"{path}: {response.status} {body[:200]!r}")
            return None
        kind = response.getheader("Content-Type", "")
        return json.loads(body) if kind.startswith("application/json") else body.decode()

    documents = get("/api/documents")
    spans = 0
    for d in documents:
        doc = get("/api/documents/" + d["id"])
        if doc is None:
            continue
        raw = doc["text"].encode()
        for m in doc["mentions"]:
            spans += 1
            try:
                raw[m["start"]:m["end"]].decode("utf-8")
            except UnicodeDecodeError:
                bad.append(f"document {d['id']}: the span {m['start']}-{m['end']} cuts a character")
    first = get("/api/claims?per_page=200")
    ids = [c["id"] for c in first["claims"]]
    for page in range(2, (first["total"] + 199) // 200 + 1):
        listed = get(f"/api/claims?per_page=200&page={page}")
        ids += [c["id"] for c in listed["claims"]] if listed else []
    if len(ids) != first["total"]:
        bad.append(f"the pages list {len(ids)} claims of {first['total']}")
    for claim in ids[::25]:
        get("/api/claims/" + claim)
        get("/api/trace/" + claim)
    sources = get("/api/sources")
    # a share of the sources, and the most prolific (a page whose diagram is largest)
    prolific = sorted(sources, key=lambda s: (-s["statements"], s["id"]))[:10]
    for s in sources[::20] + prolific:
        get("/api/sources/" + s["id"])
        svg = get("/api/graph?depth=1&focus=" + s["id"])
        if svg is not None and "<svg" not in svg:
            bad.append(f"the diagram around {s['id']} is no SVG")
    for path in ("/api/disputes", "/api/timeline", "/api/graph", "/api/claims?q=said&sort=documents"):
        get(path)
    print(f"{len(documents)} documents, {spans} spans, {len(ids)} claims, {len(sources)} sources; "
          f"{requests} requests, {len(bad)} bad")
    for b in bad[:20]:
        print("FAIL: " + b)
    return 1 if bad or len(documents) != 924 else 0


if __name__ == "__main__":
    sys.exit(main())
