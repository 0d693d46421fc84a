// Review mode through the real window and file controller: a manager opens a plan for review,
// comments, replies, resolves and approves, saves, and the plan's own tables stay byte for
// byte as they were. Also: a review that cannot write its file says so, the Review view's
// filters and its jump to a record, the approved-plan question and the author name.
#include "appsettings.h"
#include "approvaldialog.h"
#include "commentdialog.h"
#include "document.h"
#include "mainwindow.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "planlock.h"
#include "recoverystore.h"
#include "reviewpage.h"
#include "testplans.h"
#include "testprompts.h"
#include "itemroles.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <sqlite3.h>

using namespace cplan;

namespace {

using testing::Answers;
using testing::TestPrompts;

// Every table of the file except the review's own, row by row, value by value (with its
// type), and the schema: what `sqlite3 .dump` shows of them, read through the C API.
QString dumpPlanTables(const QString &file)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    auto rows = [db](const QByteArray &sql) {
        QStringList out;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return QStringList{QStringLiteral("cannot read: ") + QString::fromUtf8(sql)};
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList values;
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                const int type = sqlite3_column_type(statement, c);
                const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(statement, c)),
                                       sqlite3_column_bytes(statement, c));
                values.append(QString::number(type) + QLatin1Char(':') + QString::fromLatin1(bytes.toHex()));
            }
            out.append(values.join(QLatin1Char('|')));
        }
        sqlite3_finalize(statement);
        return out;
    };
    QStringList dump;
    const QStringList tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (const QString &encoded : tables) {
        const QString name = QString::fromUtf8(QByteArray::fromHex(encoded.section(QLatin1Char(':'), 1).toLatin1()));
        if (name == QLatin1String("comment") || name == QLatin1String("approval") || name == QLatin1String("approval_event"))
            continue;
        dump.append(QStringLiteral("TABLE ") + name);
        dump += rows("SELECT sql FROM sqlite_master WHERE name = '" + name.toUtf8() + "'");
        dump += rows("SELECT * FROM \"" + name.toUtf8() + "\"");
    }
    dump += rows("PRAGMA user_version");
    dump += rows("PRAGMA application_id");
    sqlite3_close(db);
    return dump.join(QLatin1Char('\n'));
}

int countRows(const QString &file, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    int count = -1;
    if (sqlite3_prepare_v2(db, QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction *findAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

template<typename Widget>
Widget *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<Widget *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

// Selects the row of `id` in a table whose model answers RecordIdRole.
bool selectRow(QTableView *table, const RecordId &id)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RecordIdRole).toUuid() == id) {
            table->setCurrentIndex(model->index(row, 0));
            table->setFocus();
            return true;
        }
    }
    return false;
}

void click(QPushButton *button)
{
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Answers m_answers;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<TestPrompts>(&m_answers), m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1300, 850);
        window->show();
        return window;
    }
    QString savedPlan(const QString &name, const Plan &plan = testing::fullPlan())
    {
        const QString file = path(name);
        if (!storage::savePlanFile(plan, file).ok)
            qFatal("cannot save the test plan");
        return file;
    }
    // A comment dialog that writes `text` and says OK.
    void answerComment(const QString &text)
    {
        m_answers.reviewDialog = [text](QDialog *dialog) {
            auto *comment = qobject_cast<CommentDialog *>(dialog);
            if (!comment)
                return false;
            comment->setText(text);
            return true;
        };
    }
    void answerStatus(ApprovalStatus status, const QString &note)
    {
        m_answers.reviewDialog = [status, note](QDialog *dialog) {
            auto *approval = qobject_cast<ApprovalDialog *>(dialog);
            if (!approval)
                return false;
            approval->setStatus(status);
            approval->setNote(note);
            return true;
        };
    }
    QTreeView *selectComment(MainWindow &window, const QString &text)
    {
        auto *view = child<QTreeView>(window.findChild<ReviewPage *>(), "commentsView");
        const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, text, 1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            qFatal("no comment %s", qPrintable(text));
        view->setCurrentIndex(found.first());
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerReviewTests"));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_answers = Answers();
        AppSettings::setAuthorName(QStringLiteral("Henrik"));
    }

    void reviewAddsCommentsAndApprovalButKeepsThePlanByteForByte()
    {
        Plan plan = testing::fullPlan();
        const RecordId adsId = plan.comments.front().recordId; // "Paid search" has a thread already
        const RecordId bannerId = plan.channels.back().id;
        QVERIFY(adsId != bannerId);
        const QString file = savedPlan(QStringLiteral("review.cplan"), plan);
        const QString before = dumpPlanTables(file);
        QVERIFY(before.contains(QStringLiteral("TABLE channel")));
        QVERIFY(!before.contains(QStringLiteral("TABLE comment\n")));

        auto window = makeWindow();
        QVERIFY(window->files()->openForReview(file));
        Document *document = window->document();
        QVERIFY(document->isReviewing());
        QVERIFY(document->isReadOnly());
        QVERIFY(document->canComment());
        QVERIFY(window->windowTitle().contains(QStringLiteral("(reviewing)")));
        auto *banner = child<QWidget>(window.get(), "readOnlyBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>()->text().startsWith(QStringLiteral("<b>Reviewing:</b> The plan cannot be changed")));
        QVERIFY(!child<QPushButton>(banner, "saveCopyButton")->isVisible()); // this review saves into its file

        // The content cannot be edited: the tables and forms are locked like read-only.
        window->showView(View::Channels);
        auto *table = child<QTableView>(window.get(), "channelsTable");
        QVERIFY(!(table->model()->flags(table->model()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!child<QPushButton>(window.get(), "addChannelButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(window.get(), "nameEdit")->isEnabled());

        // Comment… on the selected channel (Ctrl+Alt+M).
        QAction *comment = findAction(*window, QStringLiteral("&Comment…"));
        QVERIFY(comment && comment->isEnabled());
        QCOMPARE(comment->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
        QVERIFY(selectRow(table, bannerId));
        answerComment(QStringLiteral("Is the banner budget still needed?"));
        comment->trigger();
        QCOMPARE(document->plan().comments.size(), std::size_t(3));
        const Comment added = document->plan().comments.back();
        QCOMPARE(added.recordId, bannerId);
        QCOMPARE(added.section, QStringLiteral("channels"));
        QCOMPARE(added.author, QStringLiteral("Henrik"));
        QVERIFY(qAbs(added.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(table->model()->index(table->currentIndex().row(), 0).data(Qt::DecorationRole).isValid());

        // Reply, resolve and approve from the Review view.
        window->showView(View::Review);
        auto *review = window->findChild<ReviewPage *>();
        selectComment(*window, QStringLiteral("Is the banner budget still needed?"));
        answerComment(QStringLiteral("Yes, for the autumn push."));
        click(child<QPushButton>(review, "replyButton"));
        QCOMPARE(document->plan().comments.size(), std::size_t(4));
        QCOMPARE(document->plan().comments.back().parentId, added.id);
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Reply to Henrik"));

        selectComment(*window, QStringLiteral("Why so much?"));
        QVERIFY(!child<QPushButton>(review, "editButton")->isEnabled()); // Anna's, not ours
        click(child<QPushButton>(review, "resolveButton"));
        QVERIFY(document->plan().comments.front().resolved);

        answerStatus(ApprovalStatus::Approved, QStringLiteral("Good to go"));
        click(child<QPushButton>(review, "changeStatusButton"));
        QCOMPARE(document->plan().approval.status, ApprovalStatus::Approved);
        QCOMPARE(document->plan().approval.by, QStringLiteral("Henrik"));
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Approve plan"));
        QCOMPARE(child<QTreeWidget>(review, "historyView")->topLevelItemCount(), 3);
        QCOMPARE(child<QTreeWidget>(review, "historyView")->topLevelItem(0)->text(3), QStringLiteral("Good to go"));

        QVERIFY(window->files()->save());
        QVERIFY(!document->isModified());
        QVERIFY(m_answers.errors.isEmpty());
        QCOMPARE(dumpPlanTables(file), before);
        // ... while the review's own tables took the changes.
        QCOMPARE(countRows(file, "comment"), 4);
        const storage::OpenResult reopened = storage::openPlanFile(file);
        QVERIFY(reopened.plan);
        QCOMPARE(reopened.plan->approval.status, ApprovalStatus::Approved);
        QCOMPARE(reopened.plan->approval.note, QStringLiteral("Good to go"));
        QVERIFY(reopened.plan->comments.front().resolved);
        Plan content = *reopened.plan;
        content.comments = plan.comments;
        content.approval = plan.approval;
        QCOMPARE(content, plan);
    }

    void aReviewOfAPlanOpenElsewhereRefusesToSaveAndSaysWhy()
    {
        const QString file = savedPlan(QStringLiteral("locked-review.cplan"));
        const QByteArray bytes = bytesOf(file);
        storage::PlanLock otherInstance(file);
        QCOMPARE(otherInstance.tryLock(), storage::PlanLock::Result::Locked);
        auto window = makeWindow();
        QVERIFY(window->files()->openForReview(file));
        QVERIFY(window->document()->isReviewing());
        auto *banner = child<QWidget>(window.get(), "readOnlyBanner");
        QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("cannot be saved into this file")));
        QVERIFY(child<QPushButton>(banner, "saveCopyButton")->isVisible());

        window->showView(View::Review);
        answerComment(QStringLiteral("Looks fine"));
        click(child<QPushButton>(window->findChild<ReviewPage *>(), "commentPlanButton"));
        QCOMPARE(window->document()->plan().comments.back().text, QStringLiteral("Looks fine"));
        QVERIFY(window->document()->plan().comments.back().section.isEmpty());

        QVERIFY(!window->files()->save());
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY(m_answers.errors.first().contains(QStringLiteral("locked-review.cplan")));
        QVERIFY(m_answers.errors.first().contains(QStringLiteral("already open")));
        QVERIFY(m_answers.errors.first().contains(QStringLiteral("Save As")));
        QCOMPARE(bytesOf(file), bytes);
        QVERIFY(window->document()->isModified());

        // Save As keeps the comments in a copy, which is still a review.
        m_answers.saveAsPath = path(QStringLiteral("review-copy.cplan"));
        QVERIFY(window->files()->saveAs());
        QVERIFY(window->document()->isReviewing());
        QVERIFY(window->document()->isReadOnly());
        QCOMPARE(storage::openPlanFile(m_answers.saveAsPath).plan->comments.back().text, QStringLiteral("Looks fine"));
        QCOMPARE(bytesOf(file), bytes);
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    void aReviewKeepsARecoveryCopyOfItsComments()
    {
        const QString file = savedPlan(QStringLiteral("recovered-review.cplan"));
        const QByteArray bytes = bytesOf(file);
        const storage::RecoveryStore recovery(m_dir.filePath(QStringLiteral("recovery")));
        QVERIFY(!recovery.entryFor(file));
        auto window = makeWindow();
        QVERIFY(window->files()->openForReview(file));
        window->showView(View::Review);
        answerComment(QStringLiteral("Keep me after a crash"));
        click(child<QPushButton>(window->findChild<ReviewPage *>(), "commentPlanButton"));
        window->files()->autosave();
        const std::optional<storage::RecoveryEntry> copy = recovery.entryFor(file);
        QVERIFY(copy);
        QFile saved(copy->recoveryPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(storage::openPlanImage(saved.readAll(), copy->recoveryPath).plan->comments.back().text,
                 QStringLiteral("Keep me after a crash"));
        QCOMPARE(bytesOf(file), bytes); // never the plan itself
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    void reviewViewFiltersAndJumpsToTheRecord()
    {
        Plan plan = testing::fullPlan();
        const RolloutPhase phase = plan.phases.front();
        plan.comments.push_back({newRecordId(), {}, QStringLiteral("rollout"), phase.id, QStringLiteral("Maya"),
                                 QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC), QStringLiteral("Start a week later?"), false});
        plan.comments.push_back({newRecordId(), {}, {}, {}, QStringLiteral("Henrik"),
                                 QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), QStringLiteral("Budget total ok"), true});
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(savedPlan(QStringLiteral("filters.cplan"), plan)));
        window->showView(View::Review);
        auto *review = window->findChild<ReviewPage *>();
        auto *view = child<QTreeView>(review, "commentsView");
        QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(child<QLabel>(review, "countLabel")->text(), QStringLiteral("2 open, 1 resolved"));

        auto *state = child<QComboBox>(review, "stateCombo");
        state->setCurrentIndex(state->findText(QStringLiteral("Resolved")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Budget total ok"));
        state->setCurrentIndex(state->findText(QStringLiteral("Open")));
        QCOMPARE(model->rowCount(), 2);
        auto *section = child<QComboBox>(review, "sectionCombo");
        section->setCurrentIndex(section->findText(QStringLiteral("Roll-out")));
        QCOMPARE(model->rowCount(), 1);
        section->setCurrentIndex(section->findText(QStringLiteral("All sections")));
        QTest::keyClicks(child<QLineEdit>(review, "searchEdit"), QStringLiteral("week later"));
        QCOMPARE(model->rowCount(), 1);

        // A double-click opens the roll-out view with the phase selected.
        const QModelIndex target = model->index(0, 0);
        view->scrollTo(target);
        const QRect rect = view->visualRect(target);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window->currentView(), View::Rollout);
        auto *phases = child<QTableView>(window.get(), "phasesTable");
        QCOMPARE(phases->currentIndex().data(RecordIdRole).toUuid(), phase.id);
        QVERIFY(phases->selectionModel()->isSelected(phases->currentIndex()));
    }

    void editingAnApprovedPlanAsksToMoveItBackToDraft()
    {
        Plan plan = testing::fullPlan();
        plan.approval = {ApprovalStatus::Approved, QStringLiteral("Anna"), QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC),
                         QStringLiteral("Go"), {}};
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(savedPlan(QStringLiteral("approved.cplan"), plan)));
        Document *document = window->document();
        QUndoStack *stack = document->undoStack();
        window->showView(View::Channels);
        auto *table = child<QTableView>(window.get(), "channelsTable");
        const QModelIndex first = table->model()->index(0, 0);
        const RecordId firstId = first.data(RecordIdRole).toUuid();
        auto nameOf = [document, firstId] { return document->plan().channels[std::size_t(document->indexOf<Channel>(firstId))].name; };
        const QString original = nameOf();
        QVERIFY(original != QStringLiteral("Renamed"));

        // No: the change is taken back and leaves nothing to redo.
        m_answers.moveToDraft = false;
        QVERIFY(table->model()->setData(first, QStringLiteral("Renamed"), Qt::EditRole));
        QTRY_COMPARE(m_answers.asked.size(), 1);
        QVERIFY(m_answers.asked.first().startsWith(QStringLiteral("move to draft: ")));
        QCOMPARE(nameOf(), original);
        QCOMPARE(document->plan().approval.status, ApprovalStatus::Approved);
        QCOMPARE(stack->count(), 0);
        QVERIFY(!stack->canRedo());
        QVERIFY(!document->isModified());
        // The Edit menu says so too: Redo is off, with no step named.
        QAction *redo = findAction(*window, QStringLiteral("&Redo"));
        QVERIFY(redo);
        QVERIFY(!redo->isEnabled());

        // A comment is no change to the content: nothing asked.
        answerComment(QStringLiteral("Fine"));
        QVERIFY(selectRow(table, firstId));
        findAction(*window, QStringLiteral("&Comment…"))->trigger();
        QTest::qWait(10);
        QCOMPARE(m_answers.asked.size(), 1);
        QCOMPARE(stack->count(), 1);

        // Yes: the change stays and the plan goes back to draft, as its own undo step.
        m_answers.moveToDraft = true;
        QVERIFY(table->model()->setData(table->model()->index(table->currentIndex().row(), 0), QStringLiteral("Renamed"),
                                        Qt::EditRole));
        QTRY_COMPARE(m_answers.asked.size(), 2);
        QCOMPARE(nameOf(), QStringLiteral("Renamed"));
        const Approval &approval = document->plan().approval;
        QCOMPARE(approval.status, ApprovalStatus::Draft);
        QCOMPARE(approval.by, QStringLiteral("Henrik"));
        QVERIFY(approval.note.contains(QStringLiteral("Rename channel")));
        QCOMPARE(approval.history.size(), std::size_t(2)); // approved, then draft
        QCOMPARE(stack->count(), 3);
        QCOMPARE(stack->undoText(), QStringLiteral("Move plan back to draft"));

        // Further edits of the draft ask nothing; undo and redo never ask.
        QVERIFY(table->model()->setData(table->model()->index(table->currentIndex().row(), 0), QStringLiteral("Renamed again"),
                                        Qt::EditRole));
        stack->undo();
        stack->undo();
        QCOMPARE(document->plan().approval.status, ApprovalStatus::Approved);
        stack->redo();
        stack->redo();
        QTest::qWait(10);
        QCOMPARE(m_answers.asked.size(), 2);
        QCOMPARE(nameOf(), QStringLiteral("Renamed again"));
        QCOMPARE(document->plan().approval.status, ApprovalStatus::Draft);
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    void theAuthorNameIsAskedOnceAndKept()
    {
        AppSettings::setAuthorName(QString());
        m_answers.authorName = QStringLiteral("Grace Hopper");
        auto window = makeWindow();
        QVERIFY(window->files()->openForReview(savedPlan(QStringLiteral("author.cplan"))));
        window->showView(View::Review);
        auto *review = window->findChild<ReviewPage *>();
        answerComment(QStringLiteral("One"));
        click(child<QPushButton>(review, "commentPlanButton"));
        answerComment(QStringLiteral("Two"));
        click(child<QPushButton>(review, "commentPlanButton"));
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("author name")});
        QCOMPARE(AppSettings::authorName(), QStringLiteral("Grace Hopper"));
        QCOMPARE(window->document()->plan().comments.back().author, QStringLiteral("Grace Hopper"));

        // Our own comment may be edited and deleted; each is one undo step.
        selectComment(*window, QStringLiteral("Two"));
        answerComment(QStringLiteral("Two, edited"));
        click(child<QPushButton>(review, "editButton"));
        QCOMPARE(window->document()->plan().comments.back().text, QStringLiteral("Two, edited"));
        selectComment(*window, QStringLiteral("Two, edited"));
        click(child<QPushButton>(review, "deleteButton"));
        QCOMPARE(window->document()->plan().comments.back().text, QStringLiteral("One"));
        QCOMPARE(window->document()->undoStack()->undoText(), QStringLiteral("Delete comment"));

        // Declining to give a name writes no comment.
        AppSettings::setAuthorName(QString());
        m_answers.authorName.clear();
        const std::size_t count = window->document()->plan().comments.size();
        click(child<QPushButton>(review, "commentPlanButton"));
        QCOMPARE(window->document()->plan().comments.size(), count);
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
