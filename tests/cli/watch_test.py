#!/usr/bin/python3
"""`claimgraph watch`: a folder's articles ingested, then each new or edited one as it
settles, the diagram and the report rewritten after each change; Ctrl-C (SIGINT) stops it
with exit 0, and what it said it stored is stored.

Usage: watch_test.py CLAIMGRAPH
"""
import os
import select
import signal
import subprocess
import sys
import tempfile
import time

FAILURES = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        FAILURES.append(what)


class Lines:
    """The watcher's standard output, a line at a time, without blocking past a deadline."""

    def __init__(self, proc):
        self.fd = proc.stdout.fileno()
        self.pending = b""
        self.seen = []

    def wait_for(self, needle, timeout=60):
        """Reads lines until one contains `needle`; returns it ("" on timeout or end)."""
        deadline = time.time() + timeout
        while True:
            while b"\n" in self.pending:
                line, self.pending = self.pending.split(b"\n", 1)
                text = line.decode("utf-8", "replace")
                self.seen.append(text)
                if needle in text:
                    return text
            left = deadline - time.time()
            if left <= 0:
                return ""
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if ready:
                chunk = os.read(self.fd, 4096)
                if not chunk:
                    return ""
                self.pending += chunk


def article(path, outlet, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"outlet: {outlet}\ndate: 2026-03-12\n\n{text}\n")


def main():
    claimgraph = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="claimgraph-watch-") as work:
        folder = os.path.join(work, "articles")
        os.mkdir(folder)
        db, svg, report = (os.path.join(work, n) for n in ("w.db", "graph.svg", "report"))
        article(os.path.join(folder, "a.txt"), "Harbour Gazette",
                "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.")
        proc = subprocess.Popen([claimgraph, "watch", folder, "--db", db, "--render", svg, "--report", report,
                                 "--interval", "0.2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        lines = Lines(proc)
        try:
            check(bool(lines.wait_for("1 file: 1 document added")), "the folder's article is ingested first")
            check(bool(lines.wait_for("wrote " + report + "/index.html")), "the diagram and report follow")
            check(os.path.exists(svg) and os.path.exists(os.path.join(report, "index.html")),
                  "graph.svg and the report exist")
            article(os.path.join(folder, "b.txt"), "Coast Daily",
                    "Union spokesman Tom Reed said that 11 people were killed in the storm in Port Alden.")
            check(bool(lines.wait_for("1 file: 1 document added")), "a new article is ingested")
            with open(os.path.join(folder, "a.txt"), "a", encoding="utf-8") as f:
                f.write("The mayor said the harbour would reopen on Monday.\n")
            check(bool(lines.wait_for("1 file: 1 document added")), "an edited article is ingested again")
            with open(report + "/index.html", encoding="utf-8") as f:
                page = f.read()
            check("3 documents" in page, "the report was rewritten after the edit (3 documents)")
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                rest, err = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                rest, err = proc.communicate()
        out = (lines.pending + rest).decode("utf-8", "replace")
        err = err.decode("utf-8", "replace")
        check(proc.returncode == 0, f"Ctrl-C stops it with exit 0: exit {proc.returncode}, stderr {err!r}")
        check("stopped; everything listed above is stored" in out, "it says it stopped")
        docs = subprocess.run([claimgraph, "documents", "--db", db], capture_output=True, text=True).stdout
        check(docs.strip().endswith("3 documents"), f"the database holds what it reported: {docs[-40:]!r}")
        print("\n".join(lines.seen) + "\n" + out)
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
