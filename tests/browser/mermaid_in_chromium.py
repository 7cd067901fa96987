#!/usr/bin/python3
"""report.md's Mermaid diagram as GitHub draws it: Mermaid (npm's, 10.9, installed by
scripts/install-deps.sh --tests) renders the diagram of the Sosnovka report in headless
Chromium, with every claim, speaker and document a node, and planted markup in a label
stays text.

Usage: mermaid_in_chromium.py CLAIMGRAPH SOURCE_DIR
Exit 0 on success, 1 on a failed check, 77 (skipped) when Chromium or Mermaid is missing.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_in_chromium import DevTools, fail  # noqa: E402

MERMAID = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "claimgraph", "npm",
                       "node_modules", "mermaid", "dist", "mermaid.min.js")


def render(tools, session, diagram):
    expr = ("(async () => { try { mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});"
            " const r = await mermaid.render('g', %s); return JSON.stringify({svg: r.svg}); }"
            " catch (e) { return JSON.stringify({error: String(e.message || e)}); } })()" % json.dumps(diagram))
    r = tools.call("Runtime.evaluate", {"expression": expr, "awaitPromise": True, "returnByValue": True},
                   session=session, timeout=60)
    return json.loads(r["result"]["value"])


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not os.path.exists(MERMAID):
        print(f"SKIP: needs chromium and {MERMAID} (scripts/install-deps.sh --tests installs both)")
        sys.exit(77)
    work = tempfile.mkdtemp(prefix="claimgraph-mermaid-")
    try:
        db, out = os.path.join(work, "s.db"), os.path.join(work, "report")
        articles = os.path.join(source, "graphs/sosnovka-market/articles")
        # a curated claim in a dispute and in eight documents (so the first the diagram draws) whose words,
        # speaker and outlet carry markup of Mermaid, Markdown and HTML
        planted = os.path.join(work, "planted.dot")
        with open(planted, "w", encoding="utf-8") as f:
            docs = "".join(f'  d{i} [kind=document, outlet="Planted [click](https://evil.example) \\"]) --> x((",'
                           f' date="2026-03-1{i}", path="curated: planted {i}"];\n'
                           f'  d{i} -> s [relation=reports, text="the toll was 26"];\n' for i in range(8))
            f.write('digraph planted {\n' + docs +
                    '  s [kind=statement, form=indirect,'
                    ' text="the toll was ![x](https://tracker.example/i.png) 26 \\"]) --> y((  #quot; <b>b</b>"];\n'
                    '  p [kind=source, name="Planted <img src=x> Person", type=person];\n'
                    '  s -> p [relation=attributes, document=d0, cue=said];\n'
                    '  "4094a171faf98949" [kind=statement, form=indirect, text="hospital staff counted 31 dead"];\n'
                    '  s -> "4094a171faf98949" [relation=disputes, basis=curated];\n'
                    '}\n')
        for args in (["ingest", "-q", "--db", db, articles], ["import", "--db", db, planted],
                     ["report", "--db", db, "-o", out]):
            subprocess.run([claimgraph] + args, check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
            md = f.read()
        block = re.search(r"```mermaid\n(.*?)```", md, re.S)
        if not block:
            fail("report.md has no mermaid block")
        diagram = block.group(1)
        if "Planted" not in diagram or "evil.example" not in diagram:
            fail("the planted claim is not in the diagram, so the check would prove nothing:\n" + diagram)
        for raw in ("[click]", "![x]", "://", "<b>", "<img", "-->  x", "((\"", "#quot;"):
            if raw in diagram:
                fail(f"{raw!r} is in the diagram's text as written:\n" + diagram)
        declared = len(re.findall(r"^  \w+[\[(]", diagram, re.M))

        tools = DevTools(chromium, os.path.join(work, "profile"))
        target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        tools.call("Runtime.enable", session=session)
        with open(MERMAID, encoding="utf-8") as f:
            tools.call("Runtime.evaluate", {"expression": f.read()}, session=session, timeout=60)
        drawn = render(tools, session, diagram)
        tools.close()
        if "error" in drawn:
            fail("Mermaid cannot draw report.md's diagram: " + drawn["error"] + "\n" + diagram)
        svg = drawn["svg"]
        nodes = len(re.findall(r'class="node ', svg))
        print(f"Mermaid drew {nodes} nodes of {declared} declared, {len(svg)} bytes of SVG")
        if nodes != declared or nodes < 5:
            fail(f"{nodes} nodes drawn, {declared} declared")
        if "<a " in svg or "<img" in svg or "<b>" in svg:
            fail("a planted link or image became markup in the diagram")
        print("OK: report.md's Mermaid diagram draws, planted text stays text")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
