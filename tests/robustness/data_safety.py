#!/usr/bin/env python3
"""Data safety (issue 8): a database from a newer claimgraph, a read-only database and a
full disk give clear errors and leave the database undamaged; outputs are whole or absent.

The full disk is a file size limit (RLIMIT_FSIZE): the kernel refuses the write past it as
it refuses a write to a full disk, so SQLite sees the same failed write. The read-only
cases run as user nobody when the test runs as root (root may write any file).

usage: data_safety.py CLAIMGRAPH GEN_CORPUS
"""
import hashlib
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

FAILURES = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        FAILURES.append(what)


def run(cmd, limit=None, nobody=False):
    def pre():
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        if nobody and os.geteuid() == 0:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
    return subprocess.run(cmd, capture_output=True, text=True, preexec_fn=pre)


def digest(path):
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        if os.path.exists(path + suffix):
            with open(path + suffix, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def counts(db):
    c = sqlite3.connect(db)
    try:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "statements", "sources", "edges")}
    finally:
        c.close()


def whole(db):
    """integrity_check, and no edge of a document that is not stored."""
    c = sqlite3.connect(db)
    try:
        ok = c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = c.execute("SELECT count(*) FROM edges WHERE document_id <> '' AND document_id NOT IN "
                            "(SELECT id FROM documents)").fetchone()[0]
        return ok and orphans == 0
    finally:
        c.close()


def main():
    claimgraph, gen = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="claimgraph-safety-")
    os.chmod(work, 0o755)
    try:
        batch = os.path.join(work, "batch.jsonl")
        subprocess.run([gen, "--docs", "600", "--out", batch], check=True, capture_output=True)
        reference = os.path.join(work, "reference.db")
        r = run([claimgraph, "ingest", "-q", "--db", reference, batch])
        check(r.returncode == 0, "the reference ingest succeeds")
        want = counts(reference)
        # a small database to draw (a diagram of 600 articles is refused as unreadable)
        with open(batch) as f:
            lines = [next(f) for _ in range(4)]
        few = os.path.join(work, "few.jsonl")
        with open(few, "w") as f:
            f.writelines(lines)
        small = os.path.join(work, "small.db")
        check(run([claimgraph, "ingest", "-q", "--db", small, few]).returncode == 0, "a small ingest succeeds")

        # --- a database from a newer claimgraph -------------------------------------
        newer = os.path.join(work, "newer.db")
        shutil.copy(reference, newer)
        c = sqlite3.connect(newer)
        c.execute("PRAGMA user_version = 99")
        c.commit()
        c.close()
        before = digest(newer)
        for cmd in (["ingest", "-q", "--db", newer, batch], ["claims", "--db", newer],
                    ["render", "--db", newer, "--format", "dot"]):
            r = run([claimgraph] + cmd)
            check(r.returncode == 1 and re.fullmatch(re.escape(f"claimgraph: error: '{newer}': database schema version 99 is "
                  "newer than this claimgraph supports (") + r"\d+" + re.escape("); nothing was changed\n"), r.stderr),
                  f"{cmd[0]} refuses schema 99: {r.stderr.strip()}")
        check(digest(newer) == before, "the newer database is byte for byte unchanged")

        # --- a read-only database -----------------------------------------------------
        ro_dir = os.path.join(work, "published")
        os.mkdir(ro_dir)
        ro = os.path.join(ro_dir, "archive.db")
        shutil.copy(reference, ro)
        ro_small = os.path.join(ro_dir, "small.db")
        shutil.copy(small, ro_small)
        os.chmod(ro_small, 0o444)
        os.chmod(ro, 0o444)
        os.chmod(ro_dir, 0o555)
        before = digest(ro)
        r = run([claimgraph, "claims", "--db", ro, "--format", "csv"], nobody=True)
        check(r.returncode == 0 and r.stdout.count("\n") == want["statements"] + 1,
              f"claims reads a read-only database in a read-only folder ({r.stderr.strip()})")
        r = run([claimgraph, "render", "--db", ro_small, "--format", "dot"], nobody=True)
        check(r.returncode == 0 and r.stdout.startswith("digraph"), f"render reads one too ({r.stderr.strip()})")
        r = run([claimgraph, "ingest", "-q", "--db", ro, batch], nobody=True)
        check(r.returncode == 1 and r.stderr == f"claimgraph: error: '{ro}': cannot write to the database: Permission denied\n",
              f"ingest into it is refused: {r.stderr.strip()}")
        # a database the user owns, in a folder the user may not write in
        os.chmod(ro_dir, 0o755)
        mine = os.path.join(ro_dir, "mine.db")
        shutil.copy(reference, mine)
        os.chown(mine, 65534, 65534) if os.geteuid() == 0 else None
        os.chmod(ro_dir, 0o555)
        r = run([claimgraph, "ingest", "-q", "--db", mine, batch], nobody=True)
        check(r.returncode == 1 and r.stderr == f"claimgraph: error: '{mine}': cannot write in its folder '{ro_dir}' "
              "(the database and its -wal and -shm files go there): Permission denied\n", f"so is ingest into a folder it cannot write: {r.stderr.strip()}")
        check(digest(ro) == before and not os.path.exists(ro + "-wal") and not os.path.exists(ro + "-shm"),
              "the read-only database is unchanged and nothing was created beside it")
        os.chmod(ro_dir, 0o755)

        # --- a full disk ----------------------------------------------------------------
        full = os.path.join(work, "full.db")
        r = run([claimgraph, "ingest", "-q", "--db", full, batch], limit=6_000_000)
        check(r.returncode == 1 and "cannot write the database: " in r.stderr and
              "run the same ingest again to finish" in r.stderr and "internal error" not in r.stderr,
              f"ingest on a full disk stops with a clear error: {r.stderr.strip()}")
        kept = counts(full)["documents"]
        check(whole(full), f"the database passes integrity_check and holds whole documents only ({kept} kept)")
        check(f"the {kept} documents committed before are kept" in r.stderr, "the error says how many were kept")
        r = run([claimgraph, "ingest", "-q", "--db", full, batch])
        check(r.returncode == 0 and counts(full) == want, f"a rerun with space finishes the job without duplicates: {counts(full)}")

        # --- outputs are whole or absent --------------------------------------------------
        # the limit is above what a reader writes (the 32 KB -shm file) and below the output
        limit = 40_000
        svg = run([claimgraph, "render", "--db", small, "--format", "svg"]).stdout
        check(len(svg) > limit, f"the diagram ({len(svg)} bytes) is larger than the limit")
        out = os.path.join(work, "graph.svg")
        # the previous render: a small one (of the first claim's neighbourhood), so that the
        # limit stops the new one, not the old
        first = run([claimgraph, "claims", "--db", small, "--format", "csv"]).stdout.splitlines()[1].split(",")[0]
        r = run([claimgraph, "render", "--db", small, "--format", "svg", "--focus", first, "--depth", "1", "-o", out])
        check(r.returncode == 0, f"a small render is written: {r.stderr.strip()}")
        with open(out) as f:
            previous = f.read()
        check(len(previous) < limit, f"the previous render ({len(previous)} bytes) is under the limit")
        r = run([claimgraph, "render", "--db", small, "--format", "svg", "-o", out], limit=limit)
        check(r.returncode == 1 and r.stderr.startswith(f"claimgraph: error: '{out}': cannot write: File too large"),
              f"render on a full disk fails clearly: {r.stderr.strip()}")
        with open(out) as f:
            check(f.read() == previous, "the previous file is left as it was")
        check(not any(n.startswith(".") or "tmp" in n for n in os.listdir(work)),
              f"no temporary file is left behind: {sorted(os.listdir(work))}")
        report = os.path.join(work, "report")
        r = run([claimgraph, "report", "--db", small, "-o", report], limit=limit)
        check(r.returncode == 1 and not os.path.exists(report), f"a report that cannot be written leaves no folder: {r.stderr.strip()}")
    finally:
        for root, dirs, _ in os.walk(work):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s)")
        return 1
    print("data-safety: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
