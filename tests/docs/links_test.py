#!/usr/bin/python3
"""Every link and image of README.md and docs/*.md leads to a file of the repository: what
the README links to exists in a clone (issue 23).

Usage: links_test.py SOURCE_DIR
"""
import glob
import os
import re
import sys


def links(text):
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # code blocks
    text = re.sub(r"``.*?``", "", text, flags=re.S)    # code spans, double then single
    text = re.sub(r"`[^`]*`", "", text)
    return [m.group(1) for m in re.finditer(r"\]\(([^)\s]+)\)", text)]


def main():
    source = os.path.abspath(sys.argv[1])
    files = [os.path.join(source, "README.md")] + sorted(glob.glob(os.path.join(source, "docs", "*.md")))
    broken, count = [], 0
    for f in files:
        with open(f, encoding="utf-8") as h:
            for target in links(h.read()):
                if target.startswith(("http://", "https://", "#", "mailto:")):
                    continue
                count += 1
                path = os.path.normpath(os.path.join(os.path.dirname(f), target.split("#")[0]))
                if not path.startswith(os.path.normpath(source)) or not os.path.exists(path):
                    broken.append(f"{os.path.relpath(f, source)}: {target}")
    if broken:
        print("FAIL: links that lead nowhere in a clone:\n  " + "\n  ".join(broken))
        return 1
    if count < 12:
        print(f"FAIL: only {count} links found: the README's table of documents is gone")
        return 1
    print(f"OK: {count} links in {len(files)} files, each to a file of the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
