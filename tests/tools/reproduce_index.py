#!/usr/bin/env python3
"""Reproduces `ai-readiness index --year YEAR` (min-max, arithmetic, equal weights) for Jeonnam and
Gyeonggi from data/*.csv alone, with the standard library, as a reader would by hand:

1. an indicator's figures are its own, or those of `values_from`; divided by its denominator (same
   region and year) times its scale; a national share (kind mass, values_from, no denominator) is
   the region's figure over the nation's (KR) of the same year, times 100;
2. per indicator, the latest year up to YEAR in which at least two thirds of the 17 regions (12) have
   a value; left out if there is none, or if that year is more than 5 years before YEAR;
3. a pillar (readiness: infrastructure, talent, industry, governance) or a sector (opportunity:
   agriculture, marine, energy, medical) with fewer than two such indicators is "insufficient";
4. min-max over the 17 regions to 0..100, flipped where lower is better;
5. readiness: the mean of each sufficient pillar's indicators, then of the pillars; opportunity: the
   mean of each sufficient sector's indicators, then of the sectors; missing ones left out;
6. rank among the 17: 1 + the number of regions with a higher score.

Usage: reproduce_index.py DATA_DIR INDEX_CSV YEAR   (exit 1 and a message when a figure differs)
"""
import csv, sys
from collections import defaultdict

READINESS = ["infrastructure", "talent", "industry", "governance"]
SECTORS = ["agriculture", "marine", "energy", "medical"]
MAX_AGE = 5


def main(data_dir, index_csv, year):
    regions = [r["code"] for r in csv.DictReader(open(f"{data_dir}/regions.csv", encoding="utf-8")) if r["level"] == "1"]
    indicators = list(csv.DictReader(open(f"{data_dir}/indicators.csv", encoding="utf-8")))
    raw = defaultdict(dict)  # (indicator, year) -> region -> value
    for o in csv.DictReader(open(f"{data_dir}/observations.csv", encoding="utf-8")):
        raw[(o["indicator"], int(o["year"]))][o["region"]] = float(o["value"])

    def figures_of(ind):
        return ind.get("values_from") or ind["id"]

    def value(ind, y, region):
        v = raw.get((figures_of(ind), y), {}).get(region)
        if v is None:
            return None
        if ind.get("kind") == "mass" and ind.get("values_from") and not ind["denominator"]:
            n = raw.get((figures_of(ind), y), {}).get("KR")
            return None if not n else v / n * 100.0
        if not ind["denominator"]:
            return v
        d = raw.get((ind["denominator"], y), {}).get(region)
        return None if not d else v / d * float(ind["scale"] or 1)

    entered = {}  # indicator id -> (ind, group, region -> 0..100)
    for ind in indicators:
        if ind["pillar"] not in READINESS + ["sector"]:
            continue
        group = ind["sector"] if ind["pillar"] == "sector" else ind["pillar"]
        years = sorted({y for (i, y) in raw if i == figures_of(ind) and y <= year}, reverse=True)
        chosen = next((y for y in years if sum(value(ind, y, r) is not None for r in regions) >= 12), None)
        if chosen is None or chosen < year - MAX_AGE:
            continue
        vals = {r: value(ind, chosen, r) for r in regions}
        present = [v for v in vals.values() if v is not None]
        lo, hi = min(present), max(present)
        out = {}
        for r, v in vals.items():
            if v is not None:
                out[r] = 50.0 if hi == lo else 100.0 * ((v - lo) if ind["direction"] == "higher" else (hi - v)) / (hi - lo)
        entered[ind["id"]] = (ind, group, out)

    sufficient = {g: sum(1 for _, grp, _ in entered.values() if grp == g) >= 2 for g in READINESS + SECTORS}

    def mean(xs):
        xs = [x for x in xs if x is not None]
        return sum(xs) / len(xs) if xs else None

    def group_score(g, r):
        if not sufficient[g]:
            return None
        return mean([n.get(r) for _, grp, n in entered.values() if grp == g])

    readiness, opportunity, groups = {}, {}, {}
    for r in regions:
        groups[r] = {g: group_score(g, r) for g in READINESS + SECTORS}
        readiness[r] = mean([groups[r][p] for p in READINESS])
        opportunity[r] = mean([groups[r][s] for s in SECTORS])

    def ranks(scores):
        return {r: 1 + sum(1 for o in regions if scores[o] is not None and scores[r] is not None and scores[o] > scores[r])
                for r in regions}

    readiness_rank, opportunity_rank = ranks(readiness), ranks(opportunity)
    provisional = not all(sufficient[p] for p in READINESS)

    engine = {row["region"]: row for row in csv.DictReader(open(index_csv, encoding="utf-8"))}
    failures = 0

    def check(label, mine, theirs):
        nonlocal failures
        ok = (mine is None and theirs == "") or (mine == "insufficient" and theirs == "insufficient") or (
            isinstance(mine, float) and theirs not in ("", "insufficient") and abs(mine - float(theirs)) <= 1e-3) or (
            isinstance(mine, int) and theirs != "" and mine == int(theirs)) or (mine == theirs)
        print(f"  {label}: by hand {mine}, engine {theirs}{'' if ok else '   <-- differs'}")
        failures += 0 if ok else 1

    for r in ("KR-46", "KR-41"):
        row = engine[r]
        print(f"{r}:")
        check("readiness", readiness[r], row["readiness"])
        check("readiness_rank", readiness_rank[r], row["readiness_rank"])
        check("opportunity", opportunity[r], row["opportunity"])
        check("opportunity_rank", opportunity_rank[r], row["opportunity_rank"])
        for g in READINESS + SECTORS:
            check(g, groups[r][g] if sufficient[g] else "insufficient", row[g])
        check("status", "provisional" if provisional else "complete", row["status"])
    if failures:
        print(f"{failures} figures differ", file=sys.stderr)
        return 1
    print("every figure agrees")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
