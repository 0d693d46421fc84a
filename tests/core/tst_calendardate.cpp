#include "calendardate.h"

#include <QTest>

using namespace cplan;

class TestCalendarDate : public QObject
{
    Q_OBJECT
private slots:
    void monthArithmetic()
    {
        const YearMonth nov{2026, 11};
        QCOMPARE(nov.addMonths(2), (YearMonth{2027, 1}));
        QCOMPARE(nov.addMonths(-11), (YearMonth{2025, 12}));
        QCOMPARE(nov.monthsUntil(YearMonth{2028, 2}), 15);
        QCOMPARE((YearMonth{2028, 2}).daysInMonth(), 29); // leap year
        QCOMPARE((YearMonth{2100, 2}).daysInMonth(), 28); // century, not leap
        QCOMPARE((YearMonth{2000, 2}).daysInMonth(), 29); // divisible by 400
        QCOMPARE(toIsoString((YearMonth{2026, 4}).lastDay()), QStringLiteral("2026-04-30"));
    }
    void addingMonthsKeepsTheDay()
    {
        using boost::gregorian::date;
        // The day is kept, also from a month's last day: 28 Feb + 3 months is 28 May, so a
        // three-month span starting on 28 Feb ends on 27 May (Boost's months(3) snaps to 31 May).
        QCOMPARE(addMonthsKeepingDay(date(2027, 2, 28), 3), date(2027, 5, 28));
        QCOMPARE(addMonthsKeepingDay(date(2027, 4, 30), 1), date(2027, 5, 30));
        // Clamped only when the target month is shorter.
        QCOMPARE(addMonthsKeepingDay(date(2027, 1, 31), 1), date(2027, 2, 28));
        QCOMPARE(addMonthsKeepingDay(date(2028, 1, 31), 1), date(2028, 2, 29));
        QCOMPARE(addMonthsKeepingDay(date(2027, 8, 31), 1), date(2027, 9, 30));
        QCOMPARE(addMonthsKeepingDay(date(2027, 3, 31), -1), date(2027, 2, 28));
        QCOMPARE(addMonthsKeepingDay(date(2027, 12, 15), 2), date(2028, 2, 15));
        QCOMPARE(addMonthsKeepingDay(date(2028, 2, 29), 12), date(2029, 2, 28));
    }
    void parsesStrictIsoDates()
    {
        QCOMPARE(toIsoString(*parseIsoDate(QStringLiteral("2024-02-29"))), QStringLiteral("2024-02-29"));
        QVERIFY(!parseIsoDate(QStringLiteral("2026-02-29")));
        QVERIFY(!parseIsoDate(QStringLiteral("2026-13-01")));
        QVERIFY(!parseIsoDate(QStringLiteral("2026-1-01")));
        QVERIFY(!parseIsoDate(QStringLiteral("01/03/2026")));
        QVERIFY(!parseIsoDate(QStringLiteral("2026-0a-01")));
        QCOMPARE(parseIsoMonth(QStringLiteral("2026-03")), (YearMonth{2026, 3}));
        QVERIFY(!parseIsoMonth(QStringLiteral("2026-00")));
        QCOMPARE(parseTimeString(QStringLiteral("09:30")), 570);
        QVERIFY(!parseTimeString(QStringLiteral("24:00")));
        QCOMPARE(minutesToTimeString(570), QStringLiteral("09:30"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarDate)
#include "tst_calendardate.moc"
