#!/usr/bin/python3
"""Opens the HTML report of the Sosnovka case in headless Chromium and checks that it
rendered: the headings and the diagrams' nodes are in the DOM, a screenshot is not blank,
no console error, and no request leaves file:// (or data:). Speaks the DevTools protocol
over --remote-debugging-pipe, with the standard library only.

Usage: report_in_chromium.py CLAIMGRAPH SOURCE_DIR
Exit 0 on success, 1 on a failed check, 77 (skipped) when Chromium is not installed.
"""
import base64
import json
import re
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


class DevTools:
    def __init__(self, chromium, profile):
        # Chromium reads commands from fd 3 and writes replies and events to fd 4
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        os.set_inheritable(to_child_r, True)
        os.set_inheritable(from_child_w, True)

        def plumb():  # in the child, before the other descriptors are closed
            r, w = os.dup(to_child_r), os.dup(from_child_w)  # out of the way of 3 and 4
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--no-default-browser-check", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "--window-size=1200,1600", "about:blank"],
            preexec_fn=plumb, pass_fds=(3, 4),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                fail("Chromium did not answer in time")
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                fail("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    fail(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, timeout=30):
        for e in self.events:
            if e.get("method") == method:
                return e
        deadline = time.time() + timeout
        while True:
            e = self._read_message(deadline)
            self.events.append(e)
            if e.get("method") == method:
                return e

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except SystemExit:
            pass
        self.proc.wait(timeout=10)


def png_is_blank(data):
    """True when every pixel of the PNG has the same colour (or the PNG cannot be read)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return True
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour, 4)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    # distinct bytes outside the filter-type bytes; a flat page gives one or two values
    sample = set()
    for row in range(0, height, max(1, height // 200)):
        line = raw[row * stride + 1:(row + 1) * stride]
        sample.update(line[::max(1, channels * 7)])
        if len(sample) > 16:
            return False
    return True


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    claimgraph, source = sys.argv[1], sys.argv[2]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (scripts/install-deps.sh --tests installs Debian's chromium)")
        sys.exit(77)
    work = tempfile.mkdtemp(prefix="claimgraph-browser-")
    try:
        db = os.path.join(work, "s.db")
        out = os.path.join(work, "report")
        for args in (["ingest", "-q", "--db", db, os.path.join(source, "graphs/sosnovka-market/articles")],
                     ["import", "--db", db, os.path.join(source, "graphs/sosnovka-market/curated.dot")],
                     ["report", "--db", db, "-o", out, "--title", "Sosnovka market strike"]):
            subprocess.run([claimgraph] + args, check=True, stdout=subprocess.DEVNULL)
        page = os.path.join(out, "index.html")
        with open(page, encoding="utf-8") as f:
            html = f.read()
        expected_nodes = len(re.findall(r'class="node[" ]', html))  # Graphviz's node groups, legends too

        tools = DevTools(chromium, os.path.join(work, "profile"))
        target = tools.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            tools.call(domain + ".enable", session=session)
        tools.call("Page.navigate", {"url": "file://" + page}, session=session)
        tools.wait_for("Page.loadEventFired")
        probe = ("JSON.stringify({h1: document.querySelector('h1').textContent,"
                 " h2: [...document.querySelectorAll('h2')].map(e => e.textContent),"
                 " nodes: document.querySelectorAll('svg g.node').length,"
                 " claims: document.querySelectorAll('article.claim').length,"
                 " disputes: document.querySelectorAll('div.dispute').length,"
                 " width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})")
        result = tools.call("Runtime.evaluate", {"expression": probe, "returnByValue": True}, session=session)
        dom = json.loads(result["result"]["value"])
        shot = base64.b64decode(tools.call("Page.captureScreenshot", {"format": "png"}, session=session)["data"])
        time.sleep(0.3)  # late console messages
        tools.call("Runtime.evaluate", {"expression": "1"}, session=session)
        tools.close()

        print("DOM:", json.dumps(dom))
        if dom["h1"] != "Sosnovka market strike":
            fail("the title is " + repr(dom["h1"]))
        for heading in ("Overview", "Disputes", "Figure timelines", "Who claimed what", "Claims",
                        "Independent origins and circular reporting", "Documents"):
            if heading not in dom["h2"]:
                fail(f"heading {heading!r} missing: {dom['h2']}")
        if dom["nodes"] != expected_nodes or expected_nodes == 0:
            fail(f"{dom['nodes']} diagram nodes in the DOM, {expected_nodes} in the file")
        if dom["disputes"] != 11:
            fail(f"{dom['disputes']} disputes shown, 11 expected")
        if dom["height"] < 2000:
            fail(f"the page is only {dom['height']} px high: it did not lay out")
        if png_is_blank(shot):
            fail("the screenshot is blank")
        requests = [e["params"]["request"]["url"] for e in tools.events if e.get("method") == "Network.requestWillBeSent"]
        leaving = [u for u in requests if not (u.startswith("file://") or u.startswith("data:"))]
        if leaving:
            fail("requests leave the machine: " + ", ".join(leaving))
        errors = [e for e in tools.events
                  if (e.get("method") == "Runtime.consoleAPICalled" and e["params"].get("type") in ("error", "assert"))
                  or (e.get("method") == "Log.entryAdded" and e["params"]["entry"].get("level") == "error")
                  or e.get("method") == "Runtime.exceptionThrown"]
        if errors:
            fail("console errors: " + json.dumps(errors)[:2000])
        print(f"OK: {len(dom['h2'])} sections, {dom['nodes']} diagram nodes, {dom['claims']} claims, "
              f"screenshot {len(shot)} bytes, {len(requests)} requests, all file://")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
