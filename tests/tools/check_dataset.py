#!/usr/bin/env python3
"""Checks the bundled dataset (data/*.csv) from the files alone, with the standard library:

1. the coverage table of data/README.md (between its markers) is what the data files give: for each
   indicator, the latest year in which at least 12 of the 17 regions have a value as the engine computes it
   (divided by the denominator of the same region and year; for a twin, the figures of values_from over the
   nation's of the same year), its age relative to 2026, and the regions missing in that year;
2. every source has a URL or a document name, and every KOSIS-origin source names its table;
3. every calculated row (note "calculated: …") names its method and its inputs;
4. every indicator with figures has `as_of`; every readiness indicator has a kind; twins have no figures;
5. every fact cites a known source and has a known scope;
6. every plan item that names an indicator names a known one, a target in that indicator's unit only with the
   indicator (a number, which the plan's own target states where its unit is the indicator's), and every plan
   item cites a known source.

Usage: check_dataset.py DATA_DIR   (exit 1 and a message per problem)
"""
import csv, os, re, sys

LEVEL1 = ["KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50", "KR-41", "KR-42", "KR-43", "KR-44",
          "KR-45", "KR-46", "KR-47", "KR-48", "KR-49"]
READINESS = {"infrastructure", "talent", "industry", "governance"}


def read(data, name):
    return list(csv.DictReader(open(os.path.join(data, name + ".csv"), encoding="utf-8")))


def expected_rows(data):
    regions = read(data, "regions")
    short = {r["code"]: r["short_ko"] for r in regions}
    indicators = read(data, "indicators")
    raw = {}
    for o in read(data, "observations"):
        raw.setdefault((o["indicator"], int(o["year"])), {})[o["region"]] = float(o["value"])
    rows = {}
    for i in indicators:
        src = i["values_from"] or i["id"]
        best = None
        line = None
        for y in sorted({y for (ind, y) in raw if ind == src}, reverse=True):
            vals = raw[(src, y)]
            have = [r for r in LEVEL1 if r in vals
                    and (not i["values_from"] or vals.get("KR"))
                    and (not i["denominator"] or raw.get((i["denominator"], y), {}).get(r))]
            if best is None or len(have) > best[1]:
                best = (y, len(have))
            if len(have) >= 12:
                missing = ", ".join(short[r] for r in LEVEL1 if r not in have) or "–"
                line = "%d (%d / 17) | %d | %s | %s" % (y, len(have), 2026 - y, missing, i["as_of"])
                break
        if line is None:
            line = ("none (best: %d, %d / 17)" % best if best else "none (no figures of its own)") + " | – | – | " + i["as_of"]
        rows[i["id"]] = line
    return rows


def main(data):
    problems = []
    # 1. coverage table
    text = open(os.path.join(data, "README.md"), encoding="utf-8").read()
    table = text.split("<!-- coverage:begin -->", 1)[1].split("<!-- coverage:end -->", 1)[0]
    shown = {}
    for line in table.strip().splitlines()[2:]:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        shown[cells[1].strip("`")] = " | ".join(cells[3:])
    expected = expected_rows(data)
    for iid, line in expected.items():
        if iid not in shown:
            problems.append("README coverage table: %s missing" % iid)
        elif shown[iid] != line:
            problems.append("README coverage table: %s shows '%s', the data give '%s'" % (iid, shown[iid], line))
    for iid in shown:
        if iid not in expected:
            problems.append("README coverage table: %s is not an indicator" % iid)

    # 2. sources
    sources = {s["id"]: s for s in read(data, "sources")}
    for s in sources.values():
        if not s["url"].strip():
            problems.append("source %s: no URL or document name" % s["id"])
        if "KOSIS" in s["publisher"] + s["title"] + s["note"] and s["licence"].startswith("공공누리") and not s["table_title"]:
            problems.append("source %s: KOSIS origin without a table title" % s["id"])
        if not s["published"] and not s["note"]:
            problems.append("source %s: no publication date and no note saying why" % s["id"])

    # 3. calculated rows
    observations = read(data, "observations")
    for n, o in enumerate(observations, start=2):
        if "calculated" in o["note"]:
            m = re.search(r"calculated: (.+?); inputs: (.+)", o["note"])
            if not m or len(m.group(1)) < 10 or len(m.group(2)) < 10:
                problems.append("observations.csv:%d: a calculated row without its method and inputs" % n)
        if o["source"] not in sources:
            problems.append("observations.csv:%d: unknown source %s" % (n, o["source"]))

    # 4. indicators
    period = re.compile(r"^\d{4}( H[12]| Q[1-4]|-\d{2}(-\d{2})?)?$")
    with_figures = {o["indicator"] for o in observations}
    for i in read(data, "indicators"):
        if i["as_of"] and not period.match(i["as_of"]):
            problems.append("indicator %s: as_of '%s' is not a date or period" % (i["id"], i["as_of"]))
        if i["id"] in with_figures and not i["as_of"]:
            problems.append("indicator %s: figures but no as_of" % i["id"])
        if i["pillar"] in READINESS and i["kind"] not in ("intensity", "mass"):
            problems.append("indicator %s: readiness indicator without kind" % i["id"])
        if i["pillar"] not in READINESS and i["kind"]:
            problems.append("indicator %s: kind given outside the readiness pillars" % i["id"])
        if i["values_from"] and (i["id"] in with_figures or i["kind"] != "mass" or i["denominator"]):
            problems.append("indicator %s: a twin must be mass, without denominator and figures" % i["id"])

    # 5. facts
    codes = {r["code"] for r in read(data, "regions")} | {g["group"] for g in read(data, "region_groups")} | {""}
    for n, f in enumerate(read(data, "facts"), start=2):
        if f["source"] not in sources:
            problems.append("facts.csv:%d: unknown source %s" % (n, f["source"]))
        if f["scope"] not in codes:
            problems.append("facts.csv:%d: unknown scope %s" % (n, f["scope"]))
        if f["pillar"] not in READINESS | {"sector"} or (f["pillar"] == "sector") != bool(f["sector"]):
            problems.append("facts.csv:%d: pillar '%s', sector '%s'" % (n, f["pillar"], f["sector"]))
        if not period.match(f["as_of"]):
            problems.append("facts.csv:%d: as_of '%s' is not a date or period" % (n, f["as_of"]))
        if not f["text_ko"] or not f["text_en"] or not f["as_of"]:
            problems.append("facts.csv:%d: text_ko, text_en and as_of are required" % n)

    # 6. plan items: the indicator they would move and the target in its unit (issue 14)
    ids = {i["id"] for i in read(data, "indicators")}
    units = {i["id"]: i["unit"] for i in read(data, "indicators")}
    for n, p in enumerate(read(data, "plans"), start=2):
        if p["source"] not in sources:
            problems.append("plans.csv:%d: unknown source %s" % (n, p["source"]))
        if p["indicator"] and p["indicator"] not in ids:
            problems.append("plans.csv:%d: unknown indicator %s" % (n, p["indicator"]))
        if p["indicator_target"]:
            if not p["indicator"]:
                problems.append("plans.csv:%d: indicator_target without an indicator" % n)
                continue
            try:
                target = float(p["indicator_target"])
            except ValueError:
                problems.append("plans.csv:%d: indicator_target '%s' is not a number" % (n, p["indicator_target"]))
                continue
            # The same promise in two units would be a conversion: where the plan's own target is given, the
            # indicator's target is that figure (the only stated basis).
            if p["target_value"] and float(p["target_value"]) != target:
                problems.append("plans.csv:%d: indicator_target %s differs from the plan's target %s (%s against %s)"
                                % (n, p["indicator_target"], p["target_value"], p["target_unit"], units[p["indicator"]]))

    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print("%d problems" % len(problems), file=sys.stderr)
        return 1
    print("dataset checks pass: %d indicators, %d observations, %d sources" %
          (len(expected), len(observations), len(sources)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
