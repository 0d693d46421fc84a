#include "plansearchfield.h"

#include "appicons.h"
#include "document.h"
#include "recordsearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace cplan {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SectionRole = Qt::UserRole + 1;

} // namespace

PlanSearchField::PlanSearchField(QWidget *parent)
    : QLineEdit(parent), m_matches(new QStandardItemModel(this)), m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("planSearchField"));
    setPlaceholderText(tr("Find in plan"));
    setAccessibleName(tr("Find in plan"));
    setToolTip(tr("Find a channel, phase, segment, content item or KPI by name (%1)")
                   .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    setClearButtonEnabled(true);
    addAction(appIcon(QStringLiteral("find")), QLineEdit::LeadingPosition);
    // The matches are worked out here; the completer only shows them.
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &PlanSearchField::updateMatches);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter without picking from the list: the best match. (Enter on the list also reaches the
        // field, after the pick.)
        if (!m_justChose)
            choose(0);
    });
}

void PlanSearchField::setDocument(Document *document)
{
    m_document = document;
    m_matches->clear();
    clear();
}

void PlanSearchField::updateMatches()
{
    m_matches->clear();
    if (!m_document)
        return;
    for (const FoundRecord &record : findRecordsByName(m_document->plan(), text())) {
        auto *item = new QStandardItem(tr("%1 — %2").arg(record.name, record.kind));
        item->setData(QVariant::fromValue(record.id), IdRole);
        item->setData(record.section, SectionRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() == 0 && !text().trimmed().isEmpty()) {
        auto *none = new QStandardItem(tr("No record is named like “%1”").arg(text().trimmed()));
        none->setFlags(Qt::NoItemFlags);
        m_matches->appendRow(none);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void PlanSearchField::choose(int row)
{
    const QModelIndex index = m_matches->index(row, 0);
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    const RecordId id = index.data(IdRole).value<RecordId>();
    const QString section = index.data(SectionRole).toString();
    m_completer->popup()->hide();
    m_justChose = true;
    QTimer::singleShot(0, this, [this] { m_justChose = false; });
    emit recordChosen(section, id);
}

} // namespace cplan
