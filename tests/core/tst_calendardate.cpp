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
