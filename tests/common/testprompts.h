#pragma once

// Answers to the questions the application asks, set by a test, and a record of what was
// asked: GUI tests run without modal dialogs.
#include "diskchangeprompts.h"
#include "userprompts.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QTest>

#include <functional>

#include <utime.h>

namespace cplan::testing {

struct Answers
{
    UserPrompts::SaveChoice saveChoice = UserPrompts::SaveChoice::Cancel;
    bool restore = true;
    QString saveAsPath;
    QStringList asked;
    QStringList errors;
    // Review: the name asked for at the first comment, whether an approved plan may go back to
    // draft, deleting a comment, and what a test does with a review dialog (accepts when true).
    QString authorName;
    bool moveToDraft = true;
    bool deleteComment = true;
    std::function<bool(QDialog *)> reviewDialog;
    // Report: the PDF's path, and what a test does with a report dialog (accepts when true).
    QString pdfPath;
    std::function<bool(QDialog *)> reportDialog;
    // The plan's file changed on disk: the button of the real question that the test clicks
    // (reloadButton, compareButton, saveCopyButton, cancelButton), and what else it does with
    // the question first (a screenshot, reading its text).
    QString diskChangeButton = QStringLiteral("cancelButton");
    std::function<void(QMessageBox *)> diskChangeBox;
    // Take over a plan locked on another computer; reload a changed plan from disk.
    bool takeOver = false;
    bool reloadFromDisk = true;
};

class TestPrompts : public UserPrompts
{
public:
    explicit TestPrompts(Answers *answers) : m_answers(answers) { }
    SaveChoice askSaveChanges(const QString &name) override
    {
        m_answers->asked.append(QStringLiteral("save changes to ") + name);
        return m_answers->saveChoice;
    }
    bool askRestoreRecovery(const QString &name, const QDateTime &) override
    {
        m_answers->asked.append(QStringLiteral("restore ") + name);
        return m_answers->restore;
    }
    void showError(const QString &, const QString &message) override { m_answers->errors.append(message); }
    bool askReplaceFile(const QString &path) override
    {
        m_answers->asked.append(QStringLiteral("replace ") + QFileInfo(path).fileName());
        return false;
    }
    QString openFileName(const QString &) override { return {}; }
    QString saveFileName(const QString &, const QString &) override { return m_answers->saveAsPath; }
    QString askAuthorName() override
    {
        m_answers->asked.append(QStringLiteral("author name"));
        return m_answers->authorName;
    }
    bool askMoveApprovedPlanToDraft(const QString &change) override
    {
        m_answers->asked.append(QStringLiteral("move to draft: ") + change);
        return m_answers->moveToDraft;
    }
    bool confirmDeleteComment(const QString &, int) override
    {
        m_answers->asked.append(QStringLiteral("delete comment"));
        return m_answers->deleteComment;
    }
    bool runReviewDialog(QDialog *dialog) override
    {
        return m_answers->reviewDialog && m_answers->reviewDialog(dialog);
    }

    DiskChangeChoice askChangedOnDisk(const QString &fileName) override
    {
        m_answers->asked.append(QStringLiteral("changed on disk: ") + fileName);
        // The real question, shown and answered by a click on its button.
        const std::unique_ptr<QMessageBox> box = makeChangedOnDiskBox(nullptr, fileName);
        box->show();
        if (m_answers->diskChangeBox)
            m_answers->diskChangeBox(box.get());
        if (auto *button = box->findChild<QPushButton *>(m_answers->diskChangeButton))
            QTest::mouseClick(button, Qt::LeftButton);
        return diskChangeChoice(*box);
    }
    bool confirmTakeOverLock(const QString &planName, const QString &holder) override
    {
        m_answers->asked.append(QStringLiteral("take over %1 from %2").arg(planName, holder));
        return m_answers->takeOver;
    }
    bool confirmReloadFromDisk(const QString &planName) override
    {
        m_answers->asked.append(QStringLiteral("reload ") + planName);
        return m_answers->reloadFromDisk;
    }

    QString savePdfFileName(const QString &) override { return m_answers->pdfPath; }
    bool runReportDialog(QDialog *dialog) override { return m_answers->reportDialog && m_answers->reportDialog(dialog); }

private:
    Answers *m_answers;
};

// Makes a file look last changed `secondsAgo` seconds ago.
inline void age(const QString &path, int secondsAgo)
{
    const qint64 when = QDateTime::currentSecsSinceEpoch() - secondsAgo;
    struct utimbuf times{when, when};
    utime(QFile::encodeName(path).constData(), &times);
}

} // namespace cplan::testing
