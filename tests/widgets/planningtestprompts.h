#pragma once

// Answers the questions of the channels, roll-out and KPI pages as a test says, and keeps
// what was asked.
#include "csvimportdialog.h"
#include "planningprompts.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <functional>

namespace cplan::testing {

struct PlanningAnswers
{
    bool removeChannel = true;
    std::function<std::optional<RolloutPhase>(const RolloutPhase &)> editPhase;
    QString actualsFile;
    // What to do in the import dialog; by default wait for the reading and import.
    std::function<void(CsvImportDialog &)> importDialog;
    QStringList asked;
};

class TestPlanningPrompts : public PlanningPrompts
{
public:
    explicit TestPlanningPrompts(PlanningAnswers *answers) : m_answers(answers) { }
    bool confirmRemoveChannel(const QString &name, const QString &dependents) override
    {
        m_answers->asked.append(QStringLiteral("remove %1 with %2").arg(name, dependents));
        return m_answers->removeChannel;
    }
    std::optional<RolloutPhase> editPhase(Document *, const RolloutPhase &phase) override
    {
        m_answers->asked.append(QStringLiteral("edit ") + phase.name);
        return m_answers->editPhase ? m_answers->editPhase(phase) : std::nullopt;
    }
    QString actualsFileName() override
    {
        m_answers->asked.append(QStringLiteral("csv file"));
        return m_answers->actualsFile;
    }
    void importActuals(Document *document, const QString &fileName, const RecordId &preferredKpi) override
    {
        m_answers->asked.append(QStringLiteral("import ") + fileName);
        CsvImportDialog dialog(document, fileName);
        dialog.setDefaultKpi(preferredKpi);
        if (m_answers->importDialog) {
            m_answers->importDialog(dialog);
            return;
        }
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog.importNow());
    }

private:
    PlanningAnswers *m_answers;
};

} // namespace cplan::testing
