#!/usr/bin/env python3
"""How often each way of identifying a speaker with a source is right, on real coverage.

Every mention claimgraph stores says how it was identified with its source (its
attributes edge's `match`, resolve/identity.h; `sources show`). This script scores those
decisions on ECB+ (../shared/data/ecbplus, gold cross-document identity): it runs
../shared/tools/score_sources.py (which pairs speaker mentions with gold mentions), ingests
each topic again the same way to read each mention's identity record, and prints, for the
first step of each record ("name as written" when there is none):

  mentions  the gold-matched mentions identified that way
  B3 P      the mean, over those mentions, of the share of the other mentions of their
            source that are the same gold entity (mentions alone in their source left out)
  links     cross-document pairs (the mention and another document's mention of the same
            source): correct / wrong against the gold (a pair is counted from each side)

Usage: scripts/identity-bases.py --cg BUILD/claimgraph [--shared ../shared] [--all-sentences]
"""
import argparse
import collections
import json
import os
import sqlite3
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cg", required=True, help="claimgraph binary")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--all-sentences", action="store_true", help="score_sources --all-sentences --linked-only")
    args = ap.parse_args()
    data = os.path.join(args.shared, "data", "ecbplus")
    scorer = os.path.join(args.shared, "tools", "score_sources.py")
    for path in (data, scorer):
        if not os.path.exists(path):
            sys.exit(f"identity-bases: {path} is not there (the gold data live outside the repository)")
    with tempfile.TemporaryDirectory(prefix="identity-") as tmp:
        scored = os.path.join(tmp, "scored.jsonl")
        extra = ["--all-sentences", "--linked-only"] if args.all_sentences else []
        run = subprocess.run([sys.executable, scorer, "--data", data, "--cg", args.cg, "--examples", "0",
                              "--json-out", scored] + extra, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"identity-bases: the scorer failed: {run.stderr[-2000:]}")
        print(run.stdout.strip().splitlines()[-1])
        rows = []  # (topic, doc, gold entity, source, basis)
        for line in open(scored, encoding="utf-8"):
            t = json.loads(line)
            if t["mode"] != "batch":
                sys.exit(f"identity-bases: topic {t['topic']} was not ingested in one batch")
            tdir = os.path.join(data, t["topic"])
            files = [os.path.join(tdir, json.loads(g)["file"]) for g in open(os.path.join(tdir, "gold.jsonl"))]
            db = os.path.join(tmp, f"{t['topic']}.db")
            subprocess.run([args.cg, "ingest", "-q", "--db", db] + files, check=True, capture_output=True)
            con = sqlite3.connect(db)
            record = {}
            for path, start, end, match in con.execute(
                    "SELECT d.path, e.start, e.end, e.match FROM edges e JOIN documents d ON d.id = e.document_id "
                    "JOIN statements s ON s.id = e.from_id WHERE e.relation = 'attributes'"):
                record.setdefault((os.path.basename(path), start, end), match)
            con.close()
            for m in t["matched"]:
                match = record.get((m["doc"], m["start"], m["end"]))
                if match is None:
                    continue  # an implicit speaker: the scorer used its antecedent's words
                basis = match.split("; ")[0].split(": ")[0] if match else "name as written"
                rows.append((t["topic"], m["doc"], m["gold_entity"], m["source"], basis))
    by_source = collections.defaultdict(list)
    for r in rows:
        by_source[(r[0], r[3])].append(r)
    stats = collections.defaultdict(lambda: [0, 0.0, 0, 0, 0])  # mentions, precision sum, scored, ok, wrong
    for r in rows:
        s = stats[r[4]]
        s[0] += 1
        others = [o for o in by_source[(r[0], r[3])] if o is not r]
        if others:
            s[1] += sum(o[2] == r[2] for o in others) / len(others)
            s[2] += 1
        for o in others:
            if o[1] != r[1]:
                s[3 if o[2] == r[2] else 4] += 1
    print(f"{'basis':<24} {'mentions':>8} {'B3 P':>6} {'links ok':>9} {'wrong':>6}")
    for basis, (n, psum, scored_n, ok, wrong) in sorted(stats.items(), key=lambda kv: -kv[1][0]):
        p = f"{psum / scored_n:.3f}" if scored_n else "  n/a"
        print(f"{basis:<24} {n:>8} {p:>6} {ok:>9} {wrong:>6}")


if __name__ == "__main__":
    main()
