// Find in plan: records found by part of their name, names that start with the words first, then in
// the order of the views; each with the view that shows it.
#include "recordsearch.h"
#include "testplans.h"

#include <QTest>

using namespace cplan;

namespace {

QStringList namesOf(const std::vector<FoundRecord> &found)
{
    QStringList names;
    for (const FoundRecord &record : found)
        names.append(record.name);
    return names;
}

} // namespace

class TestRecordSearch : public QObject
{
    Q_OBJECT
private slots:
    void startsWithBeforeContainsThenViewOrder()
    {
        const Plan plan = testing::fullPlan();
        // Worked out from testplans.h: names with an "s" anywhere, case-insensitive.
        const QStringList expected{QStringLiteral("Students"),      QStringLiteral("Search test"),
                                   QStringLiteral("Spring"),        QStringLiteral("Shop platform"),
                                   QStringLiteral("Google Ads"),    plan.content[0].title,
                                   QStringLiteral("Press release"), QStringLiteral("Jonas"),
                                   QStringLiteral("Designer"),      QStringLiteral("Cost per lead")};
        const std::vector<FoundRecord> found = findRecordsByName(plan, QStringLiteral("S"));
        QCOMPARE(namesOf(found), expected);
        QCOMPARE(found[0].section, QStringLiteral("market"));
        QCOMPARE(found[0].kind, QStringLiteral("Segment"));
        QCOMPARE(found[1].section, QStringLiteral("rollout"));
        QCOMPARE(found[1].id, plan.phases[0].id);
        QCOMPARE(found[2].section, QStringLiteral("calendar"));
        QCOMPARE(found[3].section, QStringLiteral("forecast"));
        QCOMPARE(found[4].section, QStringLiteral("channels"));
        QCOMPARE(found[9].section, QStringLiteral("kpis"));
    }

    void caseAndSpacesDoNotMatter()
    {
        const Plan plan = testing::fullPlan();
        const std::vector<FoundRecord> found = findRecordsByName(plan, QStringLiteral("  ROLL-OUT "));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].id, plan.phases[1].id);
        QCOMPARE(found[0].kind, QStringLiteral("Phase"));
        QCOMPARE(namesOf(findRecordsByName(plan, QStringLiteral("ner"))),
                 (QStringList{QStringLiteral("Banner"), QStringLiteral("Designer")}));
    }

    void blankTextNothingFoundAndTheLimit()
    {
        const Plan plan = testing::fullPlan();
        QVERIFY(findRecordsByName(plan, QStringLiteral("   ")).empty());
        QVERIFY(findRecordsByName(plan, QStringLiteral("no such record")).empty());
        QCOMPARE(namesOf(findRecordsByName(plan, QStringLiteral("tea"))),
                 (QStringList{QStringLiteral("TeaCo"), plan.content[0].title}));
        QCOMPARE(namesOf(findRecordsByName(plan, QStringLiteral("tea"), 1)), QStringList{QStringLiteral("TeaCo")});
    }
};

QTEST_APPLESS_MAIN(TestRecordSearch)
#include "tst_recordsearch.moc"
