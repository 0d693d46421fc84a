#include "recurrence.h"

#include <QTest>

class TestRecurrence : public QObject
{
    Q_OBJECT
private slots:
    void parses() { QVERIFY(cplan::parseRecurrenceRule(QStringLiteral("FREQ=DAILY")).rule); }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
