#!/usr/bin/python3
"""Real clients read claimgraph's exports: python3-prov reads the PROV-JSON (its counts of
entities, agents and relations equal ours) and renders it; python3-networkx reads the
GraphML with the right node and edge counts and typed attributes; the ClaimReview JSON-LD
parses and uses schema.org types.

Usage: clients_test.py CLAIMGRAPH SOURCE_DIR
Exit 0 on success, 1 on a failed check, 77 (skipped) when a client is not installed.
Run with Debian's /usr/bin/python3: the packages are installed for it.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    claimgraph, source = sys.argv[1], sys.argv[2]
    try:
        import networkx
        import prov
        from prov.dot import prov_to_dot
        from prov.model import ProvAgent, ProvEntity, ProvRelation
    except ImportError as e:
        print(f"SKIP: {e.name} is not installed (scripts/install-deps.sh --tests installs python3-prov and "
              "python3-networkx)")
        sys.exit(77)
    work = tempfile.mkdtemp(prefix="claimgraph-clients-")
    try:
        db = os.path.join(work, "s.db")
        subprocess.run([claimgraph, "ingest", "-q", "--db", db, os.path.join(source, "graphs/sosnovka-market/articles")],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([claimgraph, "import", "--db", db, os.path.join(source, "graphs/sosnovka-market/curated.dot")],
                       check=True, stdout=subprocess.DEVNULL)
        out = {}
        for fmt in ("json", "prov-json", "graphml", "claimreview"):
            out[fmt] = os.path.join(work, "export." + fmt)
            subprocess.run([claimgraph, "export", "--db", db, "--format", fmt, "-o", out[fmt]], check=True)
        with open(out["json"], encoding="utf-8") as f:
            dump = json.load(f)
        kinds = {}
        for n in dump["nodes"]:
            kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
        edges = len(dump["edges"])

        # python3-prov
        doc = prov.read(out["prov-json"], format="json")
        entities = len(list(doc.get_records(ProvEntity)))
        agents = len(list(doc.get_records(ProvAgent)))
        relations = len(list(doc.get_records(ProvRelation)))
        if entities != kinds["document"] + kinds["statement"]:
            fail(f"prov reads {entities} entities, we wrote {kinds['document']} documents + {kinds['statement']} statements")
        if agents != kinds["source"]:
            fail(f"prov reads {agents} agents, we wrote {kinds['source']} sources")
        if relations != edges:
            fail(f"prov reads {relations} relations, we wrote {edges} edges")
        quotations = [r for r in doc.get_records(ProvRelation)
                      if any(str(v) == "prov:Quotation" for v in r.get_asserted_types())]
        if not quotations:
            fail("no wasDerivedFrom typed prov:Quotation for the direct quotes")
        provn = doc.get_provn()
        if "wasAttributedTo(" not in provn or "actedOnBehalfOf(" not in provn:
            fail("prov's PROV-N of the document lacks wasAttributedTo or actedOnBehalfOf")
        dot = prov_to_dot(doc).to_string()
        if dot.count("->") < relations:
            fail(f"prov's rendering has {dot.count('->')} edges for {relations} relations")

        # python3-networkx
        g = networkx.read_graphml(out["graphml"])
        if g.number_of_nodes() != len(dump["nodes"]) or g.number_of_edges() != edges:
            fail(f"networkx reads {g.number_of_nodes()} nodes and {g.number_of_edges()} edges, "
                 f"we wrote {len(dump['nodes'])} and {edges}")
        starts = [d["start"] for _, _, d in g.edges(data=True) if "start" in d]
        if not starts or not all(isinstance(s, int) for s in starts):
            fail("edge 'start' attributes are not read as integers")
        if {d["kind"] for _, d in g.nodes(data=True)} != {"document", "statement", "source"}:
            fail("node kinds are not read back")

        # ClaimReview JSON-LD
        with open(out["claimreview"], encoding="utf-8") as f:
            ld = json.load(f)
        if ld.get("@context") != "https://schema.org":
            fail("the JSON-LD context is not schema.org")
        reviews = ld["@graph"]
        if len(reviews) != kinds["statement"]:
            fail(f"{len(reviews)} ClaimReviews for {kinds['statement']} statements")
        carried = {}
        for e in dump["edges"]:
            if e["relation"] == "reports" and any(n["id"] == e["from"] and n["kind"] == "document" for n in dump["nodes"]):
                carried.setdefault(e["to"], set()).add(e["from"])
        for r in reviews:
            claim = r["itemReviewed"]
            if r["@type"] != "ClaimReview" or claim["@type"] != "Claim":
                fail("not a ClaimReview of a Claim: " + json.dumps(r)[:200])
            if "author" in claim and claim["author"]["@type"] not in ("Person", "Organization"):
                fail("an author that is neither Person nor Organization")
            if len(claim["appearance"]) != len(carried.get(claim["identifier"], ())):
                fail(f"claim {claim['identifier']}: {len(claim['appearance'])} appearances, "
                     f"{len(carried.get(claim['identifier'], ()))} documents carry it")
            if claim["appearance"] and "firstAppearance" not in claim and any(
                    "datePublished" in a for a in claim["appearance"]):
                fail(f"claim {claim['identifier']}: dated appearances but no firstAppearance")
        print(f"OK: prov {entities} entities, {agents} agents, {relations} relations, {len(quotations)} quotations; "
              f"networkx {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; {len(reviews)} ClaimReviews")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
