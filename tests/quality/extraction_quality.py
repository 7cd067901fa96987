#!/usr/bin/env python3
"""The shipped extractor on real gold, scored by ../shared/tools/score_attributions.py: a
regression guard, run when ../shared is present (skipped, saying so, when not).

  - PolNeAR's dev split (the 84 articles with official_split "dev"), default options;
  - GGT dev, --scope speech.

The floors are the figures measured, less one point (docs/extraction.md; PolNeAR
67.9 / 64.2 on 2026-12-03, with the model trained as the mean of five runs). Content F1's
is below the issue's target (72), which the extractor does not reach yet; content+source's
(63.0) and GGT's are the targets less one point.

Usage: extraction_quality.py CLAIMGRAPH SOURCE_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# gold, extra options, content F1 floor, content+source F1 floor
CASES = [
    ("polnear/dev.jsonl", "dev", [], 66.9, 63.0),
    ("ggt/dev.jsonl", None, ["--scope", "speech"], 81.2, 77.4),
]


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    shared = os.environ.get("CLAIMGRAPH_SHARED", os.path.join(source, "..", "shared"))
    scorer = os.path.join(shared, "tools", "score_attributions.py")
    if not os.path.isfile(scorer):
        print(f"skipped: {scorer} is not there (the gold data live outside the repository)")
        return 77
    failed = False
    with tempfile.TemporaryDirectory() as work:
        for name, split, options, content_floor, source_floor in CASES:
            gold = os.path.join(shared, "data", name)
            if not os.path.isfile(gold):
                print(f"skipped: {gold} is not there")
                return 77
            if split:
                path = os.path.join(work, "gold.jsonl")
                with open(gold, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
                    for line in f:
                        if line.strip() and json.loads(line).get("official_split") == split:
                            out.write(line)
                gold = path
            cmd = " ".join([claimgraph, "extract", "--format", "json"] + options)
            run = subprocess.run([sys.executable, scorer, "--gold", gold, "--cmd", cmd], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{name}: the scorer failed ({run.returncode}): {run.stderr[-2000:]}")
                return 1
            m = re.search(r"headline: content F1 ([0-9.]+); content\+source F1 ([0-9.]+)", run.stdout)
            if not m:
                print(f"{name}: no headline in the scorer's output:\n{run.stdout}")
                return 1
            content, both = float(m.group(1)), float(m.group(2))
            ok = content >= content_floor and both >= source_floor
            print(f"{name} {' '.join(options)}: content F1 {content:.1f} (floor {content_floor}), content+source F1 "
                  f"{both:.1f} (floor {source_floor}): {'ok' if ok else 'BELOW'}")
            failed = failed or not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
