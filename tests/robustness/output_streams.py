#!/usr/bin/env python3
"""Standard output tells the truth (issue 17): a command whose output cannot be written
(a full device, a file size limit) exits 1 with `claimgraph: error: <stdout>: <cause>`;
a reader that went away (`| head`) is not an error; `-o /dev/null` writes through the
device and leaves it a device.

usage: output_streams.py CLAIMGRAPH SOURCE_DIR
"""
import os
import pty
import resource
import signal
import stat
import subprocess
import sys
import tempfile

FAILURES = []


def check(cond, what):
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        FAILURES.append(what)


def on_terminal(command):
    """Runs `command` with a pseudo-terminal as its standard error; returns (stdout, stderr)."""
    master, slave = pty.openpty()
    r = subprocess.run(command, stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal is gone once the process and every copy closed it
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    return r.stdout, err.decode("utf-8", "replace")


def first_line_only(command):
    """Runs `command`, reads the first line of its output and closes the pipe (`| head -1`);
    returns (that line, exit code, standard error)."""
    p = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read()
    return first, p.wait(), err


def main():
    claimgraph, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="claimgraph-streams-") as work:
        db = os.path.join(work, "s.db")
        subprocess.run([claimgraph, "ingest", "-q", "--db", db, os.path.join(source, "graphs/sosnovka-market/articles")],
                       check=True, stdout=subprocess.DEVNULL)

        with open("/dev/full", "w") as full:
            r = subprocess.run([claimgraph, "export", "--db", db, "--format", "json"], stdout=full,
                               stderr=subprocess.PIPE, text=True)
        check(r.returncode == 1 and r.stderr == "claimgraph: error: <stdout>: No space left on device\n",
              f"export to /dev/full exits 1 and says why: exit {r.returncode}, {r.stderr.strip()!r}")
        with open("/dev/full", "w") as full:
            r = subprocess.run([claimgraph, "claims", "--db", db], stdout=full, stderr=subprocess.PIPE, text=True)
        check(r.returncode == 1 and r.stderr.endswith("<stdout>: No space left on device\n"),
              f"so does a listing: exit {r.returncode}, {r.stderr.strip()!r}")

        # a file size limit: the kernel refuses the write past it (the signal it would send
        # is ignored by claimgraph, which reports the failed write)
        out = os.path.join(work, "dump.json")
        whole = subprocess.run([claimgraph, "export", "--db", db, "--format", "json"], capture_output=True).stdout
        # above what a reader writes beside the database (its 32 KB -shm file), below the dump
        limit = 40_000
        check(len(whole) > limit, f"the dump ({len(whole)} bytes) is larger than the limit")

        def limited():
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        with open(out, "w") as f:
            r = subprocess.run([claimgraph, "export", "--db", db, "--format", "json"], stdout=f, stderr=subprocess.PIPE,
                               text=True, preexec_fn=limited)
        check(r.returncode == 1 and r.stderr == "claimgraph: error: <stdout>: File too large\n",
              f"export past a file size limit exits 1: exit {r.returncode}, {r.stderr.strip()!r}")

        # `| head -1`: the reader has what it wanted
        first, code, err = first_line_only([claimgraph, "export", "--db", db, "--format", "json"])
        check(first.startswith("{") and code == 0 and err == "", f"a reader that stops early is no error: exit {code}, {err!r}")
        # so for a listing, which stops at its next batch of claims (read on a second thread)
        first, code, err = first_line_only([claimgraph, "claims", "--db", db, "--format", "csv"])
        check(first.startswith("id,kind,") and code == 0 and err == "",
              f"a listing's reader that stops early is no error: exit {code}, {err!r}")

        # a device is written through and stays one: as root, a null device of our own (a
        # claimgraph that replaced it would otherwise replace the machine's /dev/null)
        device = "/dev/null"
        if os.geteuid() == 0:
            device = os.path.join(work, "null")
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        r = subprocess.run([claimgraph, "export", "--db", db, "--format", "json", "-o", device], capture_output=True,
                           text=True)
        mode = os.stat(device).st_mode
        check(r.returncode == 0 and stat.S_ISCHR(mode), f"-o {device} writes through the device: exit {r.returncode}, "
              f"{r.stderr.strip()!r}, still a character device: {stat.S_ISCHR(mode)}")

        # progress on a terminal: the per-document lines only with --verbose (issue 23)
        articles = os.path.join(source, "graphs/sosnovka-market/articles")
        for extra in ([], ["--verbose"]):
            fresh = os.path.join(work, "tty%d.db" % len(extra))
            out, err = on_terminal([claimgraph, "ingest", "--db", fresh, articles] + extra)
            added = [line for line in out.splitlines() if line.startswith("added ")]
            check("11 documents, " in err and "\x1b[K" in err,
                  f"ingest {' '.join(extra)} with a terminal on stderr shows its progress: {err[-80:]!r}")
            check(len(added) == (11 if extra else 0) and out.endswith("11 documents added, 0 unchanged, 0 skipped; "
                                                                      f"34 statements added to '{fresh}'\n"),
                  f"ingest {' '.join(extra)} under the progress display prints {len(added)} per-document lines "
                  f"(11 with --verbose, else none) and its summary: {out[-120:]!r}")
        piped = subprocess.run([claimgraph, "ingest", "--db", os.path.join(work, "piped.db"), articles],
                               capture_output=True, text=True)
        check(sum(line.startswith("added ") for line in piped.stdout.splitlines()) == 11 and piped.stderr == "",
              f"piped, without progress, ingest prints a line per document: {piped.stdout[:80]!r} {piped.stderr!r}")
    if FAILURES:
        print(f"FAIL: {len(FAILURES)} check(s)")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
