#!/usr/bin/python3
"""The running application as a screen reader sees it, over AT-SPI.

Started by atspi_check.sh (Xvfb, a session bus, the accessibility bus and campaign-planner on
a copy of the sample plan). It finds the application on the accessibility bus, then:
  1. on each of the nine pages (Ctrl+1 … Ctrl+9) every control that is showing has a name;
  2. the calendar's items of the month shown and the roll-out timeline's bars are found by
     the titles the sample plan gives them;
  3. a calendar item moved a day later with Ctrl+Right reads its new date, and Ctrl+Z brings
     it back.
Exits 0 when all holds, 1 with one line per problem otherwise.
"""
import argparse
import datetime
import json
import subprocess
import sys
import time

import pyatspi

PAGES = ["overview", "business", "market", "channels", "rollout", "calendar", "forecast", "kpis", "review"]

# Roles a person operates; each must have a name.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_CHART,
    pyatspi.ROLE_CANVAS, pyatspi.ROLE_DATE_EDITOR,
}
# Containers whose rows and cells are data, named by their content: not walked (thousands of cells).
DATA_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST_BOX}


def fail(message):
    print("atspi_check: FAILED: " + message, flush=True)
    sys.exit(1)


def wait_for(what, probe, timeout=20.0, step=0.2):
    """probe() until it returns something true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = probe()
        except Exception as error:  # the tree changes under us while the page switches
            value = None
            last_error = error
        else:
            last_error = None
        if value:
            return value
        if time.monotonic() > deadline:
            fail(f"timed out waiting for {what}" + (f" ({last_error})" if last_error else ""))
        time.sleep(step)


def states(acc):
    return acc.getState()


def is_showing(acc):
    s = states(acc)
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def children(acc):
    try:
        return [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:
        return []


def walk_showing(acc, depth=0):
    """Every showing object under acc; the rows and cells of tables and lists are left out."""
    if depth > 60 or acc is None:
        return
    yield acc
    if acc.getRole() in DATA_ROLES:
        return
    for child in children(acc):
        if child is not None and is_showing(child):
            yield from walk_showing(child, depth + 1)


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def main_window(app):
    for frame in children(app):
        if frame is not None and frame.getRole() == pyatspi.ROLE_FRAME and is_showing(frame):
            return frame
    return None


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True)


def press(keys, window_id):
    """Keys as a person types them, into the application's window."""
    xdotool("windowfocus", "--sync", window_id)
    xdotool("key", "--clearmodifiers", keys)


def find(root, predicate):
    for acc in walk_showing(root):
        if predicate(acc):
            return acc
    return None


def named_list(window, prefix):
    return find(window, lambda a: a.getRole() == pyatspi.ROLE_LIST and a.name.startswith(prefix))


def long_date(day):
    # What the application shows under the C locale (QLocale::LongFormat): "Tuesday, 12 January 2027".
    return f"{day:%A}, {day.day} {day:%B} {day.year}"


def do_action(acc, name):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == name:
            return action.doAction(i)
    fail(f"'{acc.name}' has no action {name}")


def describe(acc):
    """Where an object is, for a person fixing it: its neighbours' names, its place and what it shows."""
    parts = []
    parent = acc.parent
    if parent is not None:
        siblings = children(parent)
        index = next((i for i, c in enumerate(siblings) if c == acc), -1)
        before = [c.name for c in siblings[max(0, index - 2):index] if c is not None and c.name]
        parts.append(f"in {parent.getRoleName()} '{parent.name}'" + (f" after {before}" if before else ""))
    try:
        box = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        parts.append(f"at {box.x},{box.y} {box.width}x{box.height}")
    except Exception:
        pass
    try:
        text = acc.queryText()
        parts.append(f"showing '{text.getText(0, min(40, text.characterCount))}'")
    except Exception:
        pass
    return ", ".join(parts)


def check_names(window, window_id):
    """Every showing control on each page has a name; returns {page: count}."""
    counts = {}
    problems = []
    for number, page in enumerate(PAGES, start=1):
        press(f"ctrl+{number}", window_id)
        time.sleep(0.6)  # the page is shown and laid out
        controls = 0
        for acc in walk_showing(window):
            role = acc.getRole()
            focusable = states(acc).contains(pyatspi.STATE_FOCUSABLE)
            if role not in CONTROL_ROLES and not (focusable and role not in (pyatspi.ROLE_FRAME, pyatspi.ROLE_PANEL,
                                                                              pyatspi.ROLE_FILLER, pyatspi.ROLE_SCROLL_PANE)):
                continue
            if role == pyatspi.ROLE_TEXT and not states(acc).contains(pyatspi.STATE_EDITABLE) and not focusable:
                continue  # read-only text shown as a label
            controls += 1
            if not acc.name.strip():
                problems.append(f"{page}: a {acc.getRoleName()} without a name: {describe(acc)}")
        counts[page] = controls
    for problem in problems:
        print("atspi_check: " + problem)
    if problems:
        fail(f"{len(problems)} controls without an accessible name")
    return counts


def check_calendar(window, window_id, plan):
    press("ctrl+6", window_id)
    month = wait_for("the month calendar", lambda: named_list(window, "Month calendar"))
    period = find(window, lambda a: a.getRole() == pyatspi.ROLE_LABEL and _month_of(a.name))
    if period is None:
        fail("the calendar's period label (e.g. 'January 2027') was not found")
    year, number = _month_of(period.name)
    names = [c.name for c in children(month)]
    expected = [item for item in plan["content"] if not item.get("recurrence")
                and datetime.date.fromisoformat(item["date"]).timetuple()[:2] == (year, number)]
    if not expected:
        fail(f"the sample has no one-off items in {period.name}; the check needs some")
    for item in expected:
        day = datetime.date.fromisoformat(item["date"])
        prefix = f"{item['title']}, {long_date(day)}"
        if not any(name.startswith(prefix) for name in names):
            fail(f"calendar item '{prefix}' not found among {len(names)} items: {names[:8]} …")
    print(f"atspi_check: calendar ({period.name}): {len(names)} items exposed, the {len(expected)} one-off items "
          f"of the month found by title and date", flush=True)

    # Move a one-off item a day later with the keyboard, then undo.
    item = next(i for i in expected if is_showing(_item(month, i["title"])))
    day = datetime.date.fromisoformat(item["date"])
    chip = _item(month, item["title"])
    do_action(chip, "SetFocus")
    wait_for("the item to be selected", lambda: _item(month, item["title"]).getState().contains(pyatspi.STATE_SELECTED))
    press("ctrl+Right", window_id)
    later = f"{item['title']}, {long_date(day + datetime.timedelta(days=1))}"
    wait_for(f"'{later}' after Ctrl+Right", lambda: any(c.name.startswith(later) for c in children(month)))
    press("ctrl+z", window_id)
    back = f"{item['title']}, {long_date(day)}"
    wait_for(f"'{back}' after Ctrl+Z", lambda: any(c.name.startswith(back) for c in children(month)))
    print(f"atspi_check: Ctrl+Right moved '{item['title']}' from {day} to {day + datetime.timedelta(days=1)}, "
          f"Ctrl+Z moved it back", flush=True)


def _item(month, title):
    for child in children(month):
        if child.name.startswith(title + ", "):
            return child
    return None


def _month_of(text):
    try:
        parsed = datetime.datetime.strptime(text.strip(), "%B %Y")
    except ValueError:
        return None
    return parsed.year, parsed.month


def check_timeline(window, window_id, plan):
    press("ctrl+5", window_id)
    timeline = wait_for("the roll-out timeline", lambda: named_list(window, "Roll-out timeline"))
    names = [c.name for c in children(timeline)]
    missing = [p["name"] for p in plan["phases"] if not any(n.startswith(p["name"] + ", ") for n in names)]
    if missing:
        fail(f"timeline bars not found by title: {missing}")
    print(f"atspi_check: roll-out timeline: all {len(plan['phases'])} phases found as bars by their titles",
          flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--plan-json", required=True)
    args = parser.parse_args()
    with open(args.plan_json, encoding="utf-8") as f:
        plan = json.load(f)

    app = wait_for("campaign-planner on the accessibility bus", lambda: find_app(args.pid), timeout=40)
    app.set_cache_mask(0)  # read the tree as it is now, not as it was
    window = wait_for("the main window", lambda: main_window(app), timeout=30)
    window_id = wait_for("the window's X id", lambda: subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(args.pid)], capture_output=True, text=True
    ).stdout.split(), timeout=20)[-1]
    print(f"atspi_check: found '{window.name}' (pid {args.pid}) on the accessibility bus", flush=True)

    counts = check_names(window, window_id)
    total = sum(counts.values())
    print(f"atspi_check: {total} controls checked (the side bar and tool bar with each page), each has a name: "
          + ", ".join(f"{page} {count}" for page, count in counts.items()), flush=True)
    check_timeline(window, window_id, plan)
    check_calendar(window, window_id, plan)
    print("atspi_check: OK", flush=True)


if __name__ == "__main__":
    main()
