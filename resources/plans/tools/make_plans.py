#!/usr/bin/python3
"""Writes the bundled sample plan and the plan templates as JSON interchange files.

    /usr/bin/python3 resources/plans/tools/make_plans.py [--report]

Writes resources/plans/sample.json, product-launch.json and local-shop.json (the format is the
one of src/core/planjsonwriter.cpp / planjsonreader.cpp). Record ids are UUIDs derived with
uuid5 from a fixed namespace and a readable key, so running the script again gives the same
files byte for byte. With --report it also prints the forecast figures the app will derive
(the formulas of DESIGN.md section 4, as in src/core/forecast.cpp), which helps keep the
numbers plausible when the data is edited.

Standard library only.
"""

import calendar
import datetime
import json
import pathlib
import sys
import uuid

# Fixed namespace for every id in the bundled plans. Never change it: ids must stay stable
# between releases so that comparisons of plan versions keep working.
NAMESPACE = uuid.UUID("6f1d3c2a-8b4e-5a7d-9c0f-2b1e4d6a8c35")

PLANS_DIR = pathlib.Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------
# Helpers shared by all plans
# --------------------------------------------------------------------------------------------

class Ids:
    """Deterministic record ids: uuid5(NAMESPACE, "<plan>/<kind>/<key>")."""

    def __init__(self, plan_key):
        self.plan_key = plan_key

    def __call__(self, kind, key):
        if key is None:
            return None
        return str(uuid.uuid5(NAMESPACE, "%s/%s/%s" % (self.plan_key, kind, key)))


def html(*blocks):
    """Joins HTML blocks; a block that is a list becomes a <ul>."""
    parts = []
    for block in blocks:
        if isinstance(block, (list, tuple)):
            parts.append("<ul>" + "".join("<li>%s</li>" % item for item in block) + "</ul>")
        else:
            parts.append("<p>%s</p>" % block)
    return "".join(parts)


def month_keys(start_year, start_month, count):
    keys = []
    year, month = start_year, start_month
    for _ in range(count):
        keys.append("%04d-%02d" % (year, month))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return keys


def month_end(key):
    year, month = int(key[:4]), int(key[5:7])
    return "%s-%02d" % (key, calendar.monthrange(year, month)[1])


def date(text):
    return datetime.date.fromisoformat(text)


WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def check_weekly_start(item):
    """A weekly rule's first date and excluded dates must fall on one of its weekdays."""
    rule = dict(part.split("=") for part in item["recurrence"].split(";"))
    if rule.get("FREQ") != "WEEKLY" or "BYDAY" not in rule:
        return
    days = rule["BYDAY"].split(",")
    for text in [item["date"]] + item["excludedDates"]:
        code = WEEKDAY_CODES[date(text).weekday()]
        assert code in days, "%s: %s is a %s, not %s" % (item["title"], text, code, days)


class PlanBuilder:
    """Collects the records of one plan, in the key order of planjsonwriter.cpp."""

    def __init__(self, key):
        self.id = Ids(key)
        self.settings = {}
        self.texts = {}
        self.segments = []
        self.personas = []
        self.competitors = []
        self.team = []
        self.channels = []
        self.phases = []
        self.kpis = []
        self.fixed_costs = []
        self.campaigns = []
        self.content = []
        self.comments = []
        self.approval = {"status": "draft", "by": "", "at": None, "note": "", "history": []}

    # -- settings and texts ------------------------------------------------------------------

    def set_settings(self, name, author, currency, start_month, months, gross_margin,
                     minimum_roi, scenarios=(0.8, 1.0, 1.2)):
        self.settings = {
            "name": name,
            "author": author,
            "currency": currency,
            "startMonth": start_month,
            "months": months,
            "grossMargin": gross_margin,
            "minimumRoiToScale": minimum_roi,
            "scenarios": {"conservative": scenarios[0], "base": scenarios[1],
                          "optimistic": scenarios[2]},
        }

    TEXT_KEYS = ["researchNotes", "strategy", "rationale", "messageAudience", "messageWhatToSay",
                 "messageHowToSay", "websiteObjectives", "partnerships", "priorities",
                 "recommendations"]

    def set_texts(self, **texts):
        assert set(texts) == set(self.TEXT_KEYS), set(self.TEXT_KEYS) ^ set(texts)
        self.texts = {key: texts[key] for key in self.TEXT_KEYS}

    def set_empty_texts(self):
        """Templates: prompts are placeholders in the app, not content of the plan."""
        self.texts = {key: "" for key in self.TEXT_KEYS}

    # -- records -----------------------------------------------------------------------------

    def segment(self, key, name, needs, customers, annual_spend, serviceable, obtainable, notes=""):
        self.segments.append({
            "id": self.id("segment", key), "name": name, "needs": needs, "customers": customers,
            "annualSpendPerCustomer": annual_spend, "serviceableShare": serviceable,
            "obtainableShare": obtainable, "notes": notes})

    def persona(self, key, name, segment, motivations, interests, needs, where, notes=""):
        self.personas.append({
            "id": self.id("persona", key), "name": name, "segment": self.id("segment", segment),
            "motivations": motivations, "interests": interests, "needs": needs,
            "whereToReach": where, "notes": notes})

    def competitor(self, key, name, offering, strengths, weaknesses, pricing, website, notes=""):
        self.competitors.append({
            "id": self.id("competitor", key), "name": name, "offering": offering,
            "strengths": strengths, "weaknesses": weaknesses, "pricing": pricing,
            "website": website, "notes": notes})

    def member(self, key, name, role, hours):
        self.team.append({"id": self.id("team", key), "name": name, "role": role,
                          "weeklyCapacityHours": hours})

    def channel(self, key, name, kind, owner, status, cost_model, cpc=0, cpm=0, ctr=0,
                visits=0, lead_rate=0, close_rate=0, order_value=0, target_cpl=None, notes=""):
        self.channels.append({
            "id": self.id("channel", key), "name": name, "kind": kind,
            "owner": self.id("team", owner), "status": status, "costModel": cost_model,
            "costPerClick": cpc, "costPerMille": cpm, "clickThroughRate": ctr,
            "visitsPerMonth": visits, "leadRate": lead_rate, "closeRate": close_rate,
            "averageOrderValue": order_value, "targetCostPerLead": target_cpl, "notes": notes})

    def phase(self, key, channel, name, kind, start, end, budget, actual_spend=None,
              actual_revenue=None, actual_leads=None, notes=""):
        self.phases.append({
            "id": self.id("phase", key), "channel": self.id("channel", channel), "name": name,
            "kind": kind, "start": start, "end": end, "budget": budget,
            "actualSpend": actual_spend, "actualRevenue": actual_revenue,
            "actualLeads": actual_leads, "notes": notes})

    def kpi(self, key, channel, name, unit, better_when, targets, actuals=()):
        self.kpis.append({
            "id": self.id("kpi", key), "channel": self.id("channel", channel), "name": name,
            "unit": unit, "betterWhen": better_when, "targets": dict(targets),
            "actuals": [{"date": d, "value": v} for d, v in actuals]})

    def fixed_cost(self, key, name, monthly, start_month, end_month=None, notes=""):
        self.fixed_costs.append({
            "id": self.id("fixed-cost", key), "name": name, "monthlyAmount": monthly,
            "startMonth": start_month, "endMonth": end_month, "notes": notes})

    def campaign(self, key, name, goal, start, end, colour, budget, notes=""):
        self.campaigns.append({
            "id": self.id("campaign", key), "name": name, "goal": goal, "start": start,
            "end": end, "colour": colour, "budget": budget, "notes": notes})

    def item(self, key, title, type_, channel, campaign, owner, status, when, time=None,
             duration=None, recurrence="", excluded=(), notes=""):
        entry = {
            "id": self.id("content", key), "title": title, "type": type_,
            "channel": self.id("channel", channel), "campaign": self.id("campaign", campaign),
            "owner": self.id("team", owner), "status": status, "date": when, "time": time,
            "durationMinutes": duration, "recurrence": recurrence,
            "excludedDates": sorted(excluded), "notes": notes}
        if recurrence:
            check_weekly_start(entry)
        self.content.append(entry)

    def comment(self, key, parent, section, record, author, created_at, text, resolved=False):
        self.comments.append({
            "id": self.id("comment", key), "parent": self.id("comment", parent),
            "section": section, "record": record, "author": author, "createdAt": created_at,
            "text": text, "resolved": resolved})

    def set_approval(self, status, by, at, note, history=()):
        self.approval = {"status": status, "by": by, "at": at, "note": note,
                         "history": [{"status": s, "by": b, "at": a, "note": n}
                                     for s, b, a, n in history]}

    # -- output ------------------------------------------------------------------------------

    def document(self):
        self.check_references()
        return {
            "format": "campaign-planner",
            "version": 1,
            "settings": self.settings,
            "texts": self.texts,
            "segments": self.segments,
            "personas": self.personas,
            "competitors": self.competitors,
            "team": self.team,
            "channels": self.channels,
            "phases": self.phases,
            "kpis": self.kpis,
            "fixedCosts": self.fixed_costs,
            "campaigns": self.campaigns,
            "content": self.content,
            "comments": self.comments,
            "approval": self.approval,
        }

    def check_references(self):
        """Catches typos in record keys before the app's importer does."""
        def ids(records):
            return {r["id"] for r in records}
        everything = []
        for records in (self.segments, self.personas, self.competitors, self.team, self.channels,
                        self.phases, self.kpis, self.fixed_costs, self.campaigns, self.content,
                        self.comments):
            everything.extend(r["id"] for r in records)
        assert len(everything) == len(set(everything)), "duplicate record keys"
        checks = [
            (self.personas, "segment", ids(self.segments)),
            (self.channels, "owner", ids(self.team)),
            (self.phases, "channel", ids(self.channels)),
            (self.kpis, "channel", ids(self.channels)),
            (self.content, "channel", ids(self.channels)),
            (self.content, "campaign", ids(self.campaigns)),
            (self.content, "owner", ids(self.team)),
            (self.comments, "parent", ids(self.comments)),
            (self.comments, "record", set(everything)),
        ]
        for records, field, known in checks:
            for record in records:
                value = record[field]
                assert value is None or value in known, "%s: unknown %s" % (
                    record.get("name") or record.get("title") or record["id"], field)
        for phase in self.phases:
            assert phase["start"] <= phase["end"], phase["name"]


# --------------------------------------------------------------------------------------------
# The forecast, as src/core/forecast.cpp computes it (for --report and for KPI targets)
# --------------------------------------------------------------------------------------------

def forecast(doc, factor=1.0):
    settings = doc["settings"]
    y, m = (int(part) for part in settings["startMonth"].split("-"))
    months = month_keys(y, m, settings["months"])
    firsts = [date(k + "-01") for k in months]
    lasts = [date(month_end(k)) for k in months]

    def overlap(start, end, i):
        first, last = max(start, firsts[i]), min(end, lasts[i])
        return max(0, (last - first).days + 1)

    channels = []
    for ch in doc["channels"]:
        phases = [p for p in doc["phases"] if p["channel"] == ch["id"]]
        spend = [0.0] * len(months)
        covered = [0] * len(months)
        for p in phases:
            start, end = date(p["start"]), date(p["end"])
            days = (end - start).days + 1
            for i in range(len(months)):
                spend[i] += p["budget"] * overlap(start, end, i) / days
        for i in range(len(months)):
            days = set()
            for p in phases:
                start, end = max(date(p["start"]), firsts[i]), min(date(p["end"]), lasts[i])
                while start <= end:
                    days.add(start)
                    start += datetime.timedelta(days=1)
            covered[i] = len(days)
        revenue, clicks = [], []
        for i in range(len(months)):
            if ch["costModel"] == "cpc":
                c = spend[i] / ch["costPerClick"]
            elif ch["costModel"] == "cpm":
                c = spend[i] / ch["costPerMille"] * 1000 * ch["clickThroughRate"]
            else:
                c = ch["visitsPerMonth"] * covered[i] / (lasts[i].day)
            clicks.append(c)
            revenue.append(c * ch["leadRate"] * ch["closeRate"] * factor * ch["averageOrderValue"])
        channels.append({"name": ch["name"], "status": ch["status"], "spend": spend,
                         "clicks": clicks, "revenue": revenue})

    margin = settings["grossMargin"]
    rows = []
    cumulative = 0.0
    for i, key in enumerate(months):
        spend = sum(c["spend"][i] for c in channels)
        revenue = sum(c["revenue"][i] for c in channels)
        fixed = sum(f["monthlyAmount"] for f in doc["fixedCosts"]
                    if f["startMonth"] <= key and (f["endMonth"] is None or key <= f["endMonth"]))
        profit = revenue * margin - spend - fixed
        cumulative += profit
        rows.append({"month": key, "spend": spend, "revenue": revenue, "fixed": fixed,
                     "profit": profit, "cumulative": cumulative})
    break_even = None
    for row in reversed(rows):
        if row["cumulative"] < 0:
            break
        break_even = row["month"]
    total_spend = sum(r["spend"] for r in rows)
    total_revenue = sum(r["revenue"] for r in rows)
    roi = (total_revenue * margin - total_spend) / total_spend if total_spend else None
    return {"months": rows, "channels": channels, "spend": total_spend,
            "revenue": total_revenue, "roi": roi, "breakEven": break_even}


def verdicts(doc):
    margin = doc["settings"]["grossMargin"]
    minimum = doc["settings"]["minimumRoiToScale"]
    by_id = {c["id"]: c for c in doc["channels"]}
    result = []
    for p in doc["phases"]:
        if p["kind"] != "test":
            continue
        if not p["actualSpend"] or p["actualRevenue"] is None:
            result.append((p["name"], "not-enough-data", None, None))
            continue
        roi = (p["actualRevenue"] * margin - p["actualSpend"]) / p["actualSpend"]
        cpl = p["actualSpend"] / p["actualLeads"] if p["actualLeads"] else None
        target = by_id[p["channel"]]["targetCostPerLead"]
        ok = roi >= minimum and (target is None or (cpl is not None and cpl <= target))
        result.append((p["name"], "profitable" if ok else "not-profitable", roi, cpl))
    return result


def report(name, doc):
    f = forecast(doc)
    print("== %s: %s" % (name, doc["settings"]["name"]))
    tam = sum(s["customers"] * s["annualSpendPerCustomer"] for s in doc["segments"])
    sam = sum(s["customers"] * s["annualSpendPerCustomer"] * s["serviceableShare"]
              for s in doc["segments"])
    som = sum(s["customers"] * s["annualSpendPerCustomer"] * s["serviceableShare"]
              * s["obtainableShare"] for s in doc["segments"])
    print("   TAM %.0f  SAM %.0f  SOM %.0f" % (tam, sam, som))
    for row in f["months"]:
        print("   %s spend %8.0f revenue %8.0f fixed %6.0f profit %8.0f cumulative %8.0f" % (
            row["month"], row["spend"], row["revenue"], row["fixed"], row["profit"],
            row["cumulative"]))
    for c in f["channels"]:
        spend, revenue = sum(c["spend"]), sum(c["revenue"])
        roi = (revenue * doc["settings"]["grossMargin"] - spend) / spend if spend else float("nan")
        print("   %-34s %-11s spend %8.0f revenue %8.0f roi %6.2f" % (
            c["name"], c["status"], spend, revenue, roi))
    print("   total spend %.0f revenue %.0f roi %.3f break-even %s" % (
        f["spend"], f["revenue"], f["roi"] or 0, f["breakEven"]))
    for phase, verdict, roi, cpl in verdicts(doc):
        print("   test %-40s %-16s roi %s cpl %s" % (
            phase, verdict, "-" if roi is None else "%.3f" % roi,
            "-" if cpl is None else "%.2f" % cpl))


# --------------------------------------------------------------------------------------------
# 1. The sample plan: Brightleaf Tea, an online loose-leaf tea shop launching in 2027
# --------------------------------------------------------------------------------------------

def sample_plan():
    p = PlanBuilder("sample/brightleaf-tea-2027")
    p.set_settings("Brightleaf Tea — online launch 2027", "Maya Lindqvist", "EUR", "2027-01", 12,
                   0.55, 0.2)

    p.set_texts(
        researchNotes=html(
            "Germany is Europe's second-largest tea market after the UK. About 28 % of adults "
            "drink tea daily, and the loose-leaf share is growing among 25–45 year olds who "
            "also buy organic food and specialty coffee. Our customer interviews (22 people, "
            "October 2026) and a survey of 410 newsletter sign-ups from the pre-launch page "
            "gave a clear picture:",
            ["Buyers want <b>freshness and origin</b>: harvest date, estate and brewing "
             "instructions on every pack.",
             "Price is not the first concern: 70 % pay 8–15 € per 100 g for a tea they trust.",
             "Gifts matter: one order in three in Q4 is a gift, according to two competitors' "
             "public reports.",
             "The main reason people stop buying loose leaf is <i>hassle</i> (strainers, "
             "dosing, steeping times) — content that removes the hassle sells.",
             "Instagram and Pinterest are where people discover teaware and rituals; Google is "
             "where they search when they know what they want (\"sencha kaufen\", "
             "\"matcha bio\")."],
            "Open questions: how large the office and café segment really is, and whether "
            "affiliates can bring customers at a cost we can afford."),
        strategy=html(
            "Launch Brightleaf as the <b>easiest way to enjoy fresh single-estate tea</b>, "
            "starting in Germany and Austria. We build a base of organic traffic and a "
            "newsletter audience from day one, and buy reach only where a short test proves "
            "it pays back.",
            ["<b>Q1 — launch and test:</b> SEO foundation, blog and newsletter from the launch "
             "on 11 January; small paid tests on Google Ads, Instagram, display banners and "
             "affiliates with clear budgets and stop rules.",
             "<b>Q2–Q3 — roll out what works:</b> move profitable tests into roll-out phases, "
             "pause the rest, add PR around the first-flush season and a summer iced-tea "
             "campaign.",
             "<b>Q4 — scale for Christmas:</b> scale the proven paid channels, gift sets, "
             "an advent calendar and two Christmas markets in Hamburg."]),
        rationale=html(
            "Tea customers are loyal once they find a tea they like, but first orders are "
            "expensive to win. A test-first roll-out keeps the cash risk small: each paid test "
            "costs 0.9–1.5 k€ and must reach a return on ad spend that gives at least 20 % "
            "marketing ROI after cost of goods (gross margin 55 %) and a cost per lead under "
            "the channel's target.",
            "Organic channels (SEO, blog, newsletter) are slower but cheap and compound over "
            "the year; they carry the plan in the first months and keep the blended cost per "
            "customer down when paid reach scales in Q4."),
        messageAudience=html(
            "Urban tea lovers aged 25–45 who want a small daily ritual (persona <i>Mindful "
            "Mia</i>), people looking for a thoughtful gift (<i>Gift-giving Georg</i>) and "
            "small offices and cafés that want better tea than bags from the supermarket "
            "(<i>Office manager Olivia</i>)."),
        messageWhatToSay=html(
            "Fresh single-estate tea, picked this season, delivered in two days — with "
            "everything you need to brew it well.",
            ["Freshness: harvest date and estate on every pouch.",
             "Ease: a brewing card in every order, 60-second brew guides online.",
             "Fair sourcing: direct trade with six family estates, prices we publish.",
             "Gifts: ready-to-give boxes with a hand-written card."]),
        messageHowToSay=html(
            "Warm, calm and knowledgeable, never snobbish. Short sentences, sensory words, "
            "real people (the estates, our team). Photography in natural light with the leaves "
            "and the cup, not stock images. German first, English on the blog for the expat "
            "audience in Hamburg and Berlin."),
        websiteObjectives=html(
            "The shop (brightleaf-tea.example) is where every channel ends. Objectives for "
            "2027:",
            ["Conversion rate from visit to order of 2.5 % by June.",
             "A newsletter sign-up on every blog post; 6,000 subscribers by December.",
             "Average order value above 45 € through bundles and free shipping from 49 €.",
             "Page speed under 2 seconds on mobile; brew guides as the top landing pages."]),
        partnerships=html(
            ["<b>Six family estates</b> (Darjeeling, Shizuoka, Nantou, Yunnan, Assam, Kenya): "
             "stories, photos and harvest updates for content.",
             "<b>Slow-living bloggers and podcasts</b> for reviews and affiliate links (on "
             "hold after the Q1 test, see the roll-out plan).",
             "<b>Two Hamburg cafés</b> serving our teas, with a QR code to the shop on the "
             "menu.",
             "<b>Hamburg Christmas markets</b> (Winterzauber, Ottensen) for tastings in "
             "December."]),
        priorities=html(
            ["1. Launch on 11 January with the shop, SEO basics, the blog and the newsletter.",
             "2. Finish the four paid tests by end of March and decide with the verdicts.",
             "3. Roll out Google Ads and Instagram; pause display and affiliates.",
             "4. Prepare Christmas (gift boxes, advent calendar, markets) from September.",
             "5. Keep fixed costs below 1.5 k€ a month."]),
        recommendations=html(
            "After the Q1 tests we recommend rolling out <b>Google Ads</b> (ROI 36 %, cost per "
            "lead 7.05 €) and <b>Instagram</b> (ROI 37 %, 6.46 € per lead), pausing <b>display "
            "banners</b> (ROI −64 %) and keeping <b>affiliates</b> on hold until the "
            "commission is renegotiated (ROI fine, but 10 € per lead against a target of 8 €).",
            "Pinterest is being tested in April–May; decide in June. Review the plan monthly "
            "with the KPI report on the last day of each month."))

    # -- market --------------------------------------------------------------------------
    p.segment("enthusiasts", "Everyday loose-leaf enthusiasts",
              "Fresh, traceable tea for a daily ritual; easy brewing; refills without waste.",
              2400000, 96, 0.25, 0.002,
              "Adults in DE/AT who buy loose-leaf tea at least monthly (Statista, Teeverband "
              "2025). Online share of their purchases about 25 %.")
    p.segment("gifts", "Gift buyers",
              "A beautiful, ready-to-give present that feels personal; reliable delivery "
              "before the date.",
              3500000, 45, 0.2, 0.0015,
              "People who bought tea or teaware as a gift in the last 12 months; 60 % of the "
              "spend is in November and December.")
    p.segment("offices", "Small offices and cafés",
              "Better tea for staff and guests, simple re-ordering, invoices, larger packs.",
              60000, 900, 0.15, 0.002,
              "Offices with 5–50 staff and independent cafés in Hamburg, Berlin and Munich first.")

    p.persona("mia", "Mindful Mia", "enthusiasts",
              "Wants a calm moment in a busy day; likes knowing where things come from.",
              "Yoga, specialty coffee, ceramics, slow-living accounts, cooking.",
              "Short brewing guides, small trial sizes, plastic-free packaging.",
              "Instagram (Reels and Stories), Pinterest boards, Google searches for brewing "
              "questions, newsletters she actually reads on Sunday mornings.",
              "32, UX designer in Hamburg, buys online twice a month.")
    p.persona("georg", "Gift-giving Georg", "gifts",
              "Wants to give something thoughtful without spending a weekend on it.",
              "Cooking, wine, travel, design magazines.",
              "Curated gift boxes, delivery date guarantee, a personal card.",
              "Google search in November and December, gift guides, email from shops he "
              "bought from before.",
              "48, engineer in Munich, buys five or six gifts online before Christmas.")
    p.persona("olivia", "Office manager Olivia", "offices",
              "Wants staff and clients to feel looked after, with little admin.",
              "Workplace wellbeing, local suppliers, sustainability reports.",
              "Bulk packs, monthly delivery, invoices with VAT, a contact person.",
              "LinkedIn, Google search for \"Tee fürs Büro\", recommendations from other "
              "office managers.",
              "38, runs the office of a 30-person agency in Hamburg.")

    p.competitor("leafkettle", "Leaf & Kettle",
                 "Large online tea shop, 400+ teas, own flavoured blends.",
                 "Range, fast shipping, strong SEO for generic terms.",
                 "Little information on origin; flavoured teas dominate; dated design.",
                 "6–12 € per 100 g; free shipping from 39 €.",
                 "https://www.leafandkettle.example",
                 "Our main rival on Google for \"Tee online kaufen\".")
    p.competitor("teehausnord", "Teehaus Nord",
                 "Hamburg tea house with two shops and a small web shop.",
                 "Local reputation, tastings, knowledgeable staff.",
                 "Weak online presence, no newsletter, no content.",
                 "8–18 € per 100 g.",
                 "https://www.teehaus-nord.example",
                 "Possible partner for events rather than a head-on competitor.")
    p.competitor("matchamoment", "Matcha Moment",
                 "Direct-to-consumer matcha brand with subscriptions.",
                 "Strong Instagram presence, influencer marketing, subscription model.",
                 "Matcha only; premium prices; heavy discounting in Q4.",
                 "22–35 € per 30 g tin; subscription −15 %.",
                 "https://www.matchamoment.example",
                 "Sets the bar for social content; watch their Q4 offers.")

    p.member("maya", "Maya Lindqvist", "Founder and marketing lead (email, PR, partnerships)", 20)
    p.member("jonas", "Jonas Becker", "Content and SEO writer (freelance)", 16)
    p.member("aiko", "Aiko Tanaka", "Social media and community manager", 24)
    p.member("lucas", "Lucas Moreau", "Performance marketing (paid search, ads, affiliates)", 12)

    # -- channels ------------------------------------------------------------------------
    p.channel("seo", "SEO (organic search)", "seo", "jonas", "rolled-out", "flat",
              visits=3000, lead_rate=0.05, close_rate=0.28, order_value=45,
              notes="Category pages, brew guides and technical basics. Budget is Jonas' time "
                    "plus tools.")
    p.channel("blog", "Tea journal (blog)", "content", "jonas", "rolled-out", "flat",
              visits=2000, lead_rate=0.05, close_rate=0.2, order_value=40,
              notes="Brew guides every second Thursday, seasonal stories, estate portraits.")
    p.channel("newsletter", "Leaf Letter (newsletter)", "email", "maya", "rolled-out", "flat",
              visits=1200, lead_rate=0.12, close_rate=0.35, order_value=44,
              notes="Monthly newsletter on the first Monday plus campaign emails. Visits are "
                    "clicks from emails to the shop.")
    p.channel("instagram", "Instagram", "social", "aiko", "rolled-out", "cpm",
              cpm=6.5, ctr=0.012, lead_rate=0.085, close_rate=0.32, order_value=48,
              target_cpl=7,
              notes="Paid reach through Reels and Stories ads; the weekly organic posts in the "
                    "calendar feed the ads with tested creatives.")
    p.channel("google-ads", "Google Ads (search)", "paid-search", "lucas", "rolled-out", "cpc",
              cpc=0.62, lead_rate=0.09, close_rate=0.32, order_value=52, target_cpl=8,
              notes="Brand, product and 'buy' keywords only; no broad match.")
    p.channel("display", "Display banners", "display", "lucas", "stopped", "cpm",
              cpm=4.5, ctr=0.004, lead_rate=0.06, close_rate=0.2, order_value=45,
              target_cpl=10,
              notes="Google Display Network prospecting. Stopped after the Q1 test; "
                    "remarketing may be tested separately in Q4.")
    p.channel("affiliates", "Affiliates (tea and food bloggers)", "affiliate", "lucas",
              "paused", "cpc", cpc=0.45, lead_rate=0.045, close_rate=0.38, order_value=55,
              target_cpl=8,
              notes="Paid per click plus 8 % commission. On hold until the commission model "
                    "is renegotiated.")
    p.channel("pr", "PR and press", "pr", "maya", "rolled-out", "flat",
              visits=1500, lead_rate=0.04, close_rate=0.25, order_value=45,
              notes="Launch story in January, first-flush story in April and May: food and "
                    "lifestyle magazines, two podcasts.")
    p.channel("events", "Christmas markets and tastings", "events", "maya", "planned", "flat",
              visits=800, lead_rate=0.15, close_rate=0.4, order_value=38,
              notes="Two Hamburg Christmas markets; visits are people at the stand who scan "
                    "the QR code or take a card.")
    p.channel("pinterest", "Pinterest ads", "social", "aiko", "testing", "cpm",
              cpm=5, ctr=0.01, lead_rate=0.07, close_rate=0.3, order_value=45, target_cpl=7,
              notes="Promoted pins for tea corners and gift ideas. Test runs from 15 April.")

    # -- roll-out phases -------------------------------------------------------------------
    p.phase("seo-foundation", "seo", "SEO foundation", "rollout", "2027-01-01", "2027-03-31",
            3600, notes="Keyword research, category texts, 20 brew guides, technical audit.")
    p.phase("seo-expansion", "seo", "SEO content and links", "scale", "2027-04-01",
            "2027-12-31", 5400, notes="Gift and office landing pages, link building with "
                                      "partner estates.")
    p.phase("blog-launch", "blog", "Blog launch", "rollout", "2027-01-01", "2027-06-30", 1800)
    p.phase("blog-seasonal", "blog", "Seasonal stories and gift guides", "scale",
            "2027-07-01", "2027-12-31", 1800)
    p.phase("newsletter-year", "newsletter", "Newsletter programme 2027", "rollout",
            "2027-01-01", "2027-12-31", 3600, notes="Writing, design and the email tool.")
    p.phase("gads-test", "google-ads", "Google Ads test", "test", "2027-01-11", "2027-02-28",
            1500, 1480, 3650, 210,
            notes="Brand plus 40 product keywords, max CPC 0.80 €.")
    p.phase("gads-rollout", "google-ads", "Google Ads roll-out", "rollout", "2027-03-01",
            "2027-08-31", 9000, notes="All categories; shopping ads from April.")
    p.phase("gads-scale", "google-ads", "Google Ads scale for Christmas", "scale",
            "2027-09-01", "2027-12-31", 10000, notes="Gift keywords from October.")
    p.phase("instagram-test", "instagram", "Instagram ads test", "test", "2027-01-18",
            "2027-03-14", 1200, 1195, 2980, 185,
            notes="Three Reels creatives, 10 % first-order code.")
    p.phase("instagram-rollout", "instagram", "Instagram roll-out", "rollout", "2027-03-15",
            "2027-08-31", 5500)
    p.phase("instagram-scale", "instagram", "Instagram scale for gifting season", "scale",
            "2027-10-01", "2027-12-31", 5000)
    p.phase("display-test", "display", "Display banner test", "test", "2027-02-01",
            "2027-03-31", 1000, 990, 640, 55,
            notes="Prospecting on lifestyle sites; CTR 0.38 %, few orders.")
    p.phase("affiliate-test", "affiliates", "Affiliate test with 12 bloggers", "test",
            "2027-02-15", "2027-03-31", 900, 900, 2100, 90,
            notes="Good orders, but the cost per lead is above target.")
    p.phase("pr-launch", "pr", "Launch press", "rollout", "2027-01-11", "2027-02-28", 1500,
            notes="Press release, samples to 40 editors and bloggers.")
    p.phase("pr-firstflush", "pr", "First-flush press outreach", "rollout", "2027-04-01",
            "2027-05-31", 1500)
    p.phase("events-christmas", "events", "Christmas markets", "rollout", "2027-11-22",
            "2027-12-22", 3000, notes="Stand fees, tasting stock, printed cards.")
    p.phase("pinterest-test", "pinterest", "Pinterest ads test", "test", "2027-04-15",
            "2027-05-31", 1000, notes="Verdict due in June.")

    # -- fixed costs ---------------------------------------------------------------------
    p.fixed_cost("brand", "Brand identity and shop set-up (agency)", 2400, "2027-01",
                 "2027-02", notes="Logo, packaging design and shop theme, paid in two "
                                  "instalments.")
    p.fixed_cost("shop", "Shop platform subscription and apps", 89, "2027-01",
                 notes="Shop plan, reviews app, shipping labels.")
    p.fixed_cost("photography", "Product photography", 250, "2027-01", "2027-04",
                 notes="Launch range and first-flush teas.")
    p.fixed_cost("designer", "Freelance designer (2 days a month)", 960, "2027-06", "2027-12",
                 notes="Summer campaign, gift boxes, advent calendar, Christmas banners.")
    p.fixed_cost("analytics", "Analytics and SEO tools", 59, "2027-01")

    # -- campaigns -----------------------------------------------------------------------
    p.campaign("launch", "Shop launch", "1,000 newsletter subscribers and 400 first orders by "
               "the end of March.", "2027-01-11", "2027-03-31", "#2e7d32", 6000,
               "Launch code WELCOME10 for the first order.")
    p.campaign("summer", "Summer iced tea", "600 orders of the iced-tea collection; 25 % of "
               "buyers new customers.", "2027-05-17", "2027-08-31", "#f59e0b", 5000)
    p.campaign("christmas", "Christmas gifting", "2,000 gift orders, 500 advent calendars, "
               "average order value above 55 €.", "2027-10-15", "2027-12-23", "#b91c1c",
               9000, "Last shipping day for Christmas: 20 December.")

    # -- content calendar ----------------------------------------------------------------
    # Recurring items.
    p.item("tea-of-the-week", "Instagram: Tea of the week", "social-post", "instagram", None,
           "aiko", "in-progress", "2027-01-12", "09:30", 30, "FREQ=WEEKLY;BYDAY=TU",
           ["2027-08-10", "2027-08-17", "2027-12-28"],
           "Photo of the leaf and the cup, brewing tip in the caption. Summer break in August.")
    p.item("brew-guide", "Brew guide of the fortnight", "blog-post", "blog", None, "jonas",
           "in-progress", "2027-01-14", None, None,
           "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20271216", [],
           "One tea, one method, 600–900 words, a short video if possible.")
    p.item("leaf-letter", "Leaf Letter (monthly newsletter)", "email", "newsletter", None,
           "maya", "planned", "2027-02-01", "07:00", None, "FREQ=MONTHLY;BYDAY=1MO", [],
           "New arrivals, one estate story, the brew guide of the month.")
    p.item("kpi-report", "Monthly KPI report", "other", None, None, "maya", "planned",
           "2027-01-31", None, None, "FREQ=MONTHLY;BYMONTHDAY=-1", [],
           "Actuals from the shop and analytics exports into the KPI tracker.")
    p.item("planning-meeting", "Weekly content planning", "other", None, None, "maya",
           "planned", "2027-01-04", "09:30", 45, "FREQ=WEEKLY;BYDAY=MO",
           ["2027-03-29", "2027-05-17", "2027-12-27"], "Skipped on public holidays.")
    p.item("steeping-reel", "Reel: Steeping in 60 seconds", "video", "instagram", None, "aiko",
           "planned", "2027-03-19", "18:00", None, "FREQ=MONTHLY;BYDAY=3FR;COUNT=6", [],
           "Six short videos, one tea each, March to August.")
    p.item("pinterest-pins", "Pinterest: new pins for the test", "social-post", "pinterest",
           None, "aiko", "in-progress", "2027-04-17", None, None, "FREQ=WEEKLY;BYDAY=SA;COUNT=7",
           [], "Five pins a week: tea corners, teaware, gift ideas.")
    p.item("advent-stories", "Advent calendar door of the day", "social-post", "instagram",
           "christmas", "aiko", "idea", "2027-12-01", "08:00", None, "FREQ=DAILY;COUNT=24", [],
           "Story with the tea behind today's door.")
    p.item("estate-letter", "Estate story video", "video", "blog", None, "jonas", "planned",
           "2027-04-28", None, None, "FREQ=MONTHLY;BYDAY=-1WE;UNTIL=20271130", [],
           "Short portraits from the six estates, last Wednesday of the month.")

    # One-off items: (key, title, type, channel, campaign, owner, status, date, time, duration)
    one_offs = [
        # January: launch
        ("launch-email", "Launch email: Brightleaf is open", "email", "newsletter", "launch",
         "maya", "published", "2027-01-11", "08:00", None),
        ("launch-press", "Press release: Brightleaf Tea opens its online shop",
         "press-release", "pr", "launch", "maya", "published", "2027-01-11", None, None),
        ("launch-carousel", "Instagram launch carousel", "social-post", "instagram", "launch",
         "aiko", "published", "2027-01-11", "12:00", None),
        ("launch-search", "Google Ads: launch search campaign", "other", "google-ads", "launch",
         "lucas", "published", "2027-01-11", None, None),
        ("blog-loose-leaf", "Blog: Why loose leaf beats tea bags", "blog-post", "blog", "launch",
         "jonas", "published", "2027-01-12", None, None),
        ("welcome-series", "Welcome email series (3 emails)", "email", "newsletter", "launch",
         "maya", "published", "2027-01-15", None, None),
        ("insta-ads-set", "Instagram ads: first-order creatives", "banner", "instagram",
         "launch", "aiko", "published", "2027-01-18", None, None),
        # February
        ("display-creatives", "Display banners: test creatives in five sizes", "banner",
         "display", "launch", "lucas", "published", "2027-02-01", None, None),
        ("blog-matcha", "Blog: Matcha 101 — grades, whisking, storing", "blog-post", "blog",
         "launch", "jonas", "published", "2027-02-02", None, None),
        ("valentine-post", "Valentine's Day: tea for two", "social-post", "instagram", "launch",
         "aiko", "published", "2027-02-09", "09:30", None),
        ("valentine-email", "Email: Tea for two gift set", "email", "newsletter", "launch",
         "maya", "published", "2027-02-10", "07:00", None),
        ("affiliate-kit", "Affiliate kit for tea bloggers", "other", "affiliates", "launch",
         "lucas", "published", "2027-02-15", None, None),
        ("sourcing-video", "Video: How we source our sencha", "video", "instagram", "launch",
         "aiko", "published", "2027-02-24", None, None),
        # March
        ("blog-spring", "Blog: Seven teas for spring", "blog-post", "blog", "launch", "jonas",
         "published", "2027-03-09", None, None),
        ("easter-email", "Email: Easter gift box", "email", "newsletter", "launch", "maya",
         "published", "2027-03-16", "07:00", None),
        ("test-review", "Q1 test review with the team", "other", None, "launch", "maya",
         "published", "2027-03-31", "14:00", 90),
        # April
        ("press-kit", "Press kit and founder story pitch", "press-release", "pr", None, "maya",
         "ready", "2027-04-06", None, None),
        ("blog-first-flush", "Blog: First-flush Darjeeling explained", "blog-post", "blog", None,
         "jonas", "in-progress", "2027-04-13", None, None),
        ("pinterest-creatives", "Pinterest test: pin set 'Tea corner ideas'", "banner",
         "pinterest", None, "aiko", "ready", "2027-04-15", None, None),
        ("first-flush-email", "Email: First flush has landed", "email", "newsletter", None,
         "maya", "in-progress", "2027-04-20", "07:00", None),
        ("podcast", "Podcast interview: The Slow Living Show", "other", "pr", None, "maya",
         "planned", "2027-04-22", "15:00", 60),
        # May
        ("magazine-pitch", "Magazine feature pitch: first-flush teas", "press-release", "pr",
         None, "maya", "in-progress", "2027-05-03", None, None),
        ("mothers-day", "Email: Mother's Day gift guide", "email", "newsletter", None, "maya",
         "planned", "2027-05-04", "07:00", None),
        ("blog-cold-brew", "Blog: Cold-brew tea at home", "blog-post", "blog", "summer", "jonas",
         "planned", "2027-05-18", None, None),
        ("giveaway", "Instagram giveaway with @teaandbooks", "social-post", "instagram",
         "summer", "aiko", "planned", "2027-05-20", "12:00", None),
        # June
        ("summer-email", "Email: The iced-tea collection is here", "email", "newsletter",
         "summer", "maya", "planned", "2027-06-01", "07:00", None),
        ("summer-ads", "Google Ads: iced-tea ad group and sitelinks", "banner", "google-ads",
         "summer", "lucas", "planned", "2027-06-01", None, None),
        ("iced-video", "Video: Three iced teas in five minutes", "video", "instagram", "summer",
         "aiko", "planned", "2027-06-03", None, None),
        ("blog-iced", "Blog: Iced-tea recipes for hot days", "blog-post", "blog", "summer",
         "jonas", "planned", "2027-06-15", None, None),
        ("farmers-market", "Summer tasting at the Ottensen farmers' market", "event", "events",
         "summer", "maya", "planned", "2027-06-19", "10:00", 360),
        # July
        ("ugc-reel", "Reel: your iced teas (customer videos)", "video", "instagram", "summer",
         "aiko", "idea", "2027-07-08", None, None),
        ("blog-sleep", "Blog: Tea and sleep — what the research says", "blog-post", "blog",
         None, "jonas", "idea", "2027-07-13", None, None),
        ("summer-sale", "Email: Summer sale, 15 % on iced teas", "email", "newsletter",
         "summer", "maya", "planned", "2027-07-20", "07:00", None),
        # August
        ("blog-refill", "Blog: Our refill pouches and plastic-free shipping", "blog-post",
         "blog", None, "jonas", "idea", "2027-08-24", None, None),
        ("office-landing", "Landing page: Tea for your office", "other", "seo", None, "jonas",
         "planned", "2027-08-26", None, None),
        ("back-to-work", "Email: Back-to-work bundle", "email", "newsletter", None, "maya",
         "planned", "2027-08-30", "07:00", None),
        # September
        ("autumn-ads", "Google Ads: autumn keywords and budget increase", "other",
         "google-ads", None, "lucas", "planned", "2027-09-01", None, None),
        ("autumn-email", "Email: Autumn collection", "email", "newsletter", None, "maya",
         "planned", "2027-09-07", "07:00", None),
        ("blog-chai", "Blog: Chai from scratch", "blog-post", "blog", None, "jonas", "planned",
         "2027-09-14", None, None),
        ("insta-live", "Instagram Live: Ask the tea sommelier", "video", "instagram", None,
         "aiko", "planned", "2027-09-23", "18:00", 45),
        ("office-mailing", "LinkedIn post: Better tea for your office", "social-post", None,
         None, "maya", "idea", "2027-09-28", None, None),
        # October
        ("advent-press", "Press release: The Brightleaf advent calendar", "press-release", "pr",
         "christmas", "maya", "planned", "2027-10-12", None, None),
        ("gift-banners", "Ads: Christmas gift boxes creatives", "banner", "instagram",
         "christmas", "aiko", "planned", "2027-10-15", None, None),
        ("gift-guide", "Blog: Christmas gift guide for tea lovers", "blog-post", "blog",
         "christmas", "jonas", "planned", "2027-10-19", None, None),
        ("advent-email", "Email: Pre-order the advent calendar", "email", "newsletter",
         "christmas", "maya", "planned", "2027-10-26", "07:00", None),
        ("chai-halloween", "Spiced chai for Halloween", "social-post", "instagram", None, "aiko",
         "idea", "2027-10-29", "17:00", None),
        # November
        ("corporate-mailing", "Email: Corporate gifts for 50 Hamburg firms", "email",
         "newsletter", "christmas", "maya", "planned", "2027-11-09", None, None),
        ("wrapping-video", "Video: Wrapping our gift boxes", "video", "instagram", "christmas",
         "aiko", "planned", "2027-11-18", None, None),
        ("black-week-email", "Email: Black Week gift sets", "email", "newsletter", "christmas",
         "maya", "planned", "2027-11-22", "07:00", None),
        ("black-friday-post", "Black Friday: why we don't discount our tea", "social-post",
         "instagram", "christmas", "aiko", "idea", "2027-11-26", "09:30", None),
        ("market-winterzauber", "Tasting stand at Winterzauber market", "event", "events",
         "christmas", "maya", "planned", "2027-11-27", "11:00", 480),
        # December
        ("market-ottensen", "Tasting stand at the Ottensen Christmas market", "event", "events",
         "christmas", "maya", "planned", "2027-12-04", "11:00", 480),
        ("tasting-evening", "Christmas tasting evening in the studio", "event", "events",
         "christmas", "maya", "idea", "2027-12-11", "17:00", 180),
        ("last-order-email", "Email: Last orders for Christmas", "email", "newsletter",
         "christmas", "maya", "planned", "2027-12-17", "07:00", None),
        ("thank-you-email", "Email: Thank you and a look at 2028", "email", "newsletter", None,
         "maya", "idea", "2027-12-28", None, None),
        ("blog-year", "Blog: Our year in tea", "blog-post", "blog", None, "jonas", "idea",
         "2027-12-29", None, None),
    ]
    for key, title, type_, channel, campaign, owner, status, when, time, duration in one_offs:
        p.item(key, title, type_, channel, campaign, owner, status, when, time, duration)

    # -- KPIs ----------------------------------------------------------------------------
    months = month_keys(2027, 1, 12)

    def targets(values):
        assert len(values) == 12
        return list(zip(months, values))

    def actuals(values):
        return [(month_end(m), v) for m, v in zip(months, values)]

    p.kpi("organic-traffic", "seo", "Organic traffic", "visits", "higher",
          targets([1800, 2200, 2600, 2900, 3100, 3300, 3400, 3500, 3700, 3900, 4200, 4500]),
          actuals([1650, 2120, 2710]))
    p.kpi("open-rate", "newsletter", "Email open rate", "%", "higher",
          targets([45, 44, 43, 42, 42, 41, 40, 40, 40, 40, 40, 40]),
          actuals([46.2, 43.8, 41.5]))
    p.kpi("instagram-ctr", "instagram", "Click-through rate", "%", "higher",
          targets([1.0, 1.0, 1.1, 1.1, 1.2, 1.2, 1.2, 1.2, 1.2, 1.3, 1.3, 1.3]),
          actuals([1.12, 1.25, 1.18]))
    p.kpi("gads-cpl", "google-ads", "Cost per lead", "EUR", "lower",
          targets([8, 8, 7.5, 7.5, 7.5, 7, 7, 7, 7, 7, 7, 7]),
          actuals([7.4, 6.8, 6.9]))
    p.kpi("followers", "instagram", "Followers", "followers", "higher",
          targets([800, 1300, 1800, 2300, 2800, 3300, 3700, 4000, 4400, 5000, 5600, 6200]),
          actuals([620, 1140, 1710]))
    p.kpi("subscribers", "newsletter", "Newsletter subscribers", "subscribers", "higher",
          targets([900, 1300, 1700, 2100, 2500, 2900, 3300, 3700, 4200, 4800, 5400, 6000]),
          actuals([980, 1420, 1690]))
    p.kpi("time-on-page", "blog", "Time on page", "seconds", "higher",
          targets([90, 95, 100, 105, 110, 115, 120, 120, 120, 125, 125, 130]),
          actuals([84, 97, 109]))
    # Plan-wide revenue: targets from the base-scenario forecast (rounded to 100 €).
    revenue = [round(row["revenue"], -2) for row in forecast(p.document())["months"]]
    p.kpi("revenue", None, "Revenue", "EUR", "higher", targets(revenue),
          actuals([6240, 8810, 10950]))

    # -- review --------------------------------------------------------------------------
    gads = p.id("channel", "google-ads")
    display_test = p.id("phase", "display-test")
    p.comment("gads-earlier", None, "channels", gads, "Henrik Sørensen",
              "2027-04-08T09:12:00Z",
              "Google Ads beat the target in the test. Could we bring the Christmas scale phase "
              "forward to August and add 2 k€?")
    p.comment("gads-reply", "gads-earlier", "channels", gads, "Maya Lindqvist",
              "2027-04-08T14:40:00Z",
              "I would wait for the roll-out figures from April and May first: CPCs rise in "
              "Q4 and the test was mostly brand keywords. Let's decide in the June review.")
    p.comment("display-stop", None, "rollout", display_test, "Henrik Sørensen",
              "2027-04-09T08:05:00Z",
              "Agree with pausing display. Please note what it would take to try remarketing "
              "instead.", True)

    p.set_approval("in-review", "Maya Lindqvist", "2027-04-07T16:30:00Z",
                   "Updated with the Q1 test results and the roll-out decisions.",
                   [("draft", "Maya Lindqvist", "2026-11-18T10:00:00Z", "First draft."),
                    ("in-review", "Maya Lindqvist", "2026-11-20T10:15:00Z",
                     "Ready for a first look."),
                    ("changes-requested", "Henrik Sørensen", "2026-12-02T15:20:00Z",
                     "Add stop rules and budgets for each paid test."),
                    ("approved", "Henrik Sørensen", "2026-12-14T11:00:00Z",
                     "Approved for the launch. Revisit after Q1.")])
    return p.document()


# --------------------------------------------------------------------------------------------
# 2. Template: Product launch
# --------------------------------------------------------------------------------------------

def product_launch_template():
    p = PlanBuilder("template/product-launch")
    p.set_settings("Product launch", "", "EUR", "2027-01", 12, 0.6, 0.2)
    # The business plan's parts start empty: the editor shows each part's question as
    # placeholder text (BusinessPlanPage::sections()), which is never printed or counted.
    p.set_empty_texts()

    p.segment("early-adopters", "Early adopters",
              "Want the newest solution first; tolerate rough edges; share what they find.",
              50000, 120, 0.4, 0.02,
              "Replace the numbers with your own estimate: how many, how much they spend a "
              "year on this kind of product.")
    p.segment("mainstream", "Mainstream buyers",
              "Want proof that it works, good reviews, easy returns.",
              800000, 80, 0.25, 0.003,
              "They usually buy after reviews and recommendations appear.")
    p.persona("erik", "Early-adopter Erik", "early-adopters",
              "Likes to be first; enjoys trying and recommending new products.",
              "Tech news, crowdfunding, forums, YouTube reviews.",
              "Clear specs, a pre-order discount, a direct line to the team.",
              "Newsletters, Reddit and forums, YouTube, launch platforms.")
    p.persona("paula", "Practical Paula", "mainstream",
              "Wants her problem solved without fuss.",
              "Home, family, practical tips.",
              "Reviews, a money-back guarantee, simple set-up.",
              "Google search, Instagram, recommendations from friends.")
    p.competitor("main", "Main competitor (replace)",
                 "What they sell and to whom.", "Where they are better.",
                 "Where you are better.", "Their prices.", "https://www.example.com")
    p.member("lead", "Marketing lead", "Owns the plan, the budget and the launch", 40)
    p.member("content", "Content creator", "Landing page, posts, videos and emails", 20)

    p.channel("landing", "Landing page (SEO)", "seo", "content", "planned", "flat",
              visits=1000, lead_rate=0.03, close_rate=0.2, order_value=89,
              notes="Organic visits to the product page once it is indexed.")
    p.channel("email", "Waiting list and launch emails", "email", "lead", "planned", "flat",
              visits=300, lead_rate=0.1, close_rate=0.25, order_value=89)
    p.channel("search", "Paid search", "paid-search", "lead", "planned", "cpc",
              cpc=0.9, lead_rate=0.06, close_rate=0.25, order_value=89, target_cpl=20)
    p.channel("social-ads", "Social ads", "social", "content", "planned", "cpm",
              cpm=7, ctr=0.009, lead_rate=0.05, close_rate=0.2, order_value=89, target_cpl=20)
    p.channel("reviewers", "Review sites and affiliates", "affiliate", "lead", "planned", "cpc",
              cpc=0.6, lead_rate=0.05, close_rate=0.25, order_value=89, target_cpl=15)

    p.phase("landing", "landing", "Landing page live", "rollout", "2027-02-01", "2027-12-31",
            3000, notes="Writing, design and SEO for the product page.")
    p.phase("email", "email", "Waiting list and launch sequence", "rollout", "2027-02-01",
            "2027-12-31", 1200)
    p.phase("search-test", "search", "Paid search test", "test", "2027-03-01", "2027-03-31",
            1500, notes="Record the actual spend, revenue and leads when the test ends.")
    p.phase("social-test", "social-ads", "Social ads test", "test", "2027-03-01", "2027-03-31",
            1500, notes="Two audiences, three creatives.")
    p.phase("reviewers-test", "reviewers", "Review sites test", "test", "2027-03-15",
            "2027-04-30", 1000)

    p.fixed_cost("tools", "Landing page and email tools", 49, "2027-01")

    p.campaign("launch", "Launch", "Describe the launch goal, e.g. 500 pre-orders by the end "
               "of April.", "2027-02-15", "2027-04-30", "#7c3aed", 6000)
    launch = [
        ("teaser", "Teaser post: something new is coming", "social-post", "social-ads",
         "content", "2027-02-16", None, None, ""),
        ("waitlist", "Email: You're on the list", "email", "email", "lead", "2027-02-18", None,
         None, ""),
        ("press", "Press release: the launch", "press-release", None, "lead", "2027-03-02",
         None, None, ""),
        ("launch-email", "Email: It's here — launch offer", "email", "email", "lead",
         "2027-03-02", "08:00", None, ""),
        ("video", "Launch video: the product in 60 seconds", "video", "social-ads", "content",
         "2027-03-02", None, None, ""),
        ("how-it-works", "Blog: How it works", "blog-post", "landing", "content", "2027-03-04",
         None, None, ""),
        ("weekly-post", "Launch week post", "social-post", "social-ads", "content",
         "2027-03-03", "12:00", None, "FREQ=WEEKLY;BYDAY=WE;COUNT=8"),
        ("banner", "Ad creatives for the tests", "banner", "search", "lead", "2027-02-26", None,
         None, ""),
        ("webinar", "Live demo and Q&A", "event", None, "lead", "2027-03-10", "18:00", 60, ""),
        ("reviews", "Email: What the first reviewers say", "email", "email", "lead",
         "2027-03-23", "08:00", None, ""),
        ("last-call", "Email: Launch offer ends Friday", "email", "email", "lead", "2027-04-26",
         "08:00", None, ""),
    ]
    for key, title, type_, channel, owner, when, time, duration, rule in launch:
        p.item(key, title, type_, channel, "launch", owner, "idea", when, time, duration, rule)

    months = month_keys(2027, 1, 12)
    p.kpi("preorders", None, "Pre-orders and orders", "orders", "higher",
          list(zip(months, [0, 50, 200, 150, 80, 80, 80, 80, 90, 100, 120, 150])))
    p.kpi("search-cpl", "search", "Cost per lead", "EUR", "lower",
          list(zip(months, [0, 0, 20, 20, 18, 18, 18, 18, 18, 18, 18, 18])))
    return p.document()


# --------------------------------------------------------------------------------------------
# 3. Template: Local shop (a neighbourhood bakery and café)
# --------------------------------------------------------------------------------------------

def local_shop_template():
    p = PlanBuilder("template/local-shop")
    p.set_settings("Local shop", "", "EUR", "2027-01", 12, 0.65, 0.0)
    # The business plan's parts start empty: the editor shows each part's question as
    # placeholder text (BusinessPlanPage::sections()), which is never printed or counted.
    p.set_empty_texts()

    p.segment("neighbours", "Neighbours within 1 km",
              "Fresh bread and pastries close by, good coffee, a friendly place.",
              6000, 180, 0.6, 0.15, "Households in walking distance; adjust to your area.")
    p.segment("commuters", "Commuters and office workers",
              "A quick breakfast or lunch on the way; card payment; no queue.",
              3000, 120, 0.5, 0.1)
    p.segment("parties", "Party and event orders",
              "Cakes and platters ordered a few days ahead, reliable pick-up.",
              800, 150, 0.5, 0.1)
    p.persona("neighbour", "Neighbour Nora", "neighbours",
              "Likes knowing the people who make her food.",
              "Local events, cooking, her children's school.",
              "Opening hours, weekend pre-orders, seasonal specials.",
              "Google Maps, Instagram, the neighbourhood WhatsApp group, flyers at home.")
    p.persona("commuter", "Commuter Kemal", "commuters",
              "Wants breakfast in two minutes on the way to the train.",
              "Football, podcasts.", "Speed, card payment, a coffee-and-roll deal.",
              "Google Maps on his phone, the shop window, a coupon.")
    p.competitor("chain", "Bakery chain around the corner (replace)",
                 "Standard range, long opening hours.", "Price, opening hours.",
                 "Baked elsewhere, less personal.", "Roll 0.45 €, coffee 2.20 €.",
                 "https://www.example.com")
    p.member("owner", "Owner", "Runs the shop and the marketing", 6)
    p.member("assistant", "Shop assistant", "Photos, posts and the newsletter", 4)

    p.channel("local-seo", "Google Business Profile and local SEO", "seo", "owner",
              "rolled-out", "flat", visits=600, lead_rate=0.25, close_rate=0.4, order_value=12,
              notes="Visits are profile actions: calls, directions, website clicks.")
    p.channel("social", "Instagram and Facebook", "social", "assistant", "rolled-out", "flat",
              visits=300, lead_rate=0.2, close_rate=0.4, order_value=12)
    p.channel("newsletter", "Customer newsletter", "email", "assistant", "planned", "flat",
              visits=150, lead_rate=0.25, close_rate=0.5, order_value=14,
              notes="Sign-up sheet at the till and on the website.")
    p.channel("flyers", "Flyers with a coupon", "print", "owner", "planned", "cpm",
              cpm=60, ctr=0.015, lead_rate=0.8, close_rate=0.9, order_value=11,
              notes="Cost per 1,000 flyers printed and delivered; the click-through rate is "
                    "the share of coupons brought back.")
    p.channel("events", "Street festival and Christmas market", "events", "owner", "planned",
              "flat", visits=600, lead_rate=0.25, close_rate=0.6, order_value=10)

    p.phase("local-seo", "local-seo", "Profile, photos and reviews", "rollout", "2027-01-01",
            "2027-12-31", 1200, notes="Photographer, review cards at the till.")
    p.phase("social", "social", "Weekly posts and a few boosts", "rollout", "2027-01-01",
            "2027-12-31", 900)
    p.phase("newsletter", "newsletter", "Monthly newsletter", "rollout", "2027-02-01",
            "2027-12-31", 300)
    p.phase("flyers-test", "flyers", "Flyer test: 3,000 flyers", "test", "2027-03-01",
            "2027-03-31", 180, notes="Record coupons brought back as leads.")
    p.phase("festival", "events", "Street festival", "rollout", "2027-06-12", "2027-06-13", 400)
    p.phase("christmas-market", "events", "Christmas market", "rollout", "2027-12-03",
            "2027-12-19", 600)

    p.fixed_cost("website", "Website and online pre-orders", 25, "2027-01")

    p.campaign("spring", "Spring coupon", "100 new customers with the flyer coupon.",
               "2027-03-01", "2027-03-31", "#16a34a", 250)
    p.campaign("festival", "Street festival", "Be seen by 2,000 people; 150 newsletter "
               "sign-ups.", "2027-06-01", "2027-06-13", "#0284c7", 450)
    p.campaign("christmas", "Christmas pre-orders", "200 pre-orders of Christmas cakes and "
               "stollen.", "2027-11-15", "2027-12-23", "#c2410c", 700)

    p.item("bread-of-the-week", "Bread of the week", "social-post", "social", None,
           "assistant", "planned", "2027-01-08", "07:30", None, "FREQ=WEEKLY;BYDAY=FR", [],
           "One photo from the oven, the price, the story of the bread.")
    p.item("newsletter", "Monthly newsletter", "email", "newsletter", None, "assistant",
           "planned", "2027-02-04", None, None, "FREQ=MONTHLY;BYDAY=1TH", [],
           "Seasonal specials, dates, one recipe.")
    p.item("profile-update", "Update Google profile photos and hours", "other", "local-seo",
           None, "owner", "planned", "2027-01-01", None, None, "FREQ=MONTHLY;BYMONTHDAY=1", [],
           "Holiday hours, new photos, answer new reviews.")
    p.item("weekend-story", "Saturday behind-the-scenes story", "social-post", "social", None,
           "assistant", "idea", "2027-01-09", "06:30", None, "FREQ=WEEKLY;BYDAY=SA",
           ["2027-08-07", "2027-08-14", "2027-12-25"],
           "Closed for holidays in August and on Christmas Day.")
    one_offs = [
        ("flyer-design", "Design the coupon flyer", "other", "flyers", "spring", "owner",
         "2027-02-15", None, None),
        ("flyer-drop", "Flyer drop in the neighbourhood", "other", "flyers", "spring", "owner",
         "2027-03-01", None, None),
        ("easter", "Easter bakes post", "social-post", "social", None, "assistant",
         "2027-03-24", None, None),
        ("festival-post", "Post: See you at the street festival", "social-post", "social",
         "festival", "assistant", "2027-06-07", None, None),
        ("festival", "Street festival stand", "event", "events", "festival", "owner",
         "2027-06-12", "10:00", 480),
        ("autumn", "Autumn specials email", "email", "newsletter", None, "assistant",
         "2027-09-16", None, None),
        ("christmas-email", "Email: Order your Christmas stollen", "email", "newsletter",
         "christmas", "assistant", "2027-11-18", None, None),
        ("christmas-market", "Christmas market stand", "event", "events", "christmas",
         "owner", "2027-12-03", "14:00", 360),
        ("christmas-hours", "Post: Christmas opening hours", "social-post", "social",
         "christmas", "assistant", "2027-12-17", None, None),
    ]
    for key, title, type_, channel, campaign, owner, when, time, duration in one_offs:
        p.item(key, title, type_, channel, campaign, owner, "idea", when, time, duration)

    months = month_keys(2027, 1, 12)
    p.kpi("profile-views", "local-seo", "Google profile views", "views", "higher",
          list(zip(months, [2500, 2600, 2800, 3000, 3200, 3400, 3400, 3000, 3400, 3500, 3700,
                            4200])))
    p.kpi("subscribers", "newsletter", "Newsletter subscribers", "subscribers", "higher",
          list(zip(months, [0, 40, 80, 110, 140, 170, 250, 260, 290, 320, 360, 400])))
    p.kpi("coupons", "flyers", "Coupons redeemed", "coupons", "higher",
          list(zip(months, [0, 0, 40, 10, 0, 0, 0, 0, 0, 0, 0, 0])))
    return p.document()


# --------------------------------------------------------------------------------------------

def write(name, doc):
    path = PLANS_DIR / name
    with open(path, "w", encoding="utf-8") as out:
        json.dump(doc, out, indent=4, ensure_ascii=False)
        out.write("\n")
    return path


def main(argv):
    plans = [("sample.json", sample_plan()),
             ("product-launch.json", product_launch_template()),
             ("local-shop.json", local_shop_template())]
    for name, doc in plans:
        path = write(name, doc)
        print("wrote", path)
        if "--report" in argv:
            report(name, doc)


if __name__ == "__main__":
    main(sys.argv[1:])
