#include "pagechecksum.h"
#include "plandatabase.h"
#include "planfile.h"
#include "planlimits.h"
#include "planlock.h"
#include "schema.h"
#include "sqlitedatabase.h"
#include "testplans.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cplan;
using namespace cplan::storage;

class TestPlanFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString savedPlan(const QString &name, const Plan &plan = testing::fullPlan())
    {
        const QString file = path(name);
        const SaveResult result = savePlanFile(plan, file);
        if (!result.ok)
            qFatal("%s", qPrintable(result.message));
        return file;
    }

    static QByteArray bytesOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    static void writeBytes(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // Changes a saved plan with plain SQL, as another program could.
    static void runSql(const QString &file, const char *sql)
    {
        Database db;
        QVERIFY(db.create(file));
        QVERIFY2(db.execute(sql), qPrintable(db.lastError()));
    }

    // Opening must fail with `error`, a message naming the file that contains `text`, and
    // leave the file exactly as it was.
    void expectRefused(const QString &file, OpenError error, const QString &text)
    {
        const QByteArray before = bytesOf(file);
        const OpenResult result = openPlanFile(file);
        QVERIFY(!result.plan);
        QCOMPARE(int(result.error), int(error));
        QVERIFY2(result.message.startsWith(QStringLiteral("Cannot open ") + QDir::toNativeSeparators(file) + QStringLiteral(": ")),
                 qPrintable(result.message));
        QVERIFY2(result.message.contains(text), qPrintable(result.message));
        QCOMPARE(bytesOf(file), before);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveAndOpenKeepEveryField()
    {
        const Plan original = testing::fullPlan();
        const QString file = savedPlan(QStringLiteral("full.cplan"), original);
        const OpenResult result = openPlanFile(file);
        QVERIFY2(result.plan, qPrintable(result.message));
        QVERIFY(*result.plan == original);
        QCOMPARE(result.plan->content[0].excludedDates.size(), std::size_t(2));
        QCOMPARE(result.plan->texts.strategy, QStringLiteral("Strategy ") + testing::awkwardText());
        QCOMPARE(result.fileSchemaVersion, currentSchemaVersion);
        QVERIFY(!result.migrated);
    }

    // A version-2 file (before KPIs had an aggregation): the kpi table of version 2 is the
    // current one without the column `aggregation`, so the file is made by saving a plan and
    // dropping that column, then marking the file as version 2.
    void versionTwoKpisGetTheAggregationOfTheirNameAndUnit()
    {
        Plan plan = testing::fullPlan();
        plan.kpis.clear();
        const std::pair<const char *, const char *> kpis[] = {
            {"Organic traffic", "visits"}, {"Email open rate", "%"},   {"Open rate", "open rate"},
            {"Time on page", "seconds"},   {"Followers", "followers"}, {"Subscribers", "subscribers"},
            {"Revenue", "EUR"},            {"Cost per lead", "EUR"},   {"Average order value", "EUR"}};
        for (const auto &[name, unit] : kpis) {
            Kpi kpi;
            kpi.id = newRecordId();
            kpi.name = QString::fromUtf8(name);
            kpi.unit = QString::fromUtf8(unit);
            kpi.aggregation = KpiAggregation::Last; // dropped with the column below
            kpi.actuals = {{Date(2026, 3, 31), 10.0}};
            plan.kpis.push_back(kpi);
        }
        const QString file = savedPlan(QStringLiteral("version2.cplan"), plan);
        runSql(file, "ALTER TABLE kpi DROP COLUMN aggregation; PRAGMA user_version = 2");
        const QByteArray before = bytesOf(file);

        OpenResult result = openPlanFile(file);
        QVERIFY2(result.plan, qPrintable(result.message));
        QCOMPARE(result.fileSchemaVersion, 2);
        QVERIFY(result.migrated);
        QCOMPARE(bytesOf(file), before); // opening never writes
        const std::vector<KpiAggregation> expected = {
            KpiAggregation::Sum,     // visits add up
            KpiAggregation::Average, // %
            KpiAggregation::Average, // a rate
            KpiAggregation::Average, // seconds on the page
            KpiAggregation::Last,    // followers: a level
            KpiAggregation::Last,    // subscribers: a level
            KpiAggregation::Sum,     // revenue in EUR adds up
            KpiAggregation::Average, // a cost per lead in EUR is a ratio: its name says so
            KpiAggregation::Average}; // an average order value too
        QCOMPARE(result.plan->kpis.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.plan->kpis[i].aggregation, expected[i]);
            QCOMPARE(result.plan->kpis[i].actuals, plan.kpis[i].actuals);
        }

        // Saved from the migrated database, the file is of the current version and keeps a
        // changed aggregation.
        Plan edited = *result.plan;
        edited.kpis[0].aggregation = KpiAggregation::Average;
        PlanChanges changes;
        changes.touch(RecordKind::Kpi, edited.kpis[0].id);
        QString error;
        QVERIFY2(result.database->apply(edited, changes, &error), qPrintable(error));
        const SaveResult saved = savePlanDatabase(*result.database, file);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const OpenResult reopened = openPlanFile(file);
        QVERIFY2(reopened.plan, qPrintable(reopened.message));
        QCOMPARE(reopened.fileSchemaVersion, currentSchemaVersion);
        QVERIFY(!reopened.migrated);
        QVERIFY(*reopened.plan == edited);
    }

    void unknownAggregationIsRefused()
    {
        // Every key a version of the app writes is known to it (a newer key comes with a newer
        // schema version, refused before any row is read), so an unknown one means the file
        // was changed by hand or damaged: refused like any other unknown value, not guessed.
        const QString file = savedPlan(QStringLiteral("aggregation.cplan"));
        runSql(file, "UPDATE kpi SET aggregation = 'median' WHERE name = 'Organic traffic'");
        expectRefused(file, OpenError::Damaged, QStringLiteral("table kpi, record 'Organic traffic', field aggregation: 'median' is not a known value"));
    }

    // The longest texts a plan may hold (planlimits.h): a business plan text and a note.
    void largeNotesSurvive()
    {
        Plan plan = testing::fullPlan();
        QString notes;
        while (notes.size() < planlimits::richText)
            notes += QStringLiteral("Über 营销 برنامه 🚀 ");
        notes.truncate(planlimits::richText);
        if (notes.back().isHighSurrogate()) // never half an emoji
            notes.chop(1);
        plan.texts.researchNotes = notes;
        plan.channels[0].notes = notes.left(planlimits::notes - 1);
        const OpenResult result = openPlanFile(savedPlan(QStringLiteral("large.cplan"), plan));
        QVERIFY(result.plan);
        QCOMPARE(result.plan->texts.researchNotes, notes);
        QVERIFY(*result.plan == plan);
    }

    void fileIsMarkedAsAPlan()
    {
        const QByteArray image = bytesOf(savedPlan(QStringLiteral("marks.cplan")));
        const std::optional<SqliteHeader> header = readSqliteHeader(image);
        QVERIFY(header);
        QCOMPARE(header->applicationId, 0x43504C4Eu); // "CPLN"
        QCOMPARE(header->userVersion, std::uint32_t(currentSchemaVersion));
        QCOMPARE(verifyPageChecksums(image).state, ChecksumState::Valid);
        // Tables are named after the domain and readable by any SQLite program.
        Database db;
        QVERIFY(db.openReadOnly(path(QStringLiteral("marks.cplan"))));
        QVERIFY(db.tableExists(QStringLiteral("content_item")));
        Statement count(db, "SELECT count(*) FROM rollout_phase WHERE kind = 'test'");
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 1);
    }

    void savingReplacesTheOldPlan()
    {
        const QString file = savedPlan(QStringLiteral("replace.cplan"));
        Plan second = makeBlankPlan(QStringLiteral("Second"));
        QVERIFY(savePlanFile(second, file).ok);
        QCOMPARE(openPlanFile(file).plan->settings.name, QStringLiteral("Second"));
        // No temporary files are left beside it.
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.saving")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void failedSaveReportsAndKeepsTheOldFile()
    {
        const SaveResult missingFolder = savePlanFile(testing::fullPlan(), path(QStringLiteral("gone/plan.cplan")));
        QVERIFY(!missingFolder.ok);
        QVERIFY2(missingFolder.message.contains(QStringLiteral("does not exist")), qPrintable(missingFolder.message));
        QVERIFY(missingFolder.message.contains(QStringLiteral("plan.cplan")));
        if (::geteuid() == 0)
            QSKIP("root may write into read-only folders; the permission case is checked as a normal user");
        const QString folder = path(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/plan.cplan");
        QVERIFY(savePlanFile(testing::fullPlan(), file).ok);
        const QByteArray before = bytesOf(file);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const SaveResult denied = savePlanFile(makeBlankPlan(QStringLiteral("x")), file);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!denied.ok);
        QVERIFY2(denied.message.contains(QStringLiteral("permission")), qPrintable(denied.message));
        QCOMPARE(bytesOf(file), before);
    }

    void missingFileOrFolder()
    {
        expectRefused(path(QStringLiteral("nothing.cplan")), OpenError::NotFound, QStringLiteral("does not exist"));
        expectRefused(m_dir.path(), OpenError::NotReadable, QStringLiteral("is a folder"));
    }

    void filesThatAreNotPlans()
    {
        writeBytes(path(QStringLiteral("empty.cplan")), {});
        expectRefused(path(QStringLiteral("empty.cplan")), OpenError::NotSqlite, QStringLiteral("the file is empty"));
        QByteArray noise(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : noise)
            c = char(generator.bounded(256));
        writeBytes(path(QStringLiteral("noise.cplan")), noise);
        expectRefused(path(QStringLiteral("noise.cplan")), OpenError::NotSqlite, QStringLiteral("not an SQLite database"));
        writeBytes(path(QStringLiteral("notes.cplan")), "Dear team,\nthe plan is attached.\n");
        expectRefused(path(QStringLiteral("notes.cplan")), OpenError::NotSqlite, QStringLiteral("not an SQLite database"));
        writeBytes(path(QStringLiteral("plan.json.cplan")), "{ \"format\": \"campaign-planner\" }");
        expectRefused(path(QStringLiteral("plan.json.cplan")), OpenError::NotSqlite, QStringLiteral("JSON file"));
    }

    void databaseOfAnotherApplication()
    {
        const QString file = path(QStringLiteral("other.db"));
        runSql(file, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        expectRefused(file, OpenError::OtherApplication, QStringLiteral("made by another application"));
    }

    void planFromANewerVersion()
    {
        const QString file = savedPlan(QStringLiteral("newer.cplan"));
        runSql(file, "PRAGMA user_version = 99");
        expectRefused(file, OpenError::NewerVersion, QStringLiteral("saved by a newer version of Campaign Planner (file format 99"));
    }

    void truncatedPlan()
    {
        const QString file = savedPlan(QStringLiteral("cut.cplan"));
        const QByteArray image = bytesOf(file);
        writeBytes(file, image.left(image.size() / 2 + 100));
        expectRefused(file, OpenError::Damaged, QStringLiteral("the file is cut short"));
    }

    void flippedBytesInATablePage()
    {
        Plan plan = testing::fullPlan();
        for (int i = 0; i < 200; ++i) {
            ContentItem item = plan.content[1];
            item.id = newRecordId();
            item.title = QStringLiteral("Post %1").arg(i);
            plan.content.push_back(item);
        }
        const QString file = savedPlan(QStringLiteral("flipped.cplan"), plan);
        QByteArray image = bytesOf(file);
        const int pageSize = readSqliteHeader(image)->pageSize;
        // Flip a byte in the cell area (near the end, before the reserved bytes) of every
        // page after the schema page in turn; each must be found.
        const int pages = int(image.size() / pageSize);
        for (int page = 2; page <= pages; ++page) {
            QByteArray damagedImage = image;
            damagedImage[(page - 1) * pageSize + pageSize - 200] ^= 0x20;
            writeBytes(file, damagedImage);
            const OpenResult result = openPlanFile(file);
            QVERIFY2(!result.plan, qPrintable(QStringLiteral("page %1 not detected").arg(page)));
            QCOMPARE(int(result.error), int(OpenError::Damaged));
            QVERIFY(result.message.contains(QStringLiteral("the plan is damaged")));
        }
    }

    void requiredTableDropped()
    {
        const QString file = savedPlan(QStringLiteral("dropped.cplan"));
        runSql(file, "DROP TABLE kpi_actual");
        expectRefused(file, OpenError::Damaged, QStringLiteral("the table kpi_actual is missing"));
    }

    void valueOutOfRangeInARow()
    {
        const QString file = savedPlan(QStringLiteral("months.cplan"));
        runSql(file, "UPDATE plan_settings SET months = 999");
        expectRefused(file, OpenError::Damaged,
                      QStringLiteral("Plan settings: the horizon must be between 1 and 120 months (found 999)"));
        const QString shares = savedPlan(QStringLiteral("shares.cplan"));
        runSql(shares, "UPDATE segment SET serviceable_share = 1.5");
        expectRefused(shares, OpenError::Damaged,
                      QStringLiteral("Segment 'Students': serviceable share must be between 0 and 100 %"));
        const QString kind = savedPlan(QStringLiteral("kind.cplan"));
        runSql(kind, "UPDATE channel SET kind = 'tv' WHERE name = 'Banner'");
        expectRefused(kind, OpenError::Damaged, QStringLiteral("table channel, record 'Banner', field kind: 'tv' is not a known value"));
    }

    void planChangedByAnotherSqliteProgramStillOpens()
    {
        // A manager fixing a typo with a database browser: SQLite's change counter moves on,
        // the checksums are no longer trusted, and the plan opens with the change.
        const QString file = savedPlan(QStringLiteral("browser.cplan"));
        runSql(file, "UPDATE channel SET name = 'Search ads' WHERE name = 'Google Ads'");
        const OpenResult result = openPlanFile(file);
        QVERIFY2(result.plan, qPrintable(result.message));
        QCOMPARE(result.plan->channels[0].name, QStringLiteral("Search ads"));
    }

    void lockIsExclusiveAndStaleLocksAreTakenOver()
    {
        const QString file = savedPlan(QStringLiteral("locked.cplan"));
        {
            PlanLock first(file);
            QCOMPARE(first.tryLock(), PlanLock::Result::Locked);
            PlanLock second(file);
            QCOMPARE(second.tryLock(), PlanLock::Result::HeldElsewhere);
            QVERIFY(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
        }
        QVERIFY(!QFile::exists(PlanLock::lockPathFor(file)));
        // A lock left by a process that died: pid that does not run, this host.
        writeBytes(PlanLock::lockPathFor(file), QByteArray("999999\n") + QCoreApplication::applicationName().toUtf8()
                                                     + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
        PlanLock third(file);
        QCOMPARE(third.tryLock(), PlanLock::Result::Locked);
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
