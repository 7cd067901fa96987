#!/usr/bin/env python3
"""A real `kill -9` of `claimgraph ingest` at several moments: each time the database must
pass PRAGMA integrity_check and hold only complete documents (each with exactly the edges
an uninterrupted ingest gives it), a reader (`claims`, `render`) must work while an ingest
writes, and running the same ingest again must finish the job with no duplicate: the same
counts as an ingest that was never interrupted.

    kill_test.py CLAIMGRAPH GEN_CORPUS
Standard library only (sqlite3 from Python's own module).
"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

DOCS = 500  # three transactions of up to 200 articles (--commit-every 200)


def fail(message):
    print(f"kill_test: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def counts(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "statements", "sources", "edges", "figures", "copies")}


def edges_from_documents(db):
    """Each document's edges by relation and evidence span, and the ids its own mentions
    give its claims: what a whole document leaves, whatever later documents merge (a claim
    is filed under the least id of its mentions, so a later one may rename it)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        out = {}
        for doc, relation, start, end in c.execute(
                "SELECT e.from_id, e.relation, e.start, e.end FROM edges e JOIN documents d ON d.id = e.from_id"):
            out.setdefault(doc, set()).add((relation, start, end))
        for doc, original in c.execute("SELECT document_id, original_id FROM statement_variants WHERE document_id <> ''"):
            out.setdefault(doc, set()).add(("mention", original))
        return out


def check(db, reference_edges, round_):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as c:
        ok = c.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            fail(f"round {round_}: integrity_check says {ok}")
        orphans = c.execute("SELECT count(*) FROM edges WHERE document_id <> '' AND document_id NOT IN "
                            "(SELECT id FROM documents)").fetchone()[0]
        if orphans:
            fail(f"round {round_}: {orphans} edges of documents that are not stored")
        documents = c.execute("SELECT count(*) FROM documents").fetchone()[0]
    for doc, edges in edges_from_documents(db).items():
        if edges != reference_edges.get(doc):
            fail(f"round {round_}: document {doc} is incomplete or differs from an uninterrupted ingest")
    return documents


def main():
    claimgraph, gen = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="claimgraph-kill-")
    corpus = os.path.join(tmp, "corpus.jsonl")
    subprocess.run([gen, "--docs", str(DOCS), "--out", corpus], check=True)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:" + os.environ.get("ASAN_OPTIONS", ""))

    # the reference: one uninterrupted ingest, and how long it takes
    reference = os.path.join(tmp, "reference.db")
    start = time.monotonic()
    subprocess.run([claimgraph, "ingest", "-q", "--commit-every", "200", "--db", reference, corpus], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    whole = time.monotonic() - start
    reference_counts = counts(reference)
    reference_edges = edges_from_documents(reference)
    if reference_counts["documents"] != DOCS:
        fail(f"the reference holds {reference_counts['documents']} documents, not {DOCS}")

    db = os.path.join(tmp, "killed.db")
    rng = random.Random(7)
    stored = []
    kills = 0
    for round_, fraction in enumerate((0.1, 0.3, 0.5, 0.7, 0.9), 1):
        p = subprocess.Popen([claimgraph, "ingest", "-q", "--commit-every", "200", "--db", db, corpus], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        delay = whole * fraction * rng.uniform(0.8, 1.2)
        if round_ == 3:
            # a reader while the writer writes (WAL): both commands must work
            time.sleep(delay / 2)
            if os.path.exists(db):
                for args in (["claims", "--db", db, "--format", "csv"], ["render", "--db", db, "--disputed-only",
                                                                         "--format", "dot"]):
                    r = subprocess.run([claimgraph] + args, env=env, capture_output=True, text=True)
                    if r.returncode != 0 and "more than anyone can read" not in r.stderr:
                        fail(f"'{' '.join(args[:1])}' while ingest writes: exit {r.returncode}: {r.stderr}")
            time.sleep(delay / 2)
        else:
            time.sleep(delay)
        finished = p.poll() is not None  # a resumed run has less to do: it may end first
        if not finished:
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.wait()
        documents = check(db, reference_edges, round_) if os.path.exists(db) else 0
        if stored and documents < stored[-1]:
            fail(f"round {round_}: {documents} documents stored, fewer than the {stored[-1]} before")
        stored.append(documents)
        print(f"kill_test: round {round_}: {'finished before the kill at' if finished else 'killed after'} "
              f"{delay:.2f} s; {documents} whole documents stored, integrity ok")
    # the same ingest again finishes the job
    r = subprocess.run([claimgraph, "ingest", "-q", "--commit-every", "200", "--db", db, corpus], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"the ingest after the kills failed: {r.stderr}")
    check(db, reference_edges, "final")
    final = counts(db)
    if final != reference_counts:
        fail(f"after the kills and a rerun the database holds {final}, an uninterrupted ingest {reference_counts}")
    if kills < 3 or max(stored) == 0:
        fail(f"{kills} kills, {max(stored)} documents left by them: too few to test anything")
    print(f"kill_test: after 5 kills and a rerun: {final} — as an uninterrupted ingest")


if __name__ == "__main__":
    main()
