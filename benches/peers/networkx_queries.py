#!/usr/bin/env python3
"""Runs inroads' network queries with networkx on the same generated graph,
so the speed ratio is measured in one run.

    pip install networkx
    python3 benches/peers/networkx_queries.py [CONTACTS] [TIES]

It builds and runs `cargo run --release --example graph_peers`, which
exports the synthetic network (seed 7) as an edge list and times inroads'
queries, then times networkx on the same edges:

- warm path to a company: bidirectional Dijkstra on -ln(strength) from the
  job seeker (node 0) to a virtual node joined to every contact of the
  company (inroads: hop-limited warm_path, 3 hops);
- reach: breadth-first distances from node 0 (inroads: reach, all distances);
- connectors: betweenness centrality sampled from 100 sources (inroads:
  connectors, single-source dependency from the job seeker, 2,000 sampled
  targets).
"""
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

import networkx as nx


def median_ms(f, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    contacts = sys.argv[1] if len(sys.argv) > 1 else "100000"
    ties = sys.argv[2] if len(sys.argv) > 2 else "1000000"
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = tempfile.mkdtemp(prefix="inroads-peers-")
    ours = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "graph_peers", "--", out, contacts, ties],
        cwd=root, check=True, capture_output=True, text=True,
    )
    ours = json.loads(ours.stdout)
    g = nx.Graph()
    with open(os.path.join(out, "edges.tsv")) as f:
        for line in f:
            u, v, w = line.split("\t")
            g.add_edge(int(u), int(v), cost=-math.log(float(w)))
    with open(os.path.join(out, "target.txt")) as f:
        target = [int(x) for x in f if x.strip()]
    sink = "company"
    for t in target:
        g.add_edge(t, sink, cost=0.0)

    def path():
        try:
            nx.bidirectional_dijkstra(g, 0, sink, weight="cost")
        except nx.NetworkXNoPath:
            pass

    theirs = {
        "warm_path_ms": median_ms(path, 5),
        "reach_ms": median_ms(lambda: nx.single_source_shortest_path_length(g, 0), 3),
        "connectors_ms": median_ms(lambda: nx.betweenness_centrality(g, k=100, seed=7), 1),
    }
    report = {"contacts": int(contacts), "ties": int(ties), "inroads": ours, "networkx": theirs}
    report["ratio"] = {k: round(theirs[k] / ours[k], 1) for k in theirs if ours.get(k)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
