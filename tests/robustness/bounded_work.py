#!/usr/bin/env python3
"""Bounded time and memory where one thing is large (issue 17, items 14-17): each case at a
fixed size runs under a time limit and an address-space limit (ulimit -v), and at a size
and four times it grows less than eightfold in CPU time (linear work grows about fourfold,
quadratic sixteen):

- one article of 25,000 and 100,000 figure statements about one event: `timeline` and
  `report` (they compared every pair of figures: 10,000 took 19 s and 4 GB);
- the trace of a speaker with 4,000 statements as SVG: at most --max-nodes nodes (it laid
  out all 8,000 nodes: 22 s);
- a page with 100,000 and 400,000 attributes on one element (34 s for 100,000);
- 1,000 and 4,000 articles quoting one speaker on one date and place, and 1,000 and 4,000
  articles each giving one source a new alias (8 s and 33 s for 2,000 and 4,000).

The inputs are written here; none is a real article.

usage: bounded_work.py CLAIMGRAPH
"""
import json
import re
import os
import random
import resource
import subprocess
import sys
import tempfile

LIMIT_BYTES = 4 << 30   # peak resident memory per command
PEAKS = {}
LIMIT_SECONDS = 300     # wall time per command
FAILURES = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        FAILURES.append(what)


def run(cmd):
    """CPU seconds of the command, which must succeed within the time limit and whose peak
    memory (resident, measured: an address-space limit would refuse AddressSanitizer's
    shadow reservation in CI's build) must stay under the memory limit."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _, err = p.communicate(timeout=LIMIT_SECONDS)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        check(False, f"{' '.join(cmd[:3])} … finishes within {LIMIT_SECONDS} s")
        return float("inf")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # cumulative: the difference below
    peak = PEAKS.get("last", 0)
    cpu = usage.ru_utime + usage.ru_stime - PEAKS.get("cpu", 0.0)
    PEAKS["cpu"] = usage.ru_utime + usage.ru_stime
    rss = usage.ru_maxrss * 1024  # the largest of any child so far: a bound on this one too
    check(p.returncode == 0, f"{' '.join(cmd[:2])} … exits 0: {err.strip()[:200]}")
    if rss > peak:
        check(rss < LIMIT_BYTES, f"{' '.join(cmd[:2])} …: peak memory {rss >> 20} MB, under {LIMIT_BYTES >> 30} GB")
        PEAKS["last"] = rss
    return cpu


def ratio(name, small, large):
    r = large / max(small, 0.02)
    check(r < 8, f"{name}: {small:.2f} s, then {large:.2f} s at four times the size (x{r:.1f}, under 8)")


def tolls(path, n):
    r = random.Random(n)
    with open(path, "w") as f:
        f.write("title: toll\ndate: 2026-03-01\n\n")
        for _ in range(n):
            f.write(f"Police said the death toll in Sosnovka was {r.randint(1, 10**6)}.\n\n")


def main():
    cg = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="claimgraph-bounded-") as work:
        p = lambda name: os.path.join(work, name)

        # 14: figures of one event
        times = {}
        for n in (25_000, 100_000):
            tolls(p(f"toll{n}.txt"), n)
            run([cg, "ingest", "-q", "--db", p(f"toll{n}.db"), p(f"toll{n}.txt")])
            times[n] = (run([cg, "timeline", "--db", p(f"toll{n}.db")]),
                        run([cg, "report", "--db", p(f"toll{n}.db"), "-o", p(f"report{n}")]))
        ratio("timeline of one event's figures", times[25_000][0], times[100_000][0])
        ratio("report of one event's figures", times[25_000][1], times[100_000][1])
        with open(os.path.join(p("report100000"), "report.md")) as f:
            check(re.search(r"the first 200 of \d{5,} figures", f.read()) is not None,
                  "the report shows the first 200 figures and says how many there are")

        # 15: a trace of a prolific speaker
        with open(p("speaker.txt"), "w") as f:
            f.write("title: x\ndate: 2026-03-01\n\n")
            for i in range(4000):
                f.write(f"Governor Lena Fisk said that bridge number {i} in Sosnovka was closed.\n\n")
        run([cg, "ingest", "-q", "--db", p("speaker.db"), p("speaker.txt")])
        sources = subprocess.run([cg, "sources", "--db", p("speaker.db"), "--format", "json"], capture_output=True,
                                 text=True).stdout
        fisk = [json.loads(line)["id"] for line in sources.splitlines() if "Fisk" in line][0]
        run([cg, "trace", "--db", p("speaker.db"), fisk, "--format", "svg", "-o", p("trace.svg")])
        with open(p("trace.svg")) as f:
            svg = f.read()
        nodes = svg.count('class="node ')  # the graph's nodes ("node statement", …), not the legend's
        check(0 < nodes <= 300 and "more statements" in svg, f"the trace draws {nodes} nodes (at most 300) and a count of the rest")

        # 16: attributes
        t = {}
        for n in (100_000, 400_000):
            attrs = " ".join(f'a{i}="{i}"' for i in range(n))
            with open(p(f"attrs{n}.html"), "w") as f:
                f.write(f"<html><body><article><p {attrs}>The mayor said the road would close.</p></article></body></html>")
            t[n] = run([cg, "extract", p(f"attrs{n}.html")])
        ratio("a page with 100,000 attributes on one element", t[100_000], t[400_000])

        # 17: one speaker, one date and place; one source, thousands of aliases
        for name, line in (("one speaker, one date and place",
                            lambda i: {"id": str(i), "date": "2026-03-01", "outlet": f"Daily {i}",
                                       "text": f"Governor Lena Fisk said that bridge number {i} in Sosnovka was closed."}),
                           ("one source, a new alias in each article",
                            lambda i: {"id": str(i), "date": "2026-03-01", "outlet": f"Daily {i}",
                                       "text": f"Lena Fisk, the governor of district {i}, said that road {i} would reopen."})):
            t = {}
            for n in (1000, 4000):
                batch = p(f"batch{n}.jsonl")
                with open(batch, "w") as f:
                    for i in range(n):
                        f.write(json.dumps(line(i)) + "\n")
                db = p(f"batch{n}-{len(name)}.db")
                t[n] = run([cg, "ingest", "-q", "--db", db, batch])
            ratio(f"ingest, {name}", t[1000], t[4000])
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
