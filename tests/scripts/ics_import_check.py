"""Cross-checks the calendar import with another implementation: Debian's python3-icalendar
and python3-dateutil (with pytz, which icalendar 4 uses for zones).

For each .ics file of DATA_DIR, in each plan time zone listed below, the file is imported by
the real application into an empty plan (campaign-planner --import-ics, with TZ set to the
plan's zone) and the plan's calendar listed with --export-csv (one row per date in the
horizon: date, time, title). Python reads the same file: every VEVENT's DTSTART expanded with
dateutil's rrulestr(forceset=True), its EXDATEs removed and RDATEs added, changed occurrences
(RECURRENCE-ID) replacing the original date or, when cancelled, only removing it; naive
occurrences localized in the event's zone (TZID, or the VTIMEZONE that icalendar builds for a
Windows or made-up zone name) and converted to the plan's zone; floating times and dates kept
as written. Both lists must be the same.

The plan keeps one time of day for a whole series, so a series is checked only in zones that
change their clocks on the same days as the series' own (see docs/calendar.md).

Usage: ics_import_check.py CAMPAIGN_PLANNER DATA_DIR. Exit 0 when all agree, 1 when not,
77 (skipped) when a Python module is missing."""
import csv
import datetime
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import icalendar
    import pytz
    from dateutil import rrule
except ImportError as missing:
    print('skipped:', missing)
    sys.exit(77)

# File -> the plan zones it is checked in.
ZONES = {
    'rules.ics': ['Europe/Berlin', 'America/New_York'],
    'zones.ics': ['America/New_York'],
    'overrides.ics': ['America/New_York', 'America/Toronto'],
    'outlook.ics': ['Europe/Berlin', 'Europe/Paris'],
}
START = datetime.date(2026, 1, 1)  # the plan's horizon: January 2026 ...
MONTHS = 36                        # ... to December 2028
END = datetime.date(2028, 12, 31)


def run(binary, arguments, zone):
    environment = dict(os.environ, TZ=zone, LC_ALL='C.UTF-8', LANG='C.UTF-8', QT_QPA_PLATFORM='offscreen')
    done = subprocess.run([binary] + arguments, env=environment, capture_output=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError('%s failed (%d): %s' % (' '.join(arguments), done.returncode, done.stderr.decode()))
    return done.stdout.decode()


def app_rows(binary, ics, zone, folder):
    plan_json = os.path.join(folder, 'plan.json')
    plan = os.path.join(folder, 'plan.cplan')
    if os.path.exists(plan):
        os.remove(plan)
    with open(plan_json, 'w', encoding='utf-8') as handle:
        json.dump({'format': 'campaign-planner', 'version': 1,
                   'settings': {'name': 'ICS check', 'currency': 'EUR', 'startMonth': START.strftime('%Y-%m'),
                                'months': MONTHS}}, handle)
    run(binary, ['--import-json', plan_json, plan], zone)
    run(binary, ['--import-ics', ics, plan], zone)
    table = csv.DictReader(io.StringIO(run(binary, ['--export-csv', '-', plan], zone)))
    return sorted((row['date'], row['time'], row['title']) for row in table)


def wall(value, zone):
    """A DTSTART/RDATE/EXDATE/RECURRENCE-ID value as a naive date-time in `zone` (None: floating)."""
    if not isinstance(value, datetime.datetime):
        return datetime.datetime(value.year, value.month, value.day)
    if value.tzinfo is not None and zone is not None:
        value = value.astimezone(zone)
    return value.replace(tzinfo=None)


def values(event, name):
    found = event.get(name)
    if found is None:
        return []
    entries = found if isinstance(found, list) else [found]
    result = []
    for entry in entries:
        for item in entry.dts:
            # A PERIOD is (start, end or duration): its start is the date.
            result.append(item.dt[0] if isinstance(item.dt, tuple) else item.dt)
    return result


def python_rows(path, zone_name):
    plan_zone = pytz.timezone(zone_name)
    with open(path, 'rb') as handle:
        calendars = icalendar.Calendar.from_ical(handle.read(), multiple=True)
    events = [event for calendar in calendars for event in calendar.walk('VEVENT') if event.get('dtstart') is not None]
    changed = {}  # uid -> [(original wall time, override event)]
    for event in events:
        if event.get('recurrence-id') is not None:
            changed.setdefault(str(event.get('uid')), []).append(event)
    rows = []

    def add(when, zone, timed, title):
        if not timed:
            day, time = when.date(), ''
        else:
            if zone is not None:
                local = (zone.localize(when) if hasattr(zone, 'localize') else when.replace(tzinfo=zone)).astimezone(plan_zone)
            else:
                local = when  # floating: as written
            day, time = local.date(), local.strftime('%H:%M')
        if START <= day <= END:
            rows.append((day.isoformat(), time, title))

    for event in events:
        if event.get('recurrence-id') is not None:
            if str(event.get('status', '')).upper() != 'CANCELLED':
                start = event.get('dtstart').dt
                zone = start.tzinfo if isinstance(start, datetime.datetime) else None
                add(wall(start, zone), zone, isinstance(start, datetime.datetime), str(event.get('summary')))
            continue
        start = event.get('dtstart').dt
        timed = isinstance(start, datetime.datetime)
        zone = start.tzinfo if timed else None
        dtstart = wall(start, zone)
        occurrences = rrule.rruleset()
        if event.get('rrule') is not None:
            occurrences = rrule.rrulestr(event.get('rrule').to_ical().decode(), dtstart=dtstart, forceset=True)
        else:
            occurrences.rdate(dtstart)
        for extra in values(event, 'rdate'):
            occurrences.rdate(wall(extra, zone))
        for skipped in values(event, 'exdate'):
            occurrences.exdate(wall(skipped, zone))
        for override in changed.get(str(event.get('uid')), []):
            occurrences.exdate(wall(override.get('recurrence-id').dt, zone))
        window = (datetime.datetime.combine(START, datetime.time()) - datetime.timedelta(days=2),
                  datetime.datetime.combine(END, datetime.time()) + datetime.timedelta(days=3))
        for when in occurrences.between(window[0], window[1], inc=True):
            add(when, zone, timed, str(event.get('summary')))
    return sorted(rows)


def main(binary, folder):
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        for name in sorted(ZONES):
            path = os.path.join(folder, name)
            for zone in ZONES[name]:
                expected = python_rows(path, zone)
                actual = app_rows(binary, path, zone, work)
                if actual == expected:
                    print('%s in %s: %d dates agree' % (name, zone, len(actual)))
                    continue
                failures += 1
                print('%s in %s: the application and python-dateutil disagree' % (name, zone))
                for row in sorted(set(expected) - set(actual)):
                    print('  only Python:      ', row)
                for row in sorted(set(actual) - set(expected)):
                    print('  only the planner: ', row)
    return 1 if failures else 0


if __name__ == '__main__':
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
