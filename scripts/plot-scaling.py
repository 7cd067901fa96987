#!/usr/bin/env python3
"""Draws ingest throughput and peak memory against corpus size as one SVG, from the
figures scripts/bench.sh prints (`ingest_documents`, `ingest_mb_per_s`,
`ingest_peak_rss_mb`, one group per size). Standard library only.

    scripts/bench.sh --sizes "1000 10000 30000" > bench.txt
    scripts/plot-scaling.py bench.txt > docs/ingest-scaling.svg
"""
import math
import sys
from xml.sax.saxutils import escape


def read_points(lines):
    points, current = [], {}
    for line in lines:
        name, _, value = line.partition(": ")
        if name == "ingest_documents":
            current = {"docs": float(value.split()[0])}
            points.append(current)
        elif name in ("ingest_mb_per_s", "ingest_peak_rss_mb") and current:
            current[name] = float(value.split()[0])
    return [p for p in points if "ingest_mb_per_s" in p and "ingest_peak_rss_mb" in p]


def fmt(v):
    return f"{v:.2f}" if v < 10 else f"{v:.0f}"


def panel(x0, title, unit, points, key, colour):
    w, h, left, bottom = 300, 180, 50, 30
    xs = [math.log10(p["docs"]) for p in points]
    lo, hi = math.floor(min(xs)), math.ceil(max(xs))
    if hi == lo:
        hi = lo + 1
    top = max(p[key] for p in points) * 1.25
    sx = lambda x: x0 + left + (x - lo) / (hi - lo) * w
    sy = lambda y: 20 + h - y / top * h
    out = [f'<text x="{x0 + left}" y="12" font-weight="bold">{escape(title)}</text>',
           f'<line x1="{x0 + left}" y1="{20 + h}" x2="{x0 + left + w}" y2="{20 + h}" stroke="#444"/>',
           f'<line x1="{x0 + left}" y1="20" x2="{x0 + left}" y2="{20 + h}" stroke="#444"/>']
    for e in range(lo, hi + 1):
        out.append(f'<text x="{sx(e):.1f}" y="{20 + h + 16}" text-anchor="middle">{10 ** e:,}</text>')
    for i in range(5):
        y = top * i / 4
        label = f"{y:.0f}" if top >= 10 else f"{y:.2f}"
        out.append(f'<text x="{x0 + left - 6}" y="{sy(y) + 4:.1f}" text-anchor="end">{label}</text>')
    path = " ".join(f"{sx(x):.1f},{sy(p[key]):.1f}" for x, p in zip(xs, points))
    out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for x, p in zip(xs, points):
        out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(p[key]):.1f}" r="3.5" fill="{colour}"/>')
        out.append(f'<text x="{sx(x) + 6:.1f}" y="{sy(p[key]) - 6:.1f}">{fmt(p[key])} {escape(unit)}</text>')
    out.append(f'<text x="{x0 + left + w / 2}" y="{20 + h + bottom + 4}" text-anchor="middle">articles ingested</text>')
    return out


def main():
    points = read_points(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
    if not points:
        sys.exit("plot-scaling: no ingest figures in the input")
    points.sort(key=lambda p: p["docs"])
    body = panel(0, "ingest throughput (MB/s)", "MB/s", points, "ingest_mb_per_s", "#0072b2")
    body += panel(400, "peak resident memory (MB)", "MB", points, "ingest_peak_rss_mb", "#d55e00")
    print('<svg xmlns="http://www.w3.org/2000/svg" width="780" height="250" font-family="sans-serif" '
          'font-size="11">')
    print('<rect width="100%" height="100%" fill="white"/>')
    print("\n".join(body))
    print("</svg>")


if __name__ == "__main__":
    main()
