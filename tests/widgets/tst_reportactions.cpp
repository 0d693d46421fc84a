// File → Export PDF, Print Preview and the report dialog, driven through the real main window:
// the sections ticked in the dialog are the ones in the PDF, the choice is remembered, cancel
// writes nothing, and the preview lays out as many pages as the PDF has.
#include "document.h"
#include "mainwindow.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "reportactions.h"
#include "reportdialog.h"
#include "testplans.h"
#include "testprompts.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using testing::Answers;
using testing::TestPrompts;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    process.waitForFinished(60000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    return info.section(QStringLiteral("Pages:"), 1).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

QListWidgetItem *sectionItem(QListWidget *list, const QString &title)
{
    const auto items = list->findItems(title, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.constFirst();
}

} // namespace

class TestReportActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Answers m_answers;

    std::unique_ptr<MainWindow> openWindow()
    {
        const QString file = m_dir.filePath(QStringLiteral("plan.cplan"));
        if (!QFile::exists(file) && !storage::savePlanFile(testing::fullPlan(), file).ok)
            qFatal("cannot save the test plan");
        auto window = std::make_unique<MainWindow>(std::make_unique<TestPrompts>(&m_answers), m_dir.filePath(QStringLiteral("recovery")));
        window->show();
        if (!window->files()->openFile(file))
            qFatal("cannot open the test plan");
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerTests"));
        QVERIFY(m_dir.isValid());
    }
    void init() { m_answers = Answers(); }

    void dialogGivesWhatIsTicked()
    {
        ReportOptions start;
        start.sections = {ReportSection::Cover, ReportSection::Summary};
        ReportDialog dialog(start, QStringLiteral("Export PDF"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("sections"));
        QCOMPARE(list->count(), 11);
        QCOMPARE(sectionItem(list, QStringLiteral("Cover"))->checkState(), Qt::Checked);
        QCOMPARE(sectionItem(list, QStringLiteral("Charts"))->checkState(), Qt::Unchecked);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->text(), QStringLiteral("Export PDF"));

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("selectNone")), Qt::LeftButton);
        QVERIFY(dialog.options().sections.empty());
        QVERIFY(!ok->isEnabled()); // nothing to print
        sectionItem(list, QStringLiteral("Forecast and profit and loss"))->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        dialog.findChild<QRadioButton *>(QStringLiteral("landscape"))->setChecked(true);
        const ReportOptions chosen = dialog.options();
        QCOMPARE(chosen.sections, std::set<ReportSection>{ReportSection::Forecast});
        QCOMPARE(chosen.orientation, QPageLayout::Landscape);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("selectAll")), Qt::LeftButton);
        QCOMPARE(dialog.options().sections.size(), std::size_t(11));
    }

    void exportPdfWritesTheTickedSections()
    {
        auto window = openWindow();
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        m_answers.pdfPath = pdf;
        m_answers.reportDialog = [](QDialog *dialog) {
            auto *report = qobject_cast<ReportDialog *>(dialog);
            if (!report)
                return false;
            QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("selectNone")), Qt::LeftButton);
            report->setSectionChecked(ReportSection::Cover, true);
            report->setSectionChecked(ReportSection::Kpis, true);
            return true;
        };
        QAction *action = window->reports()->exportPdfAction();
        QVERIFY(window->menuBar()->actions().constFirst()->menu()->actions().contains(action)); // in the File menu
        action->trigger();
        QVERIFY(m_answers.errors.isEmpty());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Key performance indicators")));
        QVERIFY(text.contains(QStringLiteral("Prepared by Maya Lindqvist")));
        QVERIFY(!text.contains(QStringLiteral("Executive summary")));

        // Next time the dialog starts with the same choice.
        std::set<ReportSection> offered;
        m_answers.reportDialog = [&](QDialog *dialog) {
            offered = qobject_cast<ReportDialog *>(dialog)->options().sections;
            return false; // cancel
        };
        QFile::remove(pdf);
        action->trigger();
        QCOMPARE(offered, (std::set<ReportSection>{ReportSection::Cover, ReportSection::Kpis}));
        QVERIFY(!QFile::exists(pdf)); // cancelled: nothing written
    }

    void exportToAMissingFolderSaysSo()
    {
        auto window = openWindow();
        m_answers.pdfPath = m_dir.filePath(QStringLiteral("gone/out.pdf"));
        m_answers.reportDialog = [](QDialog *) { return true; };
        window->reports()->exportPdfAction()->trigger();
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors.constFirst().startsWith(QStringLiteral("Could not write the report to ") + m_answers.pdfPath),
                 qPrintable(m_answers.errors.constFirst()));
    }

    void previewShowsEveryPage()
    {
        auto window = openWindow();
        const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
        m_answers.pdfPath = pdf;
        m_answers.reportDialog = [](QDialog *dialog) {
            if (auto *report = qobject_cast<ReportDialog *>(dialog)) {
                QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("selectNone")), Qt::LeftButton);
                report->setSectionChecked(ReportSection::Summary, true);
                report->setSectionChecked(ReportSection::Channels, true);
            }
            return true;
        };
        window->reports()->exportPdfAction()->trigger();
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 2);

        int previewPages = -1;
        m_answers.reportDialog = [&](QDialog *dialog) {
            if (qobject_cast<ReportDialog *>(dialog))
                return true; // the remembered choice: summary and channels
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (!preview)
                return false;
            preview->updatePreview();
            previewPages = preview->pageCount();
            return false;
        };
        window->reports()->previewAction()->trigger();
        QCOMPARE(previewPages, pages);
    }
};

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
