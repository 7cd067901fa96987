#!/usr/bin/env python3
"""Metamorphic ingest (issue 16): real text goes in whole, whatever the order and grouping.

PolNeAR's 924 articles (../shared/data/polnear/dev.jsonl) are ingested as one JSON Lines
batch, then as one text file each in three seeded random orders, with 1, 7 and 200 files
per `ingest` run times ceil(n / 120) for n files, so that an order takes at most about 120
runs (each run loads the models, 2 s under AddressSanitizer, and PolNeAR's 924 runs of one
file went past the test's timeout): PolNeAR's orders take 8, 56 and all 924 files per run.
Every run must exit 0, store every document, pass integrity_check and foreign_key_check,
hold no edge naming a node that is not stored, and end with the same numbers of documents,
statements and sources, and the same claims (id, speaker, date) and sources (id, name,
type, role), and the same presumptions (a surname, office or short name alone read as the one
person or body the archive names so: resolve/presumed.h): the graph does not depend on the
order of ingest. What may still differ is
printed: which claim a denial answers (chosen among those stored when it came) and which
document's mention of a claim is its first (unlabelled) one. The same is done with our own
articles (tests/data and graphs/*/articles). Without ../shared/data the PolNeAR part is
skipped with a message; ours always runs.

usage: metamorphic_ingest.py CLAIMGRAPH SOURCE_DIR
"""
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile

FAILURES = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        FAILURES.append(what)


def soundness(db):
    """What is wrong with the database (empty when sound), and its counts."""
    c = sqlite3.connect(db)
    try:
        wrong = [r[0] for r in c.execute("PRAGMA integrity_check") if r[0] != "ok"]
        wrong += [f"foreign key: {r}" for r in c.execute("PRAGMA foreign_key_check")]
        node = ("(EXISTS (SELECT 1 FROM sources WHERE id = {0}) OR EXISTS (SELECT 1 FROM statements WHERE id = {0}) "
                "OR EXISTS (SELECT 1 FROM documents WHERE id = {0}))")
        wrong += [f"dangling edge: {r}" for r in c.execute(
            f"SELECT relation, from_id, to_id FROM edges WHERE NOT {node.format('from_id')} OR NOT {node.format('to_id')}")]
        counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "statements", "sources")}
        graph = {
            "claims": set(c.execute("SELECT id, source_id, date FROM statements")),
            "sources": set(c.execute("SELECT id, name, type, role FROM sources")),
            # whom a surname, office or short name alone presumably is (resolve/presumed.h)
            "presumed": set(c.execute("SELECT source_id, person_id, basis FROM presumed_sources")),
            "edges": set(c.execute("SELECT relation, from_id, to_id, document_id, start, end, match, basis FROM edges")),
        }
        return wrong, counts, graph
    finally:
        c.close()


def ingest(claimgraph, db, paths):
    return subprocess.run([claimgraph, "ingest", "-q", "--db", db] + paths, capture_output=True, text=True)


MAX_RUNS = 120


def runs(claimgraph, work, name, files, batch=None):
    """Ingests `files` in three seeded orders and groupings (and `batch` whole when given);
    returns the counts of each run."""
    results = []
    if batch:
        db = os.path.join(work, f"{name}-batch.db")
        r = ingest(claimgraph, db, [batch])
        wrong, counts, graph = soundness(db)
        check(r.returncode == 0 and not r.stderr, f"{name}: the batch ingests with exit 0 and no warning "
              f"(exit {r.returncode}; {r.stderr.strip()[:300]})")
        check(not wrong, f"{name}: the batch's database is sound {wrong[:3]}")
        results.append(("batch", counts, graph))
    scale = -(-len(files) // MAX_RUNS)  # ceil: at most MAX_RUNS runs an order
    for seed, group in ((1, 1 * scale), (2, 7 * scale), (3, 200 * scale)):
        order = list(files)
        random.Random(seed).shuffle(order)
        db = os.path.join(work, f"{name}-{seed}.db")
        codes, errors = set(), []
        for i in range(0, len(order), group):
            r = ingest(claimgraph, db, order[i:i + group])
            codes.add(r.returncode)
            if r.stderr:
                errors.append(r.stderr.strip()[:300])
        wrong, counts, graph = soundness(db)
        check(codes == {0} and not errors, f"{name}: seed {seed}, {group} per run: every run exits 0 with no warning "
              f"{errors[:2]}")
        check(not wrong, f"{name}: seed {seed}: the database is sound {wrong[:3]}")
        results.append((f"seed {seed}, {group} per run", counts, graph))
    for label, counts, _ in results:
        print(f"      {name} {label}: {counts}")
    first = results[0][1]
    check(all(c == first for _, c, _ in results), f"{name}: the same numbers of documents, statements and sources in every run")
    # the runs from files (a batch's documents are other documents: their ids differ)
    files_only = [r for r in results if r[0] != "batch"]
    graph = files_only[0][2]
    for part in ("claims", "sources", "presumed"):
        differ = [len(g[part] ^ graph[part]) for _, _, g in files_only[1:]]
        check(not any(differ), f"{name}: the same {part} in every run (rows differing from the first run: {differ})")
    differ = [sorted(g["edges"] ^ graph["edges"]) for _, _, g in files_only[1:]]
    kinds = sorted({(e[0], e[7] or e[6] or "first") for d in differ for e in d})
    print(f"      {name}: edges differing from the first run from files: {[len(d) for d in differ]} of {len(graph['edges'])} "
          f"({', '.join(f'{r} {k}' for r, k in kinds) or 'none'})")
    return first


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="claimgraph-metamorphic-") as work:
        ours = [os.path.join(source, "tests/data/port-strike.txt")]
        for case in sorted(os.listdir(os.path.join(source, "graphs"))):
            folder = os.path.join(source, "graphs", case, "articles")
            ours += [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".txt")]
        counts = runs(claimgraph, work, "ours", ours)
        check(counts["documents"] == len(ours), f"ours: all {len(ours)} articles are documents")

        polnear = os.path.join(source, "..", "shared", "data", "polnear", "dev.jsonl")
        if not os.path.exists(polnear):
            print(f"skip  PolNeAR: {polnear} is not here (the shared data is not on this machine)")
        else:
            files = []
            texts = os.path.join(work, "polnear")
            os.mkdir(texts)
            with open(polnear, encoding="utf-8") as f:
                for n, line in enumerate(f):
                    a = json.loads(line)
                    header = "".join(f"{k}: {a[k]}\n" for k in ("title", "outlet", "date") if a.get(k))
                    path = os.path.join(texts, f"{n:04}.txt")
                    with open(path, "w", encoding="utf-8") as out:
                        out.write(header + "\n" + a["text"])
                    files.append(path)
            counts = runs(claimgraph, work, "polnear", files, batch=polnear)
            check(counts["documents"] == len(files), f"polnear: all {len(files)} articles are documents")
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
