#!/usr/bin/env python3
"""Reproduces `ai-readiness index` (defaults: latest, min-max, arithmetic, equal weights) for Jeonnam
and Gyeonggi from data/*.csv alone, with the standard library, as a reader would by hand:

1. for each scored indicator (pillar not 'context' nor 'benchmark'), divide by its denominator (same region
   and year) times its scale; a mass twin (values_from set) has no figures of its own: with --twins it takes
   the figures of values_from divided by the nation's figure of the same year x 100 (the engine's rule once it
   computes twins); without, it is left out as the engine of schema version 4 leaves it ("no figures");
2. take the latest year in which at least two thirds of the 17 regions (12) have a value; leave the
   indicator out if there is none;
3. min-max over the 17 regions to 0..100, flipped where lower is better;
4. mean of the indicators of each sector (sector fit), of each pillar (its indicators, or its sectors),
   then of the pillars, leaving missing ones out;
5. rank among the 17: 1 + the number of regions with a higher score.

Usage: reproduce_index.py [--twins] DATA_DIR INDEX_CSV   (exit 1 and a message when a figure differs)
"""
import csv, math, sys
from collections import defaultdict


def main(data_dir, index_csv, twins=False):
    regions = [r["code"] for r in csv.DictReader(open(f"{data_dir}/regions.csv", encoding="utf-8")) if r["level"] == "1"]
    indicators = list(csv.DictReader(open(f"{data_dir}/indicators.csv", encoding="utf-8")))
    raw = defaultdict(dict)  # (indicator, year) -> region -> value
    for o in csv.DictReader(open(f"{data_dir}/observations.csv", encoding="utf-8")):
        raw[(o["indicator"], int(o["year"]))][o["region"]] = float(o["value"])

    def value(ind, year, region):
        if ind.get("values_from"):
            if not twins:
                return None
            figures = raw.get((ind["values_from"], year), {})
            v, nation = figures.get(region), figures.get("KR")
            return None if v is None or not nation else v / nation * 100.0
        v = raw.get((ind["id"], year), {}).get(region)
        if v is None or not ind["denominator"]:
            return v
        d = raw.get((ind["denominator"], year), {}).get(region)
        return None if not d else v / d * float(ind["scale"])

    normalised = {}  # indicator id -> region -> 0..100
    for ind in indicators:
        if ind["pillar"] in ("context", "benchmark"):
            continue
        years = sorted({y for (i, y) in raw if i == (ind.get("values_from") or ind["id"])}, reverse=True)
        chosen = next((y for y in years if sum(value(ind, y, r) is not None for r in regions) >= 12), None)
        if chosen is None:
            continue
        vals = {r: value(ind, chosen, r) for r in regions}
        present = [v for v in vals.values() if v is not None]
        lo, hi = min(present), max(present)
        out = {}
        for r, v in vals.items():
            if v is None:
                continue
            x = 50.0 if hi == lo else 100.0 * ((v - lo) if ind["direction"] == "higher" else (hi - v)) / (hi - lo)
            out[r] = x
        normalised[ind["id"]] = (ind, out)

    def mean(xs):
        xs = [x for x in xs if x is not None]
        return sum(xs) / len(xs) if xs else None

    pillars = ["infrastructure", "talent", "industry", "sector", "governance"]
    sectors = ["agriculture", "marine", "energy", "medical"]
    scores = {}
    pillar_scores = {}
    for r in regions:
        ps = {}
        for p in pillars:
            if p == "sector":
                ps[p] = mean([mean([n.get(r) for ind, n in normalised.values() if ind["pillar"] == p and ind["sector"] == s])
                              for s in sectors])
            else:
                ps[p] = mean([n.get(r) for ind, n in normalised.values() if ind["pillar"] == p])
        pillar_scores[r] = ps
        scores[r] = mean(ps.values())
    ranks = {r: 1 + sum(1 for o in regions if scores[o] is not None and scores[o] > scores[r]) for r in regions}

    engine = {row["region"]: row for row in csv.DictReader(open(index_csv, encoding="utf-8"))}
    failures = 0
    for r in ("KR-46", "KR-41"):
        row = engine[r]
        print(f"{r}: by hand {scores[r]:.4f} (rank {ranks[r]}), engine {row['score']} (rank {row['rank']})")
        if abs(scores[r] - float(row["score"])) > 1e-3 or ranks[r] != int(row["rank"]):
            failures += 1
        for p in pillars:
            mine = pillar_scores[r][p]
            theirs = row[p]
            print(f"  {p}: by hand {'' if mine is None else f'{mine:.4f}'}, engine {theirs}")
            if (mine is None) != (theirs == "") or (mine is not None and abs(mine - float(theirs)) > 1e-3):
                failures += 1
    if failures:
        print(f"{failures} figures differ", file=sys.stderr)
        return 1
    print("every figure agrees")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--twins"]
    sys.exit(main(args[0], args[1], twins="--twins" in sys.argv[1:]))
