#include "recurrence.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <initializer_list>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

Date isoDate(const QString &text)
{
    const std::optional<Date> date = parseIsoDate(text);
    return date ? *date : Date();
}

// "September 2,4,6" of the RFC's lists, as ISO dates.
QStringList days(int year, int month, std::initializer_list<int> list)
{
    QStringList dates;
    for (int day : list)
        dates.append(toIsoString(Date(year, month, day)));
    return dates;
}

// "September 2-30", or with a step "September 2,4,6...30".
QStringList dayRange(int year, int month, int first, int last, int step = 1)
{
    QStringList dates;
    for (int day = first; day <= last; day += step)
        dates.append(toIsoString(Date(year, month, day)));
    return dates;
}

QStringList isoStrings(const std::vector<Date> &dates)
{
    QStringList strings;
    for (const Date &date : dates)
        strings.append(toIsoString(date));
    return strings;
}

QStringList expand(const QString &rule, const QString &start, const QString &from, const QString &to,
                   const QStringList &excluded = {}, std::size_t limit = 100000)
{
    const RecurrenceParseResult parsed = parseRecurrenceRule(rule);
    if (!parsed.rule)
        return {QStringLiteral("parse error: ") + parsed.error};
    std::vector<Date> excludedDates;
    for (const QString &date : excluded)
        excludedDates.push_back(isoDate(date));
    return isoStrings(expandOccurrences(*parsed.rule, isoDate(start), isoDate(from), isoDate(to),
                                        excludedDates, limit));
}

QString supportedParts()
{
    return QStringLiteral("the supported parts are FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, "
                          "BYMONTH, BYSETPOS and WKST");
}

// Writes random rules, expands each with python-dateutil and prints
// rule, start, from, to, excluded dates and dateutil's dates, tab-separated.
// Exit code 3: dateutil is missing.
const char *const kDateutilScript = R"PY(
import random, signal, sys
from datetime import date, datetime, timedelta
try:
    from dateutil.rrule import rrulestr
except ImportError:
    sys.exit(3)
count, rnd = int(sys.argv[1]), random.Random(int(sys.argv[2]))
WD = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
def start_date():
    r = rnd.random()
    if r < 0.15: return date(rnd.choice([1996, 2000, 2004, 2024, 2028]), 2, 29)
    if r < 0.30: return date(rnd.randint(1995, 2030), 1, 31)
    if r < 0.38: return date(rnd.randint(1995, 2030), rnd.choice([3, 5, 8, 10, 12]), 31)
    return date(1995, 1, 1) + timedelta(days=rnd.randint(0, 365 * 35))
def rule_text(start):
    freq = rnd.choice(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])
    parts, has_by = ["FREQ=" + freq], False
    wkst = rnd.randrange(7) if rnd.random() < 0.35 else 0
    if rnd.random() < 0.5: parts.append("INTERVAL=%d" % rnd.choice([2, 2, 3, 4, 5, 7, 12, 18]))
    if rnd.random() < 0.2:
        parts.append("BYMONTH=" + ",".join(str(m) for m in rnd.sample(range(1, 13), rnd.randint(1, 4))))
        has_by = True
    if freq != "WEEKLY" and rnd.random() < 0.35:
        days = rnd.sample([d for d in range(-31, 32) if d], rnd.randint(1, 4))
        parts.append("BYMONTHDAY=" + ",".join(map(str, days)))
        has_by = True
    if rnd.random() < 0.45:
        # dateutil intersects plain and numbered weekdays of one BYDAY ("MO,-1FR" gives no
        # dates); RFC 5545 takes their union, so a list here is all plain or all numbered.
        numbered = freq in ("MONTHLY", "YEARLY") and rnd.random() < 0.5
        items = []
        for w in rnd.sample(range(7), rnd.randint(1, 4)):
            in_month = freq == "MONTHLY" or rnd.random() < 0.5
            n = rnd.choice([1, 2, 3, 4, 5, -1, -2, -5] if in_month else [1, 10, 20, 52, 53, -1, -10, -53])
            items.append(("%d" % n if numbered else "") + WD[w])
        parts.append("BYDAY=" + ",".join(items))
        has_by = True
    # dateutil applies BYSETPOS to the first week from DTSTART on, RFC 5545 to the whole week.
    if has_by and rnd.random() < 0.2 and (freq != "WEEKLY" or start.weekday() == wkst):
        parts.append("BYSETPOS=" + ",".join(map(str, rnd.sample([1, 2, 3, -1, -2, 5], rnd.randint(1, 2)))))
    if wkst or rnd.random() < 0.1: parts.append("WKST=" + WD[wkst])
    r = rnd.random()
    if r < 0.3: parts.append("COUNT=%d" % rnd.randint(1, 40))
    elif r < 0.6: parts.append("UNTIL=" + (start + timedelta(days=rnd.randint(-20, 2000))).strftime("%Y%m%d"))
    rnd.shuffle(parts)
    return ";".join(parts)
def give_up(*args): raise TimeoutError()
signal.signal(signal.SIGALRM, give_up)
made = 0
while made < count:
    start = start_date()
    rule = rule_text(start)
    first = start + timedelta(days=rnd.choice([rnd.randint(-200, 30), rnd.randint(0, 700), rnd.randint(0, 3000)]))
    last = first + timedelta(days=rnd.choice([0, 30, 90, 365, 2000]))
    midnight = lambda d: datetime.combine(d, datetime.min.time())
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        rrule = rrulestr(rule, dtstart=midnight(start))
        found = [d.date() for d in rrule.between(midnight(first), midnight(last), inc=True)]
    except (TimeoutError, IndexError):
        continue  # rules that never match make dateutil search until 9999; 53MO may crash it
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    excluded = rnd.sample(found, min(len(found), rnd.randint(1, 3))) + [start] if found and rnd.random() < 0.3 else []
    kept = [d for d in found if d not in excluded]
    print("\t".join([rule, start.isoformat(), first.isoformat(), last.isoformat(),
                     ",".join(d.isoformat() for d in excluded), ",".join(d.isoformat() for d in kept)]))
    made += 1
)PY";

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT
private slots:
    // RFC 5545 §3.8.5.3, with the RFC's DTSTART (date part) and the dates it lists. Where the
    // RFC lists only the first dates of an endless rule, `to` stops after them.
    void rfcExamples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;

        QTest::newRow("daily for 10 occurrences") << u"FREQ=DAILY;COUNT=10"_s << u"1997-09-02"_s
            << u"1999-12-31"_s << none << dayRange(1997, 9, 2, 11);
        // The RFC's events are at 09:00 New York time and its UNTIL=19971224T000000Z is 19:00
        // on 23 December there, so 24 December is not in its list. For date-only items we keep
        // UNTIL's date (see untilDateTimeKeepsTheDate); the same dates come from UNTIL=19971223.
        QTest::newRow("daily until December 24, 1997") << u"FREQ=DAILY;UNTIL=19971223"_s << u"1997-09-02"_s
            << u"1999-12-31"_s << none
            << dayRange(1997, 9, 2, 30) + dayRange(1997, 10, 1, 25) + dayRange(1997, 10, 26, 31)
                + dayRange(1997, 11, 1, 30) + dayRange(1997, 12, 1, 23);
        QTest::newRow("every other day - forever") << u"FREQ=DAILY;INTERVAL=2"_s << u"1997-09-02"_s
            << u"1997-12-03"_s << none
            << dayRange(1997, 9, 2, 30, 2) + dayRange(1997, 10, 2, 24, 2) + days(1997, 10, {26, 28, 30})
                + dayRange(1997, 11, 1, 29, 2) + days(1997, 12, {1, 3});
        QTest::newRow("every 10 days, 5 occurrences") << u"FREQ=DAILY;INTERVAL=10;COUNT=5"_s << u"1997-09-02"_s
            << u"1999-12-31"_s << none << days(1997, 9, {2, 12, 22}) + days(1997, 10, {2, 12});
        const QStringList januaries = dayRange(1998, 1, 1, 31) + dayRange(1999, 1, 1, 31) + dayRange(2000, 1, 1, 31);
        QTest::newRow("every day in January, for 3 years (yearly)")
            << u"FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA"_s
            << u"1998-01-01"_s << u"2002-12-31"_s << none << januaries;
        QTest::newRow("every day in January, for 3 years (daily)") << u"FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1"_s
            << u"1998-01-01"_s << u"2002-12-31"_s << none << januaries;
        QTest::newRow("weekly for 10 occurrences") << u"FREQ=WEEKLY;COUNT=10"_s << u"1997-09-02"_s
            << u"1999-12-31"_s << none
            << days(1997, 9, {2, 9, 16, 23, 30}) + days(1997, 10, {7, 14, 21}) + days(1997, 10, {28})
                + days(1997, 11, {4});
        QTest::newRow("weekly until December 24, 1997") << u"FREQ=WEEKLY;UNTIL=19971224T000000Z"_s << u"1997-09-02"_s
            << u"1999-12-31"_s << none
            << days(1997, 9, {2, 9, 16, 23, 30}) + days(1997, 10, {7, 14, 21}) + days(1997, 10, {28})
                + days(1997, 11, {4, 11, 18, 25}) + days(1997, 12, {2, 9, 16, 23});
        QTest::newRow("every other week - forever") << u"FREQ=WEEKLY;INTERVAL=2;WKST=SU"_s << u"1997-09-02"_s
            << u"1998-02-28"_s << none
            << days(1997, 9, {2, 16, 30}) + days(1997, 10, {14}) + days(1997, 10, {28})
                + days(1997, 11, {11, 25}) + days(1997, 12, {9, 23}) + days(1998, 1, {6, 20})
                + days(1998, 2, {3, 17});
        const QStringList fiveWeeks = days(1997, 9, {2, 4, 9, 11, 16, 18, 23, 25, 30}) + days(1997, 10, {2});
        // RFC: UNTIL=19971007T000000Z, before 09:00 New York time on 7 October (see above).
        QTest::newRow("weekly on Tuesday and Thursday for five weeks (until)")
            << u"FREQ=WEEKLY;UNTIL=19971006;WKST=SU;BYDAY=TU,TH"_s << u"1997-09-02"_s << u"1999-12-31"_s
            << none << fiveWeeks;
        QTest::newRow("weekly on Tuesday and Thursday for five weeks (count)")
            << u"FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH"_s << u"1997-09-02"_s << u"1999-12-31"_s
            << none << fiveWeeks;
        // RFC: UNTIL=19971224T000000Z (see above).
        QTest::newRow("every other week on MO, WE and FR until December 24, 1997")
            << u"FREQ=WEEKLY;INTERVAL=2;UNTIL=19971223;WKST=SU;BYDAY=MO,WE,FR"_s << u"1997-09-01"_s
            << u"1999-12-31"_s << none
            << days(1997, 9, {1, 3, 5, 15, 17, 19, 29}) + days(1997, 10, {1, 3, 13, 15, 17})
                + days(1997, 10, {27, 29, 31}) + days(1997, 11, {10, 12, 14, 24, 26, 28})
                + days(1997, 12, {8, 10, 12, 22});
        QTest::newRow("every other week on TU and TH, 8 occurrences")
            << u"FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH"_s << u"1997-09-02"_s
            << u"1999-12-31"_s << none << days(1997, 9, {2, 4, 16, 18, 30}) + days(1997, 10, {2, 14, 16});
        QTest::newRow("monthly on the first Friday, 10 occurrences") << u"FREQ=MONTHLY;COUNT=10;BYDAY=1FR"_s
            << u"1997-09-05"_s << u"1999-12-31"_s << none
            << days(1997, 9, {5}) + days(1997, 10, {3}) + days(1997, 11, {7}) + days(1997, 12, {5})
                + days(1998, 1, {2}) + days(1998, 2, {6}) + days(1998, 3, {6}) + days(1998, 4, {3})
                + days(1998, 5, {1}) + days(1998, 6, {5});
        QTest::newRow("monthly on the first Friday until December 24, 1997")
            << u"FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR"_s << u"1997-09-05"_s << u"1999-12-31"_s
            << none << days(1997, 9, {5}) + days(1997, 10, {3}) + days(1997, 11, {7}) + days(1997, 12, {5});
        QTest::newRow("every other month on the first and last Sunday, 10 occurrences")
            << u"FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU"_s << u"1997-09-07"_s << u"1999-12-31"_s
            << none
            << days(1997, 9, {7, 28}) + days(1997, 11, {2, 30}) + days(1998, 1, {4, 25})
                + days(1998, 3, {1, 29}) + days(1998, 5, {3, 31});
        QTest::newRow("monthly on the second-to-last Monday for 6 months") << u"FREQ=MONTHLY;COUNT=6;BYDAY=-2MO"_s
            << u"1997-09-22"_s << u"1999-12-31"_s << none
            << days(1997, 9, {22}) + days(1997, 10, {20}) + days(1997, 11, {17}) + days(1997, 12, {22})
                + days(1998, 1, {19}) + days(1998, 2, {16});
        QTest::newRow("monthly on the third-to-the-last day - forever") << u"FREQ=MONTHLY;BYMONTHDAY=-3"_s
            << u"1997-09-28"_s << u"1998-02-28"_s << none
            << days(1997, 9, {28}) + days(1997, 10, {29}) + days(1997, 11, {28}) + days(1997, 12, {29})
                + days(1998, 1, {29}) + days(1998, 2, {26});
        QTest::newRow("monthly on the 2nd and 15th, 10 occurrences") << u"FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15"_s
            << u"1997-09-02"_s << u"1999-12-31"_s << none
            << days(1997, 9, {2, 15}) + days(1997, 10, {2, 15}) + days(1997, 11, {2, 15})
                + days(1997, 12, {2, 15}) + days(1998, 1, {2, 15});
        QTest::newRow("monthly on the first and last day, 10 occurrences") << u"FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1"_s
            << u"1997-09-30"_s << u"1999-12-31"_s << none
            << days(1997, 9, {30}) + days(1997, 10, {1}) + days(1997, 10, {31}) + days(1997, 11, {1, 30})
                + days(1997, 12, {1, 31}) + days(1998, 1, {1, 31}) + days(1998, 2, {1});
        QTest::newRow("every 18 months on the 10th thru 15th, 10 occurrences")
            << u"FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15"_s << u"1997-09-10"_s
            << u"2005-12-31"_s << none << dayRange(1997, 9, 10, 15) + dayRange(1999, 3, 10, 13);
        QTest::newRow("every Tuesday, every other month") << u"FREQ=MONTHLY;INTERVAL=2;BYDAY=TU"_s << u"1997-09-02"_s
            << u"1998-03-31"_s << none
            << days(1997, 9, {2, 9, 16, 23, 30}) + days(1997, 11, {4, 11, 18, 25})
                + days(1998, 1, {6, 13, 20, 27}) + days(1998, 3, {3, 10, 17, 24, 31});
        QStringList juneAndJuly;
        for (int year = 1997; year <= 2001; ++year)
            juneAndJuly += days(year, 6, {10}) + days(year, 7, {10});
        QTest::newRow("yearly in June and July, 10 occurrences") << u"FREQ=YEARLY;COUNT=10;BYMONTH=6,7"_s
            << u"1997-06-10"_s << u"2005-12-31"_s << none << juneAndJuly;
        QStringList firstQuarters = days(1997, 3, {10});
        for (int year = 1999; year <= 2003; year += 2)
            firstQuarters += days(year, 1, {10}) + days(year, 2, {10}) + days(year, 3, {10});
        QTest::newRow("every other year on January, February and March, 10 occurrences")
            << u"FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3"_s << u"1997-03-10"_s << u"2009-12-31"_s
            << none << firstQuarters;
        QTest::newRow("every 20th Monday of the year - forever") << u"FREQ=YEARLY;BYDAY=20MO"_s << u"1997-05-19"_s
            << u"1999-12-31"_s << none << days(1997, 5, {19}) + days(1998, 5, {18}) + days(1999, 5, {17});
        QTest::newRow("every Thursday in March - forever") << u"FREQ=YEARLY;BYMONTH=3;BYDAY=TH"_s << u"1997-03-13"_s
            << u"1999-12-31"_s << none
            << days(1997, 3, {13, 20, 27}) + days(1998, 3, {5, 12, 19, 26}) + days(1999, 3, {4, 11, 18, 25});
        QTest::newRow("every Thursday, but only during June, July and August - forever")
            << u"FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8"_s << u"1997-06-05"_s << u"1999-12-31"_s << none
            << days(1997, 6, {5, 12, 19, 26}) + days(1997, 7, {3, 10, 17, 24, 31}) + days(1997, 8, {7, 14, 21, 28})
                + days(1998, 6, {4, 11, 18, 25}) + days(1998, 7, {2, 9, 16, 23, 30})
                + days(1998, 8, {6, 13, 20, 27}) + days(1999, 6, {3, 10, 17, 24})
                + days(1999, 7, {1, 8, 15, 22, 29}) + days(1999, 8, {5, 12, 19, 26});
        QTest::newRow("every Friday the 13th - forever") << u"FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"_s << u"1997-09-02"_s
            << u"2000-12-31"_s << QStringList{u"1997-09-02"_s}
            << days(1998, 2, {13}) + days(1998, 3, {13}) + days(1998, 11, {13}) + days(1999, 8, {13})
                + days(2000, 10, {13});
        QTest::newRow("the first Saturday that follows the first Sunday - forever")
            << u"FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13"_s << u"1997-09-13"_s << u"1998-06-30"_s
            << none
            << days(1997, 9, {13}) + days(1997, 10, {11}) + days(1997, 11, {8}) + days(1997, 12, {13})
                + days(1998, 1, {10}) + days(1998, 2, {7}) + days(1998, 3, {7}) + days(1998, 4, {11})
                + days(1998, 5, {9}) + days(1998, 6, {13});
        QTest::newRow("every 4 years, U.S. Presidential Election day")
            << u"FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8"_s << u"1996-11-05"_s
            << u"2004-12-31"_s << none << days(1996, 11, {5}) + days(2000, 11, {7}) + days(2004, 11, {2});
        QTest::newRow("the third instance of TU, WE or TH, for 3 months")
            << u"FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3"_s << u"1997-09-04"_s << u"1999-12-31"_s
            << none << days(1997, 9, {4}) + days(1997, 10, {7}) + days(1997, 11, {6});
        QTest::newRow("the second-to-last weekday of the month") << u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2"_s
            << u"1997-09-29"_s << u"1998-03-31"_s << none
            << days(1997, 9, {29}) + days(1997, 10, {30}) + days(1997, 11, {27}) + days(1997, 12, {30})
                + days(1998, 1, {29}) + days(1998, 2, {26}) + days(1998, 3, {30});
        QTest::newRow("WKST=MO") << u"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO"_s << u"1997-08-05"_s
            << u"1999-12-31"_s << none << days(1997, 8, {5, 10, 19, 24});
        QTest::newRow("WKST=SU") << u"FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU"_s << u"1997-08-05"_s
            << u"1999-12-31"_s << none << days(1997, 8, {5, 17, 19, 31});
        QTest::newRow("an invalid date (February 30) is ignored") << u"FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5"_s
            << u"2007-01-15"_s << u"2009-12-31"_s << none
            << days(2007, 1, {15, 30}) + days(2007, 2, {15}) + days(2007, 3, {15, 30});
    }
    void rfcExamples()
    {
        QFETCH(QString, rule);
        QFETCH(QString, start);
        QFETCH(QString, to);
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, expected);
        QCOMPARE(expand(rule, start, start, to, excluded), expected);
        // The same dates in a window that starts years before DTSTART.
        QCOMPARE(expand(rule, start, u"1990-01-01"_s, to, excluded), expected);
    }

    void monthlyOnThe31stSkipsShortMonths()
    {
        const QStringList expected = {u"2024-01-31"_s, u"2024-03-31"_s, u"2024-05-31"_s, u"2024-07-31"_s,
                                      u"2024-08-31"_s, u"2024-10-31"_s, u"2024-12-31"_s};
        QCOMPARE(expand(u"FREQ=MONTHLY"_s, u"2024-01-31"_s, u"2024-01-01"_s, u"2024-12-31"_s), expected);
        QCOMPARE(expand(u"FREQ=MONTHLY;BYMONTHDAY=31"_s, u"2024-01-31"_s, u"2024-01-01"_s, u"2024-12-31"_s),
                 expected);
        // Counted: skipped months do not use up the count.
        QCOMPARE(expand(u"FREQ=MONTHLY;COUNT=3"_s, u"2024-01-31"_s, u"2024-01-01"_s, u"2030-12-31"_s),
                 expected.mid(0, 3));
    }

    void yearlyOnLeapDayHitsOnlyLeapYears()
    {
        QCOMPARE(expand(u"FREQ=YEARLY"_s, u"2024-02-29"_s, u"2024-01-01"_s, u"2035-12-31"_s),
                 (QStringList{u"2024-02-29"_s, u"2028-02-29"_s, u"2032-02-29"_s}));
        // 2100 is not a leap year.
        QCOMPARE(expand(u"FREQ=YEARLY;INTERVAL=4"_s, u"2096-02-29"_s, u"2090-01-01"_s, u"2108-12-31"_s),
                 (QStringList{u"2096-02-29"_s, u"2104-02-29"_s, u"2108-02-29"_s}));
    }

    void excludedDatesStillCount()
    {
        // COUNT=5 from Monday 2 March 2026 forms 2..6 March; EXDATE then removes two of them.
        QCOMPARE(expand(u"FREQ=DAILY;COUNT=5"_s, u"2026-03-02"_s, u"2026-01-01"_s, u"2026-12-31"_s,
                        {u"2026-03-05"_s, u"2026-03-03"_s}),
                 (QStringList{u"2026-03-02"_s, u"2026-03-04"_s, u"2026-03-06"_s}));
    }

    void startNotMatchingTheRuleIsNoOccurrence()
    {
        // DTSTART 2 September 1997 is a Tuesday; like python-dateutil we neither list nor count it.
        QCOMPARE(expand(u"FREQ=MONTHLY;BYDAY=1FR;COUNT=3"_s, u"1997-09-02"_s, u"1997-01-01"_s,
                        u"1999-12-31"_s),
                 (QStringList{u"1997-09-05"_s, u"1997-10-03"_s, u"1997-11-07"_s}));
    }

    void plainAndNumberedWeekdaysCombine()
    {
        // January 2024: Mondays 1, 8, 15, 22, 29 and the last Friday, 26.
        QCOMPARE(expand(u"FREQ=MONTHLY;BYDAY=MO,-1FR"_s, u"2024-01-01"_s, u"2024-01-01"_s, u"2024-01-31"_s),
                 (QStringList{u"2024-01-01"_s, u"2024-01-08"_s, u"2024-01-15"_s, u"2024-01-22"_s,
                              u"2024-01-26"_s, u"2024-01-29"_s}));
    }

    void lastWorkdayOfTheMonth()
    {
        // 31 Jan 2026 is a Saturday, 28 Feb a Saturday, 31 Mar a Tuesday, 30 Apr a Thursday,
        // 31 May a Sunday, 30 Jun a Tuesday.
        QCOMPARE(expand(u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s, u"2026-01-01"_s,
                        u"2026-01-01"_s, u"2026-06-30"_s),
                 (QStringList{u"2026-01-30"_s, u"2026-02-27"_s, u"2026-03-31"_s, u"2026-04-30"_s,
                              u"2026-05-29"_s, u"2026-06-30"_s}));
    }

    void setPositionsCountTheWholeFirstWeek()
    {
        // The week of Tuesday 2 January 2024 holds Monday 1, Tuesday 2 and Wednesday 3; its first
        // is 1 January, before DTSTART, so that week gives nothing (python-dateutil would start
        // the set at DTSTART and give 2 January).
        QCOMPARE(expand(u"FREQ=WEEKLY;BYDAY=MO,TU,WE;BYSETPOS=1;COUNT=3"_s, u"2024-01-02"_s, u"2024-01-01"_s,
                        u"2024-12-31"_s),
                 (QStringList{u"2024-01-08"_s, u"2024-01-15"_s, u"2024-01-22"_s}));
    }

    // A rule without COUNT jumps straight to the window; it must land where walking from
    // DTSTART would.
    void windowMatchesTheWholeSeries()
    {
        const QStringList rules = {
            u"FREQ=DAILY;INTERVAL=3"_s,
            u"FREQ=DAILY;INTERVAL=2;BYDAY=MO,FR;BYMONTH=3,4"_s,
            u"FREQ=WEEKLY;INTERVAL=3;BYDAY=SU,WE;WKST=SU"_s,
            u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SA;WKST=TH;BYSETPOS=-1"_s,
            u"FREQ=MONTHLY;INTERVAL=5;BYDAY=-1FR,2TU"_s,
            u"FREQ=MONTHLY;INTERVAL=7;BYMONTHDAY=-1,30"_s,
            u"FREQ=YEARLY;INTERVAL=3;BYDAY=-2SA"_s,
            u"FREQ=YEARLY;INTERVAL=3;BYMONTH=2,8;BYMONTHDAY=29"_s,
            u"FREQ=WEEKLY;UNTIL=20270301"_s,
        };
        const QString start = u"2019-05-29"_s;
        const QStringList windows = {u"2019-05-01"_s, u"2021-02-27"_s, u"2024-12-30"_s, u"2026-03-01"_s};
        for (const QString &rule : rules) {
            const QStringList all = expand(rule, start, start, u"2031-12-31"_s);
            QVERIFY2(all.size() > 3, qPrintable(rule));
            for (const QString &from : windows) {
                const Date first = isoDate(from);
                const QString to = toIsoString(first + boost::gregorian::days(400));
                QStringList expected;
                for (const QString &date : all) {
                    if (date >= from && date <= to)
                        expected.append(date);
                }
                QVERIFY2(expand(rule, start, from, to) == expected, qPrintable(rule + u" from "_s + from));
            }
        }
    }

    void limitAndEmptyWindows()
    {
        QCOMPARE(expand(u"FREQ=DAILY"_s, u"2026-01-01"_s, u"2026-01-01"_s, u"2026-12-31"_s, {}, 3),
                 (QStringList{u"2026-01-01"_s, u"2026-01-02"_s, u"2026-01-03"_s}));
        QCOMPARE(expand(u"FREQ=DAILY"_s, u"2026-01-01"_s, u"2026-02-01"_s, u"2026-01-31"_s), QStringList());
        QCOMPARE(expand(u"FREQ=DAILY"_s, u"2026-01-01"_s, u"2025-01-01"_s, u"2025-12-31"_s), QStringList());
        QCOMPARE(expand(u"FREQ=DAILY;UNTIL=20251231"_s, u"2026-01-01"_s, u"2025-01-01"_s, u"2027-12-31"_s),
                 QStringList());
        // A rule that can never match ends at `to` instead of searching for ever.
        QCOMPARE(expand(u"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=2"_s, u"1900-01-01"_s, u"1900-01-01"_s,
                        u"2999-12-31"_s),
                 QStringList());
        RecurrenceRule invalid;
        invalid.interval = 0;
        QVERIFY(expandOccurrences(invalid, Date(2026, 1, 1), Date(2026, 1, 1), Date(2026, 12, 31)).empty());
    }

    void untilDateTimeKeepsTheDate()
    {
        const RecurrenceParseResult parsed = parseRecurrenceRule(u"FREQ=DAILY;UNTIL=19971224T000000Z"_s);
        QVERIFY(parsed.rule);
        QCOMPARE(toIsoString(*parsed.rule->until), u"1997-12-24"_s);
        // UNTIL is inclusive, so 24 December is the last date.
        QCOMPARE(expand(u"FREQ=DAILY;UNTIL=19971224T000000Z"_s, u"1997-12-20"_s, u"1997-12-01"_s,
                        u"1997-12-31"_s),
                 dayRange(1997, 12, 20, 24));
        QCOMPARE(*parseRecurrenceRule(u"FREQ=DAILY;UNTIL=19971224T000000"_s).rule->until, Date(1997, 12, 24));
    }

    void parsesAllParts()
    {
        const RecurrenceParseResult parsed = parseRecurrenceRule(
            u" rrule:freq=monthly;interval=2;byday=+2tu,-1FR,SA;bymonthday=1,-1,+15;bymonth=6,7;"
            "bysetpos=1,-2;wkst=su;count=10; "_s);
        QVERIFY2(parsed.rule, qPrintable(parsed.error));
        const RecurrenceRule &rule = *parsed.rule;
        QCOMPARE(rule.frequency, Frequency::Monthly);
        QCOMPARE(rule.interval, 2);
        QVERIFY((rule.byDay == std::vector<WeekdayRule>{{1, 2}, {4, -1}, {5, 0}}));
        QVERIFY((rule.byMonthDay == std::vector<int>{1, -1, 15}));
        QVERIFY((rule.byMonth == std::vector<int>{6, 7}));
        QVERIFY((rule.bySetPos == std::vector<int>{1, -2}));
        QCOMPARE(rule.weekStart, 6);
        QCOMPARE(rule.count, std::optional<int>(10));
        QVERIFY(!rule.until);
        QVERIFY(parsed.error.isEmpty());
    }

    void rejectsBadRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << u"  "_s << u"The repeat rule is empty (write it like FREQ=WEEKLY;BYDAY=MO)"_s;
        QTest::newRow("no FREQ") << u"BYDAY=MO"_s
                                 << u"FREQ is missing (say how often it repeats, e.g. FREQ=WEEKLY)"_s;
        QTest::newRow("bad weekday") << u"FREQ=WEEKLY;BYDAY=MO,XX"_s
                                     << u"BYDAY: 'XX' is not a weekday (use MO, TU, WE, TH, FR, SA or SU)"_s;
        QTest::newRow("bad position") << u"FREQ=MONTHLY;BYDAY=0MO"_s
                                      << u"BYDAY: '0MO' has an invalid position (use 1 to 53 or -1 to -53 "
                                         "before the weekday, e.g. 2TU or -1FR)"_s;
        QTest::newRow("position in a weekly rule")
            << u"FREQ=WEEKLY;BYDAY=2TU"_s
            << u"BYDAY: '2TU' has a position, which only works with FREQ=MONTHLY or FREQ=YEARLY "
               "(write the weekday alone, e.g. TU)"_s;
        QTest::newRow("hourly") << u"FREQ=HOURLY;INTERVAL=3"_s
                                << u"FREQ: 'HOURLY' is not supported (use DAILY, WEEKLY, MONTHLY or YEARLY)"_s;
        QTest::newRow("unknown frequency") << u"FREQ=SOMETIMES"_s
                                           << u"FREQ: 'SOMETIMES' is not a frequency (use DAILY, WEEKLY, "
                                              "MONTHLY or YEARLY)"_s;
        // RFC 5545: "Every third year on the 1st, 100th, and 200th day for 10 occurrences".
        QTest::newRow("BYYEARDAY") << u"FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200"_s
                                   << u"BYYEARDAY is not supported ("_s + supportedParts() + u")"_s;
        QTest::newRow("BYWEEKNO") << u"FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO"_s
                                  << u"BYWEEKNO is not supported ("_s + supportedParts() + u")"_s;
        QTest::newRow("BYHOUR") << u"FREQ=DAILY;BYHOUR=9,10"_s
                                << u"BYHOUR is not supported ("_s + supportedParts() + u")"_s;
        QTest::newRow("unknown part") << u"FREQ=DAILY;COLOUR=RED"_s
                                      << u"'COLOUR' is not a part of a repeat rule ("_s + supportedParts() + u")"_s;
        QTest::newRow("COUNT and UNTIL") << u"FREQ=DAILY;COUNT=5;UNTIL=20260101"_s
                                         << u"COUNT and UNTIL cannot be used together (choose one way to end "
                                            "the repeats)"_s;
        QTest::newRow("zero interval") << u"FREQ=DAILY;INTERVAL=0"_s
                                       << u"INTERVAL: '0' is not a whole number of 1 or more"_s;
        QTest::newRow("count in words") << u"FREQ=DAILY;COUNT=ten"_s
                                        << u"COUNT: 'ten' is not a whole number of 1 or more"_s;
        QTest::newRow("impossible UNTIL") << u"FREQ=DAILY;UNTIL=20260230"_s
                                          << u"UNTIL: '20260230' is not a date (use YYYYMMDD, e.g. 19971224)"_s;
        QTest::newRow("UNTIL with a bad time") << u"FREQ=DAILY;UNTIL=20260101T25"_s
                                               << u"UNTIL: '20260101T25' is not a date (use YYYYMMDD, e.g. "
                                                  "19971224)"_s;
        QTest::newRow("day 32") << u"FREQ=MONTHLY;BYMONTHDAY=32"_s
                                << u"BYMONTHDAY: '32' is not a day of the month (use 1 to 31, or -1 to -31 "
                                   "counting from the end of the month)"_s;
        QTest::newRow("day 0") << u"FREQ=MONTHLY;BYMONTHDAY=0"_s
                               << u"BYMONTHDAY: '0' is not a day of the month (use 1 to 31, or -1 to -31 "
                                  "counting from the end of the month)"_s;
        QTest::newRow("month 13") << u"FREQ=YEARLY;BYMONTH=13"_s
                                  << u"BYMONTH: '13' is not a month (use 1 to 12)"_s;
        QTest::newRow("month day in a weekly rule") << u"FREQ=WEEKLY;BYMONTHDAY=1"_s
                                                    << u"BYMONTHDAY cannot be used with FREQ=WEEKLY (use "
                                                       "FREQ=MONTHLY)"_s;
        QTest::newRow("position 0") << u"FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0"_s
                                    << u"BYSETPOS: '0' is not a position (use 1 to 366, or -1 to -366 counting "
                                       "from the end)"_s;
        QTest::newRow("BYSETPOS alone") << u"FREQ=MONTHLY;BYSETPOS=1"_s
                                        << u"BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from"_s;
        QTest::newRow("bad week start") << u"FREQ=WEEKLY;WKST=XY"_s
                                        << u"WKST: 'XY' is not a weekday (use MO, TU, WE, TH, FR, SA or SU)"_s;
        QTest::newRow("part twice") << u"FREQ=DAILY;FREQ=WEEKLY"_s << u"FREQ appears more than once"_s;
        QTest::newRow("no equals sign") << u"FREQ=DAILY;BYDAY"_s
                                        << u"'BYDAY' is not a rule part (write NAME=VALUE, e.g. FREQ=WEEKLY)"_s;
        QTest::newRow("no value") << u"FREQ=DAILY;BYDAY="_s << u"BYDAY has no value"_s;
    }
    void rejectsBadRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const RecurrenceParseResult parsed = parseRecurrenceRule(text);
        QVERIFY(!parsed.rule);
        QCOMPARE(parsed.error, error);
    }

    void writesCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << u"FREQ=WEEKLY"_s << u"FREQ=WEEKLY"_s;
        QTest::newRow("reordered") << u"RRULE:COUNT=10;BYDAY=TU,TH;INTERVAL=2;FREQ=WEEKLY;WKST=MO"_s
                                   << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"_s;
        QTest::newRow("everything") << u"wkst=su;until=19971224T000000Z;bysetpos=-1;byday=+1SU,-1SU;"
                                       "bymonthday=1,-1;bymonth=6,7;interval=3;freq=yearly"_s
                                    << u"FREQ=YEARLY;INTERVAL=3;BYMONTH=6,7;BYMONTHDAY=1,-1;BYDAY=1SU,-1SU;"
                                       "BYSETPOS=-1;WKST=SU;UNTIL=19971224"_s;
    }
    void writesCanonicalText()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const RecurrenceParseResult parsed = parseRecurrenceRule(text);
        QVERIFY2(parsed.rule, qPrintable(parsed.error));
        QCOMPARE(toRRuleString(*parsed.rule), canonical);
        QVERIFY(parseRecurrenceRule(canonical).rule == parsed.rule);
    }

    void roundTripsRulesBuiltInCode()
    {
        RecurrenceRule rule;
        rule.frequency = Frequency::Monthly;
        rule.interval = 18;
        rule.byDay = {{6, 0}, {0, -2}, {4, 3}};
        rule.byMonthDay = {-31, 31, 7};
        rule.byMonth = {12, 1};
        rule.bySetPos = {366, -366};
        rule.until = Date(2030, 2, 28);
        rule.weekStart = 3;
        QVERIFY(parseRecurrenceRule(toRRuleString(rule)).rule == rule);
        rule.until.reset();
        rule.count = 1;
        rule.frequency = Frequency::Daily;
        rule.byDay = {{2, 0}};
        QVERIFY(parseRecurrenceRule(toRRuleString(rule)).rule == rule);
        QVERIFY(validateRecurrenceRule(rule).isEmpty());
    }

    void describes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("description");
        QTest::newRow("weekly") << u"FREQ=WEEKLY"_s << u"Weekly"_s;
        QTest::newRow("every 2 weeks") << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"_s
                                       << u"Every 2 weeks on Tuesday and Thursday, 10 times"_s;
        QTest::newRow("last Friday") << u"FREQ=MONTHLY;BYDAY=-1FR"_s << u"Monthly on the last Friday"_s;
        QTest::newRow("day 31") << u"FREQ=MONTHLY;BYMONTHDAY=31"_s << u"Monthly on day 31"_s;
        QTest::newRow("June and July") << u"FREQ=YEARLY;BYMONTH=6,7;BYDAY=TH;UNTIL=19971224"_s
                                       << u"Yearly in June and July on Thursday until 24 Dec 1997"_s;
        QTest::newRow("first and last Sunday") << u"FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU"_s
                                               << u"Every 2 months on the first and last Sunday, 10 times"_s;
        QTest::newRow("Friday 13th") << u"FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"_s
                                     << u"Monthly on day 13 when it falls on a Friday"_s;
        QTest::newRow("first and last day") << u"FREQ=MONTHLY;BYMONTHDAY=1,-1"_s
                                            << u"Monthly on day 1 and the last day"_s;
        QTest::newRow("third-to-last day") << u"FREQ=MONTHLY;BYMONTHDAY=-3"_s
                                           << u"Monthly on the third-to-last day"_s;
        QTest::newRow("last workday") << u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s
                                      << u"Monthly on weekdays, the last of these each month"_s;
        QTest::newRow("20th Monday") << u"FREQ=YEARLY;BYDAY=20MO"_s << u"Yearly on the 20th Monday"_s;
        QTest::newRow("once") << u"FREQ=DAILY;COUNT=1"_s << u"Daily, once"_s;
        QTest::newRow("every 3 days") << u"FREQ=DAILY;INTERVAL=3;BYMONTH=1,2,3"_s
                                      << u"Every 3 days in January, February and March"_s;
    }
    void describes()
    {
        QFETCH(QString, text);
        QFETCH(QString, description);
        const RecurrenceParseResult parsed = parseRecurrenceRule(text);
        QVERIFY2(parsed.rule, qPrintable(parsed.error));
        QCOMPARE(describeRecurrence(*parsed.rule), description);
    }

    // An independent implementation: python-dateutil, when this machine has it.
    void agreesWithPythonDateutil()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is not installed");
        QProcess process;
        process.start(python, {u"-c"_s, QString::fromUtf8(kDateutilScript), u"300"_s, u"5545"_s});
        QVERIFY(process.waitForFinished(60000));
        if (process.exitCode() == 3)
            QSKIP("python3-dateutil is not installed");
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 300);
        int mismatches = 0;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 6);
            const QStringList excluded = fields[4].split(u',', Qt::SkipEmptyParts);
            const QStringList expected = fields[5].split(u',', Qt::SkipEmptyParts);
            const QStringList ours = expand(fields[0], fields[1], fields[2], fields[3], excluded);
            if (ours != expected && ++mismatches <= 5)
                qWarning("%s from %s in [%s, %s]:\n  dateutil %s\n  ours     %s", qPrintable(fields[0]),
                         qPrintable(fields[1]), qPrintable(fields[2]), qPrintable(fields[3]),
                         qPrintable(expected.join(u',')), qPrintable(ours.join(u',')));
        }
        QCOMPARE(mismatches, 0);
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
