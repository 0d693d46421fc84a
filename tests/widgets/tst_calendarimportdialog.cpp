// Importing an .ics file on the calendar page as a person does: the toolbar's Import ICS…,
// the preview listing what will be added, updated (with what changes) and left out, then
// Cancel (nothing written) or Import (one undo step). The file is the sample plan's own
// calendar, exported and edited as another calendar program would. With CPLAN_SCREENSHOT_DIR
// set, the preview is saved as ics-import-preview.png.
//
// Dates: the sample's launch email is on Monday 11 January 2027 at 08:00; the press release
// "Press kit and founder story pitch" on 6 April 2027 (all day).
#include "calendarimportdialog.h"
#include "calendarpage.h"
#include "calendarprompts.h"
#include "document.h"
#include "icalendar.h"
#include "planjson.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include <ctime>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

struct Answers
{
    QString fileName;
    std::function<bool(QDialog *)> dialog = [](QDialog *) { return false; };
    QStringList errors;
};

// The calendar's questions answered by the test, as in tst_calendarpage.
class TestPrompts : public CalendarPrompts
{
public:
    explicit TestPrompts(Answers *answers) : m_answers(answers) { }
    bool runDialog(QDialog *dialog) override { return m_answers->dialog(dialog); }
    QString calendarOpenFileName(const QString &, const QString &) override { return m_answers->fileName; }
    void showError(const QString &, const QString &message) override { m_answers->errors.append(message); }
    void showInformation(const QString &, const QString &) override { }

private:
    Answers *m_answers;
};

QAction *importAction(CalendarPage &page)
{
    for (QAction *action : page.findChild<QToolBar *>()->actions()) {
        const QList<QAction *> inside = action->menu() ? action->menu()->actions() : QList<QAction *>{action};
        for (QAction *candidate : inside) {
            if (candidate->text() == u"Import ICS…"_s)
                return candidate;
        }
    }
    return nullptr;
}

Plan samplePlan()
{
    QFile file(qEnvironmentVariable("CPLAN_SOURCE_DIR") + u"/resources/plans/sample.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    JsonImportResult read = planFromJson(file.readAll());
    return read.plan ? std::move(*read.plan) : Plan();
}

// The sample's calendar after a colleague's edits in another calendar program: the launch
// email retitled and moved two days, the press kit moved a day, a new event, one without a
// date, and every X-CPLAN-CHANNEL line dropped (which such programs do not keep).
QByteArray editedExport(const Plan &plan)
{
    QByteArray ics = writeICalendar(plan, QDateTime(QDate(2027, 1, 2), QTime(9, 0), Qt::UTC));
    ics.replace("SUMMARY:Launch email: Brightleaf is open\r\n", "SUMMARY:Launch email: We are open\r\n");
    const qsizetype launch = ics.indexOf("SUMMARY:Launch email: We are open");
    ics.replace(ics.lastIndexOf("DTSTART:20270111T080000", launch), 23, "DTSTART:20270113T080000");
    ics.replace("DTSTART;VALUE=DATE:20270406\r\n", "DTSTART;VALUE=DATE:20270407\r\n");
    QList<QByteArray> lines = ics.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.startsWith("X-CPLAN-CHANNEL"); });
    ics = lines.join('\n');
    ics.replace("END:VCALENDAR\r\n", "BEGIN:VEVENT\r\nUID:tasting@example.com\r\nDTSTART;VALUE=DATE:20270925\r\n"
                                     "SUMMARY:Autumn tasting\r\nEND:VEVENT\r\n"
                                     "BEGIN:VEVENT\r\nUID:nodate@example.com\r\nSUMMARY:Call the printer\r\nEND:VEVENT\r\n"
                                     "END:VCALENDAR\r\n");
    return ics;
}

const ContentItem *byTitle(const Document &document, const QString &title)
{
    for (const ContentItem &item : document.plan().content) {
        if (item.title == title)
            return &item;
    }
    return nullptr;
}

} // namespace

class TestCalendarImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Answers m_answers;
    Plan m_sample;

    std::unique_ptr<CalendarPage> makePage(Document *document)
    {
        auto page = std::make_unique<CalendarPage>(document);
        page->setPrompts(std::make_unique<TestPrompts>(&m_answers));
        page->resize(1024, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the page was not exposed");
        return page;
    }

    QString writeIcs(const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(u"team.ics"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write team.ics");
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_sample = samplePlan();
        QVERIFY2(!m_sample.content.empty(), "the sample plan is not found (CPLAN_SOURCE_DIR)");
    }
    void init() { m_answers = Answers(); }

    // The preview says what will happen; Cancel leaves the plan and the undo stack as they were.
    void previewThenCancelWritesNothing()
    {
        Document document(m_sample);
        auto page = makePage(&document);
        m_answers.fileName = writeIcs(editedExport(m_sample));
        QStringList shown;
        QString summary;
        bool fits = false;
        bool named = false;
        m_answers.dialog = [&](QDialog *dialog) {
            auto *preview = qobject_cast<CalendarImportDialog *>(dialog);
            if (!preview)
                return false;
            preview->show();
            if (!QTest::qWaitForWindowExposed(preview))
                return false;
            shown = preview->lines();
            summary = preview->summary();
            fits = preview->width() <= 1024 && preview->height() <= 700 && preview->minimumSizeHint().width() <= 1024
                   && preview->minimumSizeHint().height() <= 700;
            const auto *cancel = preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
            named = !preview->changesTree()->accessibleName().isEmpty() && preview->importButton()
                    && preview->importButton()->accessibleName() == u"Import"_s && cancel->accessibleName() == u"Cancel"_s
                    && !preview->findChild<QLabel *>(u"summaryLabel"_s)->accessibleName().isEmpty();
            const QString folder = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR");
            if (!folder.isEmpty())
                preview->grab().save(QDir(folder).filePath(u"ics-import-preview.png"_s), "PNG");
            QTest::mouseClick(const_cast<QPushButton *>(cancel), Qt::LeftButton);
            return preview->result() == QDialog::Accepted;
        };
        importAction(*page)->trigger();
        QVERIFY(m_answers.errors.isEmpty());
        QVERIFY(fits);
        QVERIFY(named);
        // 65 items in the sample: 2 edited, 63 as they are; 1 new event; 1 without a date.
        QCOMPARE(summary, u"Importing team.ics adds 1 item to the calendar, updates 2 items and leaves 63 items as they "
                          "are. 1 event cannot be imported; it is listed below. Nothing changes until you press Import; "
                          "Undo takes the whole import back."_s);
        QCOMPARE(shown.mid(0, 9),
                 (QStringList{u"To add (1)"_s, u"Autumn tasting | 25/09/2027"_s, u"To update (2)"_s,
                              u"Launch email: We are open | Title and Date"_s,
                              u"  Title | Launch email: Brightleaf is open → Launch email: We are open"_s,
                              u"  Date | 11/01/2027 → 13/01/2027"_s, u"Press kit and founder story pitch | Date"_s,
                              u"  Date | 06/04/2027 → 07/04/2027"_s, u"Cannot be imported (1)"_s}));
        QVERIFY2(shown.at(9).startsWith(u"Line "_s) && shown.at(9).endsWith(u"(Call the printer) | the event has no start date (DTSTART)."_s),
                 qPrintable(shown.at(9)));
        QCOMPARE(shown.at(10), u"Already in the plan as they are (63)"_s);
        QCOMPARE(document.plan(), m_sample);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    // Import: one undo step that adds and updates; channels stay; Undo restores the plan.
    void importIsOneUndoStep()
    {
        Document document(m_sample);
        auto page = makePage(&document);
        m_answers.fileName = writeIcs(editedExport(m_sample));
        m_answers.dialog = [](QDialog *dialog) {
            auto *preview = qobject_cast<CalendarImportDialog *>(dialog);
            if (!preview || !preview->importButton())
                return false;
            QTest::mouseClick(preview->importButton(), Qt::LeftButton);
            return preview->result() == QDialog::Accepted;
        };
        const ContentItem before = *byTitle(document, u"Launch email: Brightleaf is open"_s);
        importAction(*page)->trigger();
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), u"Import team.ics: 1 added, 2 updated"_s);
        QCOMPARE(document.plan().content.size(), m_sample.content.size() + 1);
        const ContentItem *launch = byTitle(document, u"Launch email: We are open"_s);
        QVERIFY(launch);
        QCOMPARE(launch->id, before.id);
        QCOMPARE(launch->date, Date(2027, 1, 13));
        QCOMPARE(launch->channelId, before.channelId);
        QCOMPARE(launch->campaignId, before.campaignId);
        QCOMPARE(launch->ownerId, before.ownerId);
        QCOMPARE(document.plan().content.back().title, u"Autumn tasting"_s);
        document.undoStack()->undo();
        QCOMPARE(document.plan(), m_sample);
    }

    // A file with nothing new: the preview offers only Close, and nothing is pushed.
    void aFileWithNothingNewOffersOnlyClose()
    {
        Document document(m_sample);
        auto page = makePage(&document);
        m_answers.fileName = writeIcs(writeICalendar(m_sample, QDateTime(QDate(2027, 1, 2), QTime(9, 0), Qt::UTC)));
        QString summary;
        QString closeText;
        bool hasImport = true;
        m_answers.dialog = [&](QDialog *dialog) {
            auto *preview = qobject_cast<CalendarImportDialog *>(dialog);
            if (!preview)
                return false;
            summary = preview->summary();
            hasImport = preview->importButton() != nullptr;
            closeText = preview->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
            return true; // even "accepted", nothing is written
        };
        importAction(*page)->trigger();
        QCOMPARE(summary, u"team.ics holds nothing that the calendar does not have already (65 items as they are)."_s);
        QVERIFY(!hasImport);
        QCOMPARE(closeText, u"Close"_s);
        QCOMPARE(document.undoStack()->count(), 0);
    }
};

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC");
    tzset();
    QApplication application(argc, argv);
    TestCalendarImportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarimportdialog.moc"
