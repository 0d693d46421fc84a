"""Reads an iCalendar file with Python's icalendar and python-dateutil (Debian's
python3-icalendar and python3-dateutil) and prints, as JSON, every occurrence of every event
from FROM to TO (inclusive, YYYY-MM-DD): [[date, time, title], ...], time "HH:MM" or "".

Usage: ics_occurrences.py FILE FROM TO. Exit status 3 when a module is missing."""
import datetime
import json
import sys

try:
    import icalendar
    from dateutil import rrule
except ImportError as missing:
    print(missing, file=sys.stderr)
    sys.exit(3)


def as_datetime(value):
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    return datetime.datetime(value.year, value.month, value.day)


def excluded_dates(event):
    found = event.get('exdate')
    if found is None:
        return set()
    lists = found if isinstance(found, list) else [found]
    return {as_datetime(item.dt).date() for entry in lists for item in entry.dts}


def main(path, first, last):
    with open(path, 'rb') as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    start_of_window = datetime.datetime.strptime(first, '%Y-%m-%d')
    end_of_window = datetime.datetime.strptime(last, '%Y-%m-%d').replace(hour=23, minute=59, second=59)
    rows = []
    for event in calendar.walk('VEVENT'):
        start = event.get('dtstart').dt
        timed = isinstance(start, datetime.datetime)
        dtstart = as_datetime(start)
        title = str(event.get('summary'))
        if event.get('rrule') is not None:
            text = event.get('rrule').to_ical().decode()
            dates = rrule.rrulestr(text, dtstart=dtstart).between(start_of_window, end_of_window, inc=True)
        else:
            dates = [dtstart] if start_of_window <= dtstart <= end_of_window else []
        skip = excluded_dates(event)
        for when in dates:
            if when.date() in skip:
                continue
            rows.append([when.strftime('%Y-%m-%d'), when.strftime('%H:%M') if timed else '', title])
    json.dump(rows, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(*sys.argv[1:4])
