#!/usr/bin/python3
"""claimgraph serve end to end in real headless Chromium (serve_e2e.js, playwright-core):
ingests the Sosnovka case and a hostile article written here, starts the server on a free
port, runs the browser suite, stops the server with SIGINT and checks it stopped cleanly.

Usage: serve_in_chromium.py CLAIMGRAPH SOURCE_DIR [SCREENSHOT_DIR]
Exit 0 on success, 1 on a failed check, 77 (skipped, with the reason) when Chromium, node
or playwright-core (scripts/install-deps.sh --tests installs them) is missing.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

HOSTILE = (
    "title: <script>alert(1)</script> Bridge \"strike\"\n"
    "outlet: Evil <b>Outlet</b> & Co\n"
    "url: javascript:alert(1)\n"
    "date: 2026-03-01\n"
    "\n"
    "\u201CThe bridge was hit </text></svg><script>alert(1)</script> at dawn,\u201D said Governor Lena Fisk.\n"
    "\n"
    "Police said that 3 people were killed near the <img src=x onerror=alert(1)> depot.\n"
)

LATE = (
    "title: Market reopens in Sosnovka\noutlet: Border Herald\ndate: 2026-03-16\n\n"
    "Mayor Anna Petrenko said that the market would reopen on Monday under police guard.\n"
)


def skip(reason):
    print("SKIP: " + reason)
    sys.exit(77)


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    screenshots = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else ""
    if not os.path.exists("/usr/bin/chromium"):
        skip("/usr/bin/chromium is not installed (scripts/install-deps.sh --tests)")
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        skip("node is not installed (scripts/install-deps.sh --tests)")
    npm_dir = os.environ.get("CLAIMGRAPH_NPM_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "claimgraph", "npm")
    playwright = os.path.join(npm_dir, "node_modules", "playwright-core")
    if not os.path.exists(os.path.join(playwright, "package.json")):
        skip(playwright + " is not installed (scripts/install-deps.sh --tests)")

    work = tempfile.mkdtemp(prefix="claimgraph-serve-")
    try:
        db = os.path.join(work, "case.db")
        with open(os.path.join(work, "hostile.txt"), "w", encoding="utf-8") as f:
            f.write(HOSTILE)
        late = os.path.join(work, "late", "late.txt")
        os.makedirs(os.path.dirname(late))
        with open(late, "w", encoding="utf-8") as f:
            f.write(LATE)
        subprocess.run([claimgraph, "ingest", "-q", "--db", db,
                        os.path.join(source, "graphs", "sosnovka-market", "articles"),
                        os.path.join(work, "hostile.txt")], check=True)
        server = subprocess.Popen([claimgraph, "serve", "--db", db, "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = server.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if not match:
            server.kill()
            print("FAIL: the server did not say where it listens: " + line + server.stderr.read())
            return 1
        env = dict(os.environ, BASE_URL=match.group(1), PLAYWRIGHT_CORE=playwright, CLAIMGRAPH=claimgraph,
                   DB=db, LATE_ARTICLE=late, SCREENSHOTS=screenshots)
        try:
            suite = subprocess.run([node, os.path.join(source, "tests", "browser", "serve_e2e.js")],
                                   env=env, timeout=300)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                out, err = server.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                print("FAIL: the server did not stop on SIGINT within 20 s")
                return 1
        if server.returncode != 0 or "stopped" not in out:
            print(f"FAIL: the server exited {server.returncode}: {out} {err}")
            return 1
        print("ok: the server stopped on SIGINT")
        return suite.returncode
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
