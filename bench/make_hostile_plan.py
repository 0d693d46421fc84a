#!/usr/bin/python3
"""Writes the bundled sample plan made big in one way, for the limit benchmarks and checks.

Usage: make_hostile_plan.py KIND N [--sample PATH] [--out PATH]
       make_hostile_plan.py KIND N --into PLAN.cplan
  --into changes a .cplan file in place with SQLite (as another program would), for plans the
  application itself refuses to write.
  nested-tags N   the strategy text is N <b> tags inside each other (N = 100000: 0.7 MB)
  long-name N     the first channel's name is N characters long
  daily-items N   N more content items, each repeating every day (FREQ=DAILY)
  long-text N     the strategy text is N characters of paragraphs (flat HTML)
Stdlib only; deterministic.
"""

import argparse
import json
import os
import sqlite3
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def strategy_text(kind, n):
    if kind == "nested-tags":
        return "<b>" * n + "deep" + "</b>" * n
    paragraph = "<p>Grow the <b>online</b> share with tea lovers who buy loose leaf.</p>"
    return "<html><body>" + paragraph * (n // len(paragraph)) + "</body></html>"


def change_plan_file(kind, n, path):
    db = sqlite3.connect(path)
    if kind in ("nested-tags", "long-text"):
        db.execute("UPDATE plan_texts SET strategy = ?", (strategy_text(kind, n),))
    elif kind == "long-name":
        db.execute("UPDATE channel SET name = ? WHERE rowid = (SELECT min(rowid) FROM channel)", ("n" * n,))
    else:
        start = db.execute("SELECT start_month FROM plan_settings").fetchone()[0] + "-01"
        db.executemany(
            "INSERT INTO content_item (id, position, title, type, status, date, recurrence, notes) "
            "VALUES (?, ?, ?, 'social-post', 'planned', ?, 'FREQ=DAILY', '')",
            ((str(uuid.UUID(int=i + 1, version=4)), 100000.0 + i, "Daily post %d" % (i + 1), start)
             for i in range(n)))
    db.commit()
    db.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["nested-tags", "long-name", "daily-items", "long-text"])
    parser.add_argument("n", type=int)
    parser.add_argument("--sample", default=os.path.join(HERE, "..", "resources", "plans", "sample.json"))
    parser.add_argument("--out", default="-")
    parser.add_argument("--into", help="a .cplan file to change in place")
    args = parser.parse_args()
    if args.into:
        change_plan_file(args.kind, args.n, args.into)
        return
    with open(args.sample, encoding="utf-8") as f:
        plan = json.load(f)
    n = args.n
    if args.kind in ("nested-tags", "long-text"):
        plan["texts"]["strategy"] = strategy_text(args.kind, n)
    elif args.kind == "long-name":
        plan["channels"][0]["name"] = "n" * n
    else:
        template = plan["content"][0]
        start = plan["settings"]["startMonth"] + "-01"
        for i in range(n):
            item = dict(template)
            item["id"] = str(uuid.UUID(int=i + 1, version=4))
            item["title"] = "Daily post %d" % (i + 1)
            item["date"] = start
            item["recurrence"] = "FREQ=DAILY"
            item["excludedDates"] = []
            plan["content"].append(item)
    text = json.dumps(plan, ensure_ascii=False)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
