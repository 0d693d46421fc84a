#!/usr/bin/python3
"""Writes a large, valid Campaign Planner JSON plan for benchmarks and crash tests.

Deterministic: the same --seed and --items give byte-identical output.
Stdlib only. The format is the one read by src/core/planjsonreader.cpp (unknown keys
are refused, records carry UUID ids, references are by id, money in major units,
shares 0..1, dates YYYY-MM-DD, content "recurrence" is an RRULE value or "").

Usage: make_large_plan.py [--items N] [--seed S] [--out PATH]
Other record counts scale with --items (the defaults below are for 100000 items).
"""

import argparse
import json
import random
import sys
import uuid

START_YEAR = 2026
START_MONTH = 1
MONTHS = 24

CHANNEL_KINDS = ["seo", "content", "social", "email", "display", "paid-search", "affiliate",
                 "print", "media-ads", "pr", "events", "other"]
CHANNEL_STATUSES = ["planned", "testing", "rolled-out", "paused", "stopped"]
PHASE_KINDS = ["test", "rollout", "scale"]
CONTENT_TYPES = ["blog-post", "social-post", "email", "video", "banner", "press-release",
                 "event", "other"]
CONTENT_STATUSES = ["idea", "planned", "in-progress", "ready", "published"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
WORDS = ["launch", "spring", "summer", "autumn", "winter", "guide", "review", "story", "update",
         "webinar", "newsletter", "offer", "case", "study", "tips", "checklist", "behind",
         "the", "scenes", "interview", "partner", "product", "feature", "roadmap", "event",
         "recap", "how", "to", "why", "what", "Ümlaut", "café", "日本"]


def days_in_month(year, month):
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def month_of(index):
    """(year, month) of the horizon month `index` (0-based, may run past the horizon)."""
    total = START_YEAR * 12 + (START_MONTH - 1) + index
    return total // 12, total % 12 + 1


def month_text(index):
    y, m = month_of(index)
    return "%04d-%02d" % (y, m)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def uid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def words(self, lo, hi):
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(lo, hi)))

    def day_index(self, span_months=MONTHS):
        """A date inside the horizon as (year, month, day)."""
        y, m = month_of(self.rng.randrange(span_months))
        return y, m, self.rng.randint(1, days_in_month(y, m))

    def date(self, span_months=MONTHS):
        return "%04d-%02d-%02d" % self.day_index(span_months)

    def money(self, lo, hi):
        return round(self.rng.uniform(lo, hi), 2)

    def share(self, lo=0.0, hi=1.0):
        return round(self.rng.uniform(lo, hi), 4)


def ordered_dates(gen, count, span_months=MONTHS):
    dates = sorted({gen.date(span_months) for _ in range(count)})
    return dates


def make_plan(items, seed):
    g = Gen(seed)
    rng = g.rng

    def scaled(per_100k, minimum=1):
        return max(minimum, (per_100k * items + 50000) // 100000)

    n_channels = scaled(500)
    n_phases = scaled(2000)
    n_segments = scaled(200)
    n_personas = scaled(200)
    n_competitors = scaled(200)
    n_team = scaled(100)
    n_kpis = scaled(1000)
    n_fixed = scaled(50)
    n_campaigns = scaled(200)
    n_comments = scaled(1000)

    segments = []
    for i in range(n_segments):
        segments.append({
            "id": g.uid(), "name": "Segment %d %s" % (i + 1, g.words(1, 3)),
            "needs": g.words(3, 10), "customers": rng.randint(100, 2000000),
            "annualSpendPerCustomer": g.money(10, 5000),
            "serviceableShare": g.share(0.1, 0.9), "obtainableShare": g.share(0.0, 0.2),
            "notes": g.words(0, 12)})

    personas = []
    for i in range(n_personas):
        personas.append({
            "id": g.uid(), "name": "Persona %d" % (i + 1),
            "segment": rng.choice(segments)["id"] if rng.random() < 0.9 else None,
            "motivations": g.words(3, 8), "interests": g.words(3, 8), "needs": g.words(3, 8),
            "whereToReach": g.words(2, 5), "notes": g.words(0, 10)})

    competitors = []
    for i in range(n_competitors):
        competitors.append({
            "id": g.uid(), "name": "Competitor %d" % (i + 1), "offering": g.words(3, 8),
            "strengths": g.words(3, 8), "weaknesses": g.words(3, 8), "pricing": g.words(1, 4),
            "website": "https://competitor%d.example" % (i + 1), "notes": g.words(0, 10)})

    team = []
    for i in range(n_team):
        team.append({
            "id": g.uid(), "name": "Team member %d" % (i + 1), "role": g.words(1, 3),
            "weeklyCapacityHours": float(rng.choice([10, 20, 30, 32, 38, 40]))})

    channels = []
    for i in range(n_channels):
        model = rng.choice(["cpc", "cpm", "flat"])
        channels.append({
            "id": g.uid(), "name": "Channel %d %s" % (i + 1, g.words(1, 2)),
            "kind": rng.choice(CHANNEL_KINDS),
            "owner": rng.choice(team)["id"] if rng.random() < 0.8 else None,
            "status": rng.choice(CHANNEL_STATUSES), "costModel": model,
            "costPerClick": g.money(0.05, 5) if model == "cpc" else 0,
            "costPerMille": g.money(1, 40) if model == "cpm" else 0,
            "clickThroughRate": g.share(0.001, 0.05), "visitsPerMonth": float(rng.randint(0, 50000)),
            "leadRate": g.share(0.0, 0.1), "closeRate": g.share(0.0, 0.3),
            "averageOrderValue": g.money(5, 2000),
            "targetCostPerLead": g.money(1, 100) if rng.random() < 0.5 else None,
            "notes": g.words(0, 15)})

    phases = []
    for i in range(n_phases):
        start = rng.randrange(MONTHS)
        end = min(MONTHS - 1, start + rng.randint(0, 5))
        ys, ms = month_of(start)
        ye, me = month_of(end)
        has_actuals = rng.random() < 0.3
        phases.append({
            "id": g.uid(), "channel": rng.choice(channels)["id"],
            "name": "Phase %d" % (i + 1), "kind": rng.choice(PHASE_KINDS),
            "start": "%04d-%02d-01" % (ys, ms),
            "end": "%04d-%02d-%02d" % (ye, me, days_in_month(ye, me)),
            "budget": g.money(100, 50000),
            "actualSpend": g.money(0, 50000) if has_actuals else None,
            "actualRevenue": g.money(0, 100000) if has_actuals else None,
            "actualLeads": rng.randint(0, 5000) if has_actuals else None,
            "notes": g.words(0, 10)})

    kpis = []
    for i in range(n_kpis):
        targets = {month_text(m): float(rng.randint(10, 10000)) for m in range(12)}
        actuals = [{"date": d, "value": float(rng.randint(0, 10000))}
                   for d in ordered_dates(g, rng.randint(0, 6), 12)]
        kpis.append({
            "id": g.uid(), "channel": rng.choice(channels)["id"] if rng.random() < 0.9 else None,
            "name": "KPI %d %s" % (i + 1, g.words(1, 2)), "unit": rng.choice(["leads", "clicks", "%", "EUR", ""]),
            "betterWhen": rng.choice(["higher", "lower"]), "targets": targets, "actuals": actuals})

    fixed_costs = []
    for i in range(n_fixed):
        start = rng.randrange(MONTHS)
        end = start + rng.randint(0, 12) if rng.random() < 0.5 else None
        fixed_costs.append({
            "id": g.uid(), "name": "Fixed cost %d" % (i + 1), "monthlyAmount": g.money(50, 20000),
            "startMonth": month_text(start), "endMonth": month_text(end) if end is not None else None,
            "notes": g.words(0, 8)})

    campaigns = []
    for i in range(n_campaigns):
        start = rng.randrange(MONTHS)
        end = min(MONTHS - 1, start + rng.randint(0, 6))
        ys, ms = month_of(start)
        ye, me = month_of(end)
        campaigns.append({
            "id": g.uid(), "name": "Campaign %d %s" % (i + 1, g.words(1, 3)), "goal": g.words(3, 10),
            "start": "%04d-%02d-01" % (ys, ms),
            "end": "%04d-%02d-%02d" % (ye, me, days_in_month(ye, me)),
            "colour": "#%06x" % rng.randrange(0x1000000), "budget": g.money(1000, 500000),
            "notes": g.words(0, 10)})

    content = []
    for i in range(items):
        recurring = rng.random() < 0.05
        recurrence = ""
        excluded = []
        if recurring:
            kind = rng.random()
            if kind < 0.5:
                recurrence = "FREQ=WEEKLY;BYDAY=" + rng.choice(WEEKDAYS)
            elif kind < 0.8:
                recurrence = "FREQ=MONTHLY;BYMONTHDAY=%d" % rng.randint(1, 28)
            else:
                recurrence = "FREQ=WEEKLY;INTERVAL=2;BYDAY=%s;COUNT=%d" % (rng.choice(WEEKDAYS), rng.randint(2, 20))
            excluded = ordered_dates(g, rng.randint(0, 3))
        has_time = rng.random() < 0.6
        content.append({
            "id": g.uid(), "title": "Item %d %s" % (i + 1, g.words(2, 6)),
            "type": rng.choice(CONTENT_TYPES),
            "channel": rng.choice(channels)["id"] if rng.random() < 0.9 else None,
            "campaign": rng.choice(campaigns)["id"] if rng.random() < 0.6 else None,
            "owner": rng.choice(team)["id"] if rng.random() < 0.7 else None,
            "status": rng.choice(CONTENT_STATUSES), "date": g.date(),
            "time": "%02d:%02d" % (rng.randint(6, 20), rng.choice([0, 15, 30, 45])) if has_time else None,
            "durationMinutes": rng.choice([15, 30, 45, 60, 90, 120]) if has_time and rng.random() < 0.7 else None,
            "recurrence": recurrence, "excludedDates": excluded, "notes": g.words(0, 12)})

    comments = []
    for i in range(n_comments):
        parent = rng.choice(comments)["id"] if comments and rng.random() < 0.3 else None
        y, m, d = g.day_index()
        comments.append({
            "id": g.uid(), "parent": parent, "section": rng.choice(["content", "channels", "kpis", "overview"]),
            "record": rng.choice(content)["id"] if content and rng.random() < 0.7 else None,
            "author": "Team member %d" % rng.randint(1, n_team),
            "createdAt": "%04d-%02d-%02dT%02d:%02d:00Z" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59)),
            "text": g.words(3, 25), "resolved": rng.random() < 0.4})

    return {
        "format": "campaign-planner",
        "version": 1,
        "settings": {
            "name": "Large benchmark plan (%d items, seed %d)" % (items, seed),
            "author": "bench/make_large_plan.py", "currency": "EUR",
            "startMonth": "%04d-%02d" % (START_YEAR, START_MONTH), "months": MONTHS,
            "grossMargin": 0.6, "minimumRoiToScale": 0.2,
            "scenarios": {"conservative": 0.7, "base": 1.0, "optimistic": 1.3}},
        "texts": {k: g.words(5, 40) for k in [
            "researchNotes", "strategy", "rationale", "messageAudience", "messageWhatToSay",
            "messageHowToSay", "websiteObjectives", "partnerships", "priorities", "recommendations"]},
        "segments": segments, "personas": personas, "competitors": competitors, "team": team,
        "channels": channels, "phases": phases, "kpis": kpis, "fixedCosts": fixed_costs,
        "campaigns": campaigns, "content": content, "comments": comments,
        "approval": {"status": "in-review", "by": "Team member 1", "at": "2026-01-15T09:00:00Z",
                     "note": "Please review", "history": [
                         {"status": "draft", "by": "Team member 1", "at": "2026-01-10T09:00:00Z", "note": ""},
                         {"status": "in-review", "by": "Team member 1", "at": "2026-01-15T09:00:00Z",
                          "note": "Please review"}]},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100000, help="content items (default 100000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", default="-", help="output path, - for stdout (default)")
    args = parser.parse_args()
    if args.items < 0:
        parser.error("--items must not be negative")
    plan = make_plan(args.items, args.seed)
    text = json.dumps(plan, ensure_ascii=False, separators=(",", ":"))
    if args.out == "-":
        sys.stdout.write(text + "\n")
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        counts = {k: len(plan[k]) for k in ["segments", "personas", "competitors", "team", "channels",
                                             "phases", "kpis", "fixedCosts", "campaigns", "content",
                                             "comments"]}
        print("wrote %s: %s" % (args.out, ", ".join("%d %s" % (v, k) for k, v in counts.items())),
              file=sys.stderr)


if __name__ == "__main__":
    main()
