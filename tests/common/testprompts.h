#pragma once

// Answers to the questions the application asks, set by a test, and a record of what was
// asked: GUI tests run without modal dialogs.
#include "userprompts.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <utime.h>

namespace cplan::testing {

struct Answers
{
    UserPrompts::SaveChoice saveChoice = UserPrompts::SaveChoice::Cancel;
    bool restore = true;
    QString saveAsPath;
    QStringList asked;
    QStringList errors;
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
