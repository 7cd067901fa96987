#!/usr/bin/env python3
"""No quadratic blow-up: each pathological input, at a size and at four times that size,
through `extract` and `ingest`. Linear work takes about four times as long on the larger
input; quadratic work sixteen. The test fails when the ratio of CPU times (the faster of
two runs each) is 8 or more.

A complexity check, not a speed target: the figures are ratios on one machine, measured
as CPU time of the child so that a busy machine does not skew them. The inputs are
written here; none is a real article.

usage: linear_time.py CLAIMGRAPH [--scale F]
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile

NAMES = ["Governor Lena Fisk", "the health ministry", "Police", "Mayor Tom Okafor",
         "a spokeswoman for the army", "Officials", "Reuters", "Russia", "Ukraine"]


def prose(size, seed=1):
    """Wire-style sentences: quotations, reported speech, pronouns, descriptions,
    figures that differ between sources, denials and accusations."""
    r = random.Random(seed)
    out, n, i = [], 0, 0
    while n < size:
        name = NAMES[r.randrange(len(NAMES))]
        fig = r.randrange(1, 90)
        s = [f"\u201CThe bridge at Sosnovka was hit at dawn and {fig} people were hurt,\u201D {name} said.",
             f"{name} said that {fig} people had been killed in the strike on the market.",
             "She said the port would reopen. The ministry said it had no figures.",
             f"According to {name}, {fig} homes were damaged in the town of Brovary.",
             f"{name} denied that the market had been hit.",
             "Russia accused Ukraine of shelling the town. Ukraine accused Russia of the strike.",
             "\n\n"][i % 7]
        out.append(s + " ")
        n += len(s.encode()) + 1
        i += 1
    return "".join(out)


def repeat(unit, size):
    return unit * max(1, size // len(unit.encode()))


PATTERNS = {
    # name: (how the text is made, size of the smaller input in bytes)
    "prose": (prose, 400_000),
    "quote marks": (lambda n: repeat('"', n), 1_000_000),
    "curly quotes, unbalanced": (lambda n: repeat("\u201Ca ", n), 600_000),
    "opening quotes with speech": (lambda n: repeat('The minister said "the toll is 4 ', n), 600_000),
    "quotations with speakers": (lambda n: repeat("\u201CYes,\u201D he said. ", n), 500_000),
    "one endless sentence": (lambda n: repeat("the ministry ", n) + "said.", 1_000_000),
    "pronouns without antecedent": (lambda n: repeat("She said it was closed. They said so. ", n), 500_000),
    "descriptions without antecedent": (lambda n: repeat("The ministry said it. The governor said so. ", n), 500_000),
    "whitespace": (lambda n: repeat(" \n\t\r\n\n", n) + "Police said it.", 1_000_000),
    "paragraph per word": (lambda n: repeat("Police\n\nsaid\n\n", n), 600_000),
    "transcript labels in capitals": (lambda n: repeat("ABC: one two three four\n\nMr Abc spoke.\n\n", n), 500_000),
    "titled names in one sentence": (lambda n: repeat("President Ab Cd and ", n) + "officials said.", 400_000),
    "nested quotes": (lambda n: repeat("\u201Ca \u2018b \u201Cc \u2018d ", n) + repeat("\u2019\u201D", n // 3), 600_000),
}


def cpu_time(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(cmd)} exited {r.returncode}: {r.stderr.strip()[:300]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(claimgraph, work, path, text, command):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    best = None
    for run in range(2):
        if command == "extract":
            cmd = [claimgraph, "extract", "--format", "json", path]
        else:
            db = os.path.join(work, f"t{run}.db")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            cmd = [claimgraph, "ingest", "-q", "--db", db, path]
        t = cpu_time(cmd)
        best = t if best is None else min(best, t)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("claimgraph")
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every size")
    a = ap.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for name, (make, size) in PATTERNS.items():
            size = int(size * a.scale)
            small, large = make(size), make(4 * size)
            for command in ("extract", "ingest"):
                t1 = measure(a.claimgraph, work, os.path.join(work, "small.txt"), small, command)
                t4 = measure(a.claimgraph, work, os.path.join(work, "large.txt"), large, command)
                # below 50 ms the ratio is noise: such a run is fast whatever its shape
                ratio = t4 / t1 if t1 > 0.05 else (t4 / 0.05 if t4 > 0.2 else 0.0)
                verdict = "ok" if ratio < 8 else "QUADRATIC"
                print(f"{verdict:9} {command:7} {name:32} {len(small.encode()) / 1e6:5.2f} MB {t1:7.3f} s   "
                      f"{len(large.encode()) / 1e6:5.2f} MB {t4:7.3f} s   ratio {ratio:4.1f}", flush=True)
                if ratio >= 8:
                    failures.append(f"{command} {name}")
    if failures:
        print("FAIL: more than linear: " + ", ".join(failures))
        return 1
    print("linear-time: every pattern within 8x for 4x the input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
