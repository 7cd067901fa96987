#!/usr/bin/python3
"""claimgraph extract in every mode on real text: PolNeAR's 924 articles, GGT dev, the
seed article, Wikinews and ECB+ (../shared/data, not in this repository). Every run must
exit 0 and give one JSON object per file; every span must lie inside its file, on
character boundaries, start before end, a content's pieces in order; a speaker's words
never run over a blank line (a name is not a paragraph). Under the sanitizers (CI) this
is also where a read past a list shows: `--scope speech` once crashed on 16 of PolNeAR's
articles. Skipped (77), saying why, without ../shared.

Usage: extract_modes_real_corpus.py CLAIMGRAPH SOURCE_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

MODES = [[], ["--fast"], ["--deep"], ["--model", "none"], ["--scope", "speech"], ["--scope", "speech", "--deep"],
         ["--quote-unit", "quotation"], ["--scope", "speech", "--quote-unit", "turn"]]


def texts(data, work):
    """The corpora's texts as files, the gold ones written out as they are."""
    paths = []
    for name in ("polnear/dev.jsonl", "ggt/dev.jsonl", "seed/gold.jsonl"):
        with open(os.path.join(data, name), encoding="utf-8") as f:
            for n, line in enumerate(f):
                path = os.path.join(work, f"{name.split('/')[0]}-{n:04d}.txt")
                with open(path, "w", encoding="utf-8", newline="") as out:
                    out.write(json.loads(line)["text"])
                paths.append(path)
    paths += sorted(glob.glob(os.path.join(data, "wikinews", "*.txt")))
    paths += sorted(glob.glob(os.path.join(data, "ecbplus", "*", "*ecb*.txt")))
    return paths


def spans_of(statement):
    for key in ("content", "source", "cue"):
        part = statement.get(key)
        if not part:
            continue
        if part.get("start") is not None:
            yield key, part["start"], part["end"]
        for a, b in part.get("spans") or []:  # the pieces of a content in several
            yield key, a, b


def check(claimgraph, mode, paths):
    run = subprocess.run([claimgraph, "extract", "--format", "json", *mode, *paths], capture_output=True)
    bad = []
    if run.returncode != 0:
        return [f"{' '.join(mode) or 'default'}: exit {run.returncode}: {run.stderr.decode(errors='replace')[-800:]}"]
    docs = {}
    for line in run.stdout.decode().splitlines():
        o = json.loads(line)
        docs[o["document"]["path"]] = o
    statements = 0
    for path in paths:
        o = docs.get(path)
        if o is None:
            bad.append(f"{path}: no output")
            continue
        with open(path, "rb") as f:
            data = f.read()
        for st in o["statements"]:
            statements += 1
            pieces = st["content"].get("spans") or []
            if any(b > c for (_, b), (c, _) in zip(pieces, pieces[1:])):
                bad.append(f"{path}: a content's pieces out of order or overlapping: {pieces}")
            for key, a, b in spans_of(st):
                if not (0 <= a < b <= len(data)):
                    bad.append(f"{path}: {key} span {a}-{b} outside 0-{len(data)}")
                    continue
                try:
                    words = data[a:b].decode("utf-8")
                except UnicodeDecodeError:
                    bad.append(f"{path}: {key} span {a}-{b} cuts a character")
                    continue
                if key == "source" and "\n\n" in words:
                    bad.append(f"{path}: the speaker's words run over a paragraph: {words[:120]!r}")
    print(f"{' '.join(mode) or 'default'}: {len(paths)} files, {statements} statements, {len(bad)} problems")
    return bad


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    data = os.path.join(source, "..", "shared", "data")
    if not os.path.exists(os.path.join(data, "polnear", "dev.jsonl")):
        print("SKIP: " + data + " is not here (the shared data sets sit beside the repository)")
        return 77
    with tempfile.TemporaryDirectory(prefix="claimgraph-modes-real-") as work:
        paths = texts(data, work)
        bad = []
        for mode in MODES:
            bad += check(claimgraph, mode, paths)
    for b in bad[:30]:
        print("FAIL:", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
