#!/usr/bin/env python3
"""Re-runs a stored assessor draw (modules/assessments/domain/draw.h, "splitmix64-rejection-v1")
without LTC Desk: an independent implementation for auditors, and the source of the golden values
in tests/modules/test_assessments.cpp.

Usage: replay-draw.py DRAW.json   where DRAW.json holds one assessment_draws row as JSON objects:
  {"seed": "0123456789abcdef", "agencies": {...}, "composition": {...},
   "candidates": [...], "exclusions": [...]}
Prints the agency (when drawn at random) and the team, one staff_no per line, in draw order.
"""
import json
import sys

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform_index(self, n):
        threshold = (1 << 64) % n
        x = self.next()
        while x < threshold:
            x = self.next()
        return x % n


def draw_members(rng, eligible, members, experts_at_least):
    """eligible: [(staff_no, role)] in candidate order. Returns [(staff_no, slot)]."""
    pool = list(eligible)
    experts = [c for c in eligible if c[1] == "EXPERT"]
    if len(experts) < experts_at_least or len(pool) < members:
        raise SystemExit("too few eligible candidates")
    team = []
    for _ in range(experts_at_least):
        chosen = experts.pop(rng.uniform_index(len(experts)))
        pool.remove(chosen)
        team.append((chosen[0], "EXPERT"))
    for _ in range(members - experts_at_least):
        chosen = pool.pop(rng.uniform_index(len(pool)))
        team.append((chosen[0], "OPEN"))
    return team


def replay(record):
    rng = SplitMix64(int(record["seed"], 16))
    agencies = record.get("agencies", {})
    agency = agencies.get("chosen", "")
    if agencies.get("mode") == "RANDOM" and agencies.get("eligible"):
        agency = agencies["eligible"][rng.uniform_index(len(agencies["eligible"]))]
    excluded = {e["staff_no"] for e in record["exclusions"]}
    candidates = sorted(record["candidates"], key=lambda c: c["staff_no"].encode("utf-8"))
    eligible = [(c["staff_no"], c["role"]) for c in candidates if c["staff_no"] not in excluded]
    comp = record["composition"]
    return agency, draw_members(rng, eligible, comp["members"], comp["experts_at_least"])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        agency, team = replay(json.load(f))
    if agency:
        print("agency", agency)
    for staff_no, slot in team:
        print(staff_no, slot)
