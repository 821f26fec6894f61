#!/usr/bin/env python3
"""Consistency check for tests/seeds: expectations.json against the reconstructed DDL.

Checks that every audited table exists in its seed's DDL file, that every column
named in atom/keep/finding lists exists in that table (except columns a rule says
are missing), that rule ids come from the issue-4 catalog or the declared extras,
that no rule is both expected and forbidden, and that score_order follows the
seeds' scores. Run: python3 tests/seeds/check_expectations.py
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
CATALOG = """tenant-column-missing tenant-default-constant tenant-not-indexed primary-key-missing
foreign-key-missing foreign-key-type-mismatch foreign-key-nullable foreign-key-unindexed enum-without-check
natural-key-missing audit-columns-missing deprecated-column json-in-text inline-large-binary deprecated-type
low-precision-float short-url-column structured-string non-utc-default lookup-column-unindexed
eviction-index-missing vector-index-missing spatial-index-missing spatial-index-untuned json-path-unindexed
hash-bucket-count wide-clustered-key duplicate-index random-guid-clustered-key schema-only-durability
compression-missing history-columnstore-missing history-retention-missing partitioning-candidate
retention-policy-missing""".split()
# rules whose named columns are the ones that are absent
MISSING_COLUMN_RULES = {"tenant-column-missing", "audit-columns-missing"}
KEEP_REASONS = {"identity-key", "foreign-key", "aggregate", "metric", "timestamp", "tenant", "flag", "computed", None}

def tables_in(sql):
    out = {}
    for m in re.finditer(r"CREATE TABLE (\w+\.\w+) \((.*?)\n\)", sql, re.S):
        cols = set()
        for line in m.group(2).splitlines():
            line = line.strip()
            w = re.match(r"(\w+)\s", line)
            if w and w.group(1).upper() not in {"CONSTRAINT", "INDEX", "PERIOD", "REFERENCES", "CHECK", "FOREIGN", "PRIMARY", "UNIQUE"}:
                cols.add(w.group(1))
        out[m.group(1)] = cols
    return out

def main():
    doc = json.loads((HERE / "expectations.json").read_text())
    extra = {e["id"] for e in doc["extra_rule_ids"]}
    known = set(CATALOG) | extra
    errors = []
    ddl = {s["ddl"]: tables_in((HERE / s["ddl"]).read_text()) for s in doc["seeds"]}
    for s in doc["seeds"]:
        first = (HERE / s["ddl"]).read_text().splitlines()[0]
        if s["seed"] not in first:
            errors.append(f"{s['ddl']}: first line does not cite {s['seed']}")
    for t in doc["tables"]:
        where = f"{t['seed']} {t['table']}"
        cols = ddl[t["ddl"]].get(t["table"])
        if cols is None:
            errors.append(f"{where}: table not in {t['ddl']}"); continue
        rules = list(t["must_fire"]) + list(t["must_not_fire"]) + list(t.get("must_not_fire_on_columns", {}))
        rules += [x["rule"] for x in t.get("engine_may_add", []) + t.get("should_stay_silent", [])]
        rules += list(t.get("finding_columns", {})) + list(t.get("seed_severity", {})) + list(t.get("seed_priority", {}))
        for r in rules:
            if r not in known:
                errors.append(f"{where}: unknown rule {r}")
        both = set(t["must_fire"]) & set(t["must_not_fire"])
        if both:
            errors.append(f"{where}: both must_fire and must_not_fire: {both}")
        for r, cs in t.get("finding_columns", {}).items():
            if r not in t["must_fire"]:
                errors.append(f"{where}: finding_columns for {r} which is not in must_fire")
            if r in MISSING_COLUMN_RULES:
                continue
            for c in cs:
                if c not in cols:
                    errors.append(f"{where}: {r} names unknown column {c}")
        named = list(t["atom_columns"]) + [k["column"] for k in t["keep_columns"]]
        named += [d["column"] for d in t.get("atom_columns_disputed", [])]
        named += [c for x in t.get("engine_may_add", []) + t.get("should_stay_silent", []) for c in x.get("columns", [])
                  if x["rule"] not in MISSING_COLUMN_RULES]
        named += [c for cs in t.get("must_not_fire_on_columns", {}).values() for c in cs]
        for c in named:
            if c not in cols:
                errors.append(f"{where}: unknown column {c}")
        if len(set(named)) != len(named) and len(set(t["atom_columns"]) & {k["column"] for k in t["keep_columns"]}):
            errors.append(f"{where}: a column is both atom and keep")
        for k in t["keep_columns"]:
            if k["reason"] not in KEEP_REASONS:
                errors.append(f"{where}: bad keep reason {k['reason']}")
        if t["table_verdict"] not in {"atomize-all", "hybrid", "sound", None}:
            errors.append(f"{where}: bad verdict")
        if t["score"] is not None:
            s = t["score"]
            band = "excellent" if s >= 85 else "good" if s >= 70 else "fair" if s >= 60 else "poor"
            if t["grade"] != band:
                errors.append(f"{where}: grade {t['grade']} but score {s} is {band}")
    for seed, order in doc["score_order"].items():
        if order is None:
            continue
        scores = {t["table"]: t["score"] for t in doc["tables"] if t["seed"] == seed}
        if [scores[n] for n in order] != sorted(scores.values(), reverse=True) or set(order) != set(scores):
            errors.append(f"{seed}: score_order does not follow the scores")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(doc['tables'])} tables checked, {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
