// The CSV import dialog: preview with the guesses, rows it cannot read with the reason, the
// choice of KPI for each name in the file, import as one undo step, re-import without
// doubling, an empty file, and a 50 MB file read on a worker thread while the window keeps
// answering, with progress and a stop button.
#include "csvimportdialog.h"
#include "document.h"
#include "testplans.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace cplan;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/tests/data/csv/") + name;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

} // namespace

class TestCsvImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void previewProblemsMappingAndImport()
    {
        Document document(testing::fullPlan());
        const RecordId traffic = document.plan().kpis[1].id;
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("quoted-commas.csv")));
        dialog.show();
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));

        // The preview: one row per record (the quoted line break stays in its cell), and the
        // row with text in the value column says why it cannot be read.
        auto *preview = child<QTableWidget>(&dialog, "previewTable");
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(2, 3)->text(), QStringLiteral("two\nlines"));
        QCOMPARE(preview->item(3, preview->columnCount() - 1)->text(), QStringLiteral("'oops' is not a number"));
        QCOMPARE(preview->verticalHeaderItem(3)->text(), QStringLiteral("6")); // its line in the file
        auto *problems = child<QTableWidget>(&dialog, "problemsTable");
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("6"));
        QCOMPARE(child<QComboBox>(&dialog, "kpiColumnCombo")->currentData().toInt(), 1);
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("4 rows: 3 values for 1 KPI. 1 row cannot be read."));

        // "Revenue, online shop" is no KPI of the plan: skipped until the user picks one.
        auto *mapping = child<QTableWidget>(&dialog, "mappingTable");
        QCOMPARE(mapping->rowCount(), 1);
        auto *import = child<QPushButton>(&dialog, "importButton");
        QVERIFY(!import->isEnabled());
        if (const QString dir = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/csv-import-dialog.png"));
        dialog.setTarget(QStringLiteral("Revenue, online shop"), traffic);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.result() != nullptr, true);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import 3 actuals from quoted-commas.csv"));
        QCOMPARE(document.plan().kpis[1].actuals.size(), std::size_t(3));
        QCOMPARE(document.plan().kpis[1].actuals[1].value, 2005.75);
        QVERIFY(!dialog.isVisible());

        // The same file again does not double the actuals.
        CsvImportDialog again(&document, dataFile(QStringLiteral("quoted-commas.csv")));
        QSignalSpy finishedAgain(&again, &CsvImportDialog::readingFinished);
        QVERIFY(finishedAgain.wait(10000));
        again.setTarget(QStringLiteral("Revenue, online shop"), traffic);
        QVERIFY(!again.importNow());
        QVERIFY(child<QLabel>(&again, "summaryLabel")->text().contains(QStringLiteral("Nothing new")));
        QCOMPARE(document.plan().kpis[1].actuals.size(), std::size_t(3));
        QCOMPARE(document.undoStack()->count(), 1);
    }

    void changingTheGuessesReadsAgain()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("dates-day-first.csv")));
        dialog.setDefaultKpi(document.plan().kpis[1].id);
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.options().dateFormat, CsvDateFormat::DayMonthYear);
        QCOMPARE(dialog.result()->values.at(QString()).begin()->first, Date(2026, 3, 1));
        // The user knows better: the dates are month first.
        auto *format = child<QComboBox>(&dialog, "dateFormatCombo");
        format->setCurrentIndex(format->findData(int(CsvDateFormat::MonthDayYear)));
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.result()->values.at(QString()).begin()->first, Date(2026, 1, 3));
        // Without a KPI column every row goes to the KPI selected on the page.
        QVERIFY(dialog.importNow());
        QCOMPARE(document.plan().kpis[1].actuals.front().date, Date(2026, 1, 3));
    }

    void emptyFile()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("empty.csv")));
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(), QStringLiteral("The file is empty."));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QVERIFY(!dialog.isReading());
    }

    // A 50 MB export: the window keeps answering while a worker reads it, the progress bar
    // moves, and the stop button ends the reading.
    void fiftyMegabytesDoNotFreezeTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("date,kpi,value\n");
            QByteArray block;
            const Date first(2020, 1, 1);
            for (int row = 0; block.size() < 1024 * 1024; ++row) {
                const Date day = first + boost::gregorian::days(row % 2000);
                block += toIsoString(day).toLatin1() + (row % 2 ? ",Organic traffic," : ",Cost per lead,")
                         + QByteArray::number(row % 977) + ".25\n";
            }
            for (int i = 0; i < 50; ++i)
                file.write(block);
        }
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QTRY_VERIFY(dialog.isReading());

        // Ticks of a 20 ms timer on the GUI thread while the file is read.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QList<int> progress;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
            progress.append(child<QProgressBar>(&dialog, "progressBar")->value());
        });
        ticker.start();
        QVERIFY(finished.wait(30000));
        ticker.stop();
        qInfo("50 MB read in the dialog in %lld ms; GUI ticks: %d, longest gap %lld ms", clock.elapsed(), ticks, longestGap);
        QVERIFY(ticks >= 3);
        QVERIFY2(longestGap < 500, "the window must keep answering while the file is read");
        QVERIFY(progress.back() > progress.front());
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->problemCount, 0);
        QVERIFY(dialog.result()->rows > 1'000'000);

        // Read again (another decimal setting) and stop half-way.
        auto *decimal = child<QComboBox>(&dialog, "decimalCombo");
        decimal->setCurrentIndex(1 - decimal->currentIndex());
        QTRY_VERIFY(dialog.isReading());
        QTest::mouseClick(child<QPushButton>(&dialog, "stopButton"), Qt::LeftButton);
        QVERIFY(!dialog.isReading());
        QVERIFY(!dialog.result());
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("stopped")));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    }
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
