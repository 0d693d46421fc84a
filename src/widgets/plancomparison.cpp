#include "plancomparison.h"

#include "comparedialog.h"
#include "document.h"
#include "plandiff.h"
#include "planfile.h"
#include "plansnapshot.h"
#include "userprompts.h"

#include <QFileInfo>

namespace cplan {

namespace {

// What the Overview and the Compare view call a snapshot: snapshot “Sent to Anna” (2026-11-20 10:15 UTC).
QString snapshotTitle(const PlanSnapshot &snapshot)
{
    return PlanComparison::tr("snapshot \u201C%1\u201D (%2)")
        .arg(snapshot.name, snapshot.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
}

} // namespace

PlanComparison::PlanComparison(UserPrompts *prompts, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_prompts(prompts), m_dialogParent(dialogParent)
{
    m_recompute.setSingleShot(true);
    m_recompute.setInterval(300);
    connect(&m_recompute, &QTimer::timeout, this, &PlanComparison::recompute);
}

PlanComparison::~PlanComparison()
{
    delete m_dialog;
}

void PlanComparison::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    clear();
    if (m_document) {
        connect(m_document, &Document::planChanged, &m_recompute, qOverload<>(&QTimer::start));
        connect(m_document, &Document::snapshotsChanged, this, [this] {
            if (m_followsSnapshots || !m_older)
                followLatestSnapshot();
        });
        followLatestSnapshot();
    }
}

bool PlanComparison::compareWithFile(const QString &path, const QString &name)
{
    storage::OpenResult result = storage::openPlanFile(path);
    if (!result.plan) {
        m_prompts->showError(tr("Compare with"), result.message);
        return false;
    }
    compareWith(std::move(*result.plan), name.isEmpty() ? QFileInfo(path).fileName() : name);
    m_followsSnapshots = false;
    return true;
}

void PlanComparison::compareWith(Plan older, const QString &olderName)
{
    m_older = std::move(older);
    m_olderName = olderName;
    recompute();
}

bool PlanComparison::compareWithSnapshot(const RecordId &snapshotId)
{
    if (!m_document)
        return false;
    for (const PlanSnapshot &snapshot : m_document->snapshots()) {
        if (snapshot.id != snapshotId)
            continue;
        QString error;
        std::optional<Plan> plan = snapshotPlan(snapshot, &error);
        if (!plan) {
            m_prompts->showError(tr("Compare with snapshot"), error);
            return false;
        }
        compareWith(std::move(*plan), snapshotTitle(snapshot));
        m_followsSnapshots = snapshot.id == m_document->snapshots().back().id;
        return true;
    }
    return false;
}

void PlanComparison::followLatestSnapshot()
{
    if (!m_document || m_document->snapshots().empty()) {
        if (m_followsSnapshots)
            clear();
        m_followsSnapshots = false;
        return;
    }
    const PlanSnapshot &latest = m_document->snapshots().back();
    if (std::optional<Plan> plan = snapshotPlan(latest)) {
        compareWith(std::move(*plan), snapshotTitle(latest));
        m_followsSnapshots = true;
    }
}

void PlanComparison::clear()
{
    m_recompute.stop();
    m_older.reset();
    m_olderName.clear();
    m_changeCount = 0;
    if (m_dialog)
        m_dialog->close();
    emit changed(QString(), 0);
}

void PlanComparison::recompute()
{
    if (!m_older || !m_document)
        return;
    PlanDiff diff = comparePlans(*m_older, m_document->plan());
    m_changeCount = diff.changeCount();
    if (m_dialog && m_dialog->isVisible())
        m_dialog->showDiff(std::move(diff), m_olderName, m_document->displayName());
    emit changed(m_olderName, m_changeCount);
}

CompareDialog *PlanComparison::dialog() const
{
    return m_dialog;
}

void PlanComparison::showComparison()
{
    if (!m_older || !m_document)
        return;
    if (!m_dialog) {
        m_dialog = new CompareDialog(m_dialogParent);
        m_dialog->setObjectName(QStringLiteral("compareDialog"));
        m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_dialog->showDiff(comparePlans(*m_older, m_document->plan()), m_olderName, m_document->displayName());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace cplan
