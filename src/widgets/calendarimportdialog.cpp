#include "calendarimportdialog.h"
#include "ui_calendarimportdialog.h"

#include "displayformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace cplan {

namespace {

// A field's text as the window shows it: ISO dates in the locale's short format.
QString shown(const CalendarFieldChange &change, const QString &text)
{
    if (text.isEmpty())
        return CalendarImportDialog::tr("none");
    if (change.key != QLatin1String("date") && change.key != QLatin1String("excludedDates"))
        return text;
    QStringList dates;
    for (const QString &part : text.split(QStringLiteral(", "))) {
        const std::optional<Date> date = parseIsoDate(part);
        dates.append(date ? formatDate(*date) : part);
    }
    return dates.join(QStringLiteral(", "));
}

QString whenText(const ContentItem &item)
{
    QString text = formatDate(item.date);
    if (item.timeMinutes)
        text += QLatin1Char(' ') + QLocale().toString(QTime(0, 0).addSecs(*item.timeMinutes * 60), QLocale::ShortFormat);
    if (!item.recurrence.isEmpty())
        text += QLatin1Char(' ') + CalendarImportDialog::tr("(repeats)");
    return text;
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &heading)
{
    auto *item = new QTreeWidgetItem(tree, {heading});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &what, const QString &details)
{
    auto *row = new QTreeWidgetItem(parent, {what, details});
    row->setToolTip(0, what);
    row->setToolTip(1, details);
    return row;
}

} // namespace

QString describeCalendarChanges(const std::vector<CalendarFieldChange> &changes)
{
    QStringList parts;
    for (const CalendarFieldChange &change : changes)
        parts.append(CalendarImportDialog::tr("%1: %2 → %3").arg(change.label, shown(change, change.before), shown(change, change.after)));
    return parts.join(QStringLiteral("; "));
}

CalendarImportDialog::CalendarImportDialog(const Plan &plan, const CalendarImportPlan &import, const QString &fileName,
                                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CalendarImportDialog>())
{
    Q_UNUSED(plan);
    m_ui->setupUi(this);
    setWindowTitle(tr("Import %1").arg(fileName));
    const int added = import.count(CalendarImportAction::Add);
    const int updated = import.count(CalendarImportAction::Update);
    const int unchanged = import.count(CalendarImportAction::Unchanged);
    auto items = [](int n) { return n == 1 ? tr("1 item") : tr("%1 items").arg(n); };
    QString summary = import.changesPlan()
                          ? tr("Importing %1 adds %2 to the calendar, updates %3 and leaves %4 as they are.")
                                .arg(fileName, items(added), items(updated), items(unchanged))
                          : tr("%1 holds nothing that the calendar does not have already (%2 as they are).")
                                .arg(fileName, items(unchanged));
    if (import.skipped.size() == 1)
        summary += QLatin1Char(' ') + tr("1 event cannot be imported; it is listed below.");
    else if (import.skipped.size() > 1)
        summary += QLatin1Char(' ') + tr("%1 events cannot be imported; they are listed below.").arg(import.skipped.size());
    if (import.changesPlan())
        summary += QLatin1Char(' ') + tr("Nothing changes until you press Import; Undo takes the whole import back.");
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->setAccessibleName(tr("Import summary"));

    QTreeWidget *tree = m_ui->changesTree;
    if (added > 0) {
        QTreeWidgetItem *heading = group(tree, tr("To add (%1)").arg(added));
        for (const CalendarImportEntry &entry : import.entries) {
            if (entry.action == CalendarImportAction::Add)
                addRow(heading, entry.item.title, whenText(entry.item));
        }
    }
    if (updated > 0) {
        QTreeWidgetItem *heading = group(tree, tr("To update (%1)").arg(updated));
        for (const CalendarImportEntry &entry : import.entries) {
            if (entry.action != CalendarImportAction::Update)
                continue;
            // The item with the names of what changes; under it, one row per field, "old → new".
            QStringList labels;
            for (const CalendarFieldChange &change : entry.changes)
                labels.append(change.label);
            QTreeWidgetItem *row = addRow(heading, entry.item.title, QLocale().createSeparatedList(labels));
            row->setToolTip(1, describeCalendarChanges(entry.changes));
            for (const CalendarFieldChange &change : entry.changes)
                addRow(row, change.label, tr("%1 → %2").arg(shown(change, change.before), shown(change, change.after)));
            row->setExpanded(true);
        }
    }
    if (!import.skipped.isEmpty()) {
        QTreeWidgetItem *heading = group(tree, tr("Cannot be imported (%1)").arg(import.skipped.size()));
        for (const QString &line : import.skipped) {
            // "Line 14 (Title): why" → "Line 14 (Title)" | "why"
            const qsizetype colon = line.indexOf(QLatin1String("): "));
            if (colon > 0)
                addRow(heading, line.left(colon + 1), line.mid(colon + 3));
            else
                addRow(heading, line, {});
        }
    }
    if (!import.warnings.isEmpty()) {
        QTreeWidgetItem *heading = group(tree, tr("Left out of imported events (%1)").arg(import.warnings.size()));
        for (const QString &line : import.warnings) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            addRow(heading, colon > 0 ? line.left(colon) : line, colon > 0 ? line.mid(colon + 2) : QString());
        }
    }
    if (unchanged > 0) {
        QTreeWidgetItem *heading = group(tree, tr("Already in the plan as they are (%1)").arg(unchanged));
        for (const CalendarImportEntry &entry : import.entries) {
            if (entry.action == CalendarImportAction::Unchanged)
                addRow(heading, entry.item.title, whenText(entry.item));
        }
        heading->setExpanded(false);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    tree->setColumnWidth(0, 260);

    if (import.changesPlan()) {
        m_importButton = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        m_importButton->setDefault(true);
        m_importButton->setAccessibleName(tr("Import"));
    } else {
        m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(m_ui->buttons->button(QDialogButtonBox::Cancel)->text());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 480);
}

CalendarImportDialog::~CalendarImportDialog() = default;

QTreeWidget *CalendarImportDialog::changesTree() const
{
    return m_ui->changesTree;
}

QString CalendarImportDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QStringList CalendarImportDialog::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->changesTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *heading = m_ui->changesTree->topLevelItem(i);
        lines.append(heading->text(0));
        for (int j = 0; j < heading->childCount(); ++j) {
            const QTreeWidgetItem *row = heading->child(j);
            lines.append(row->text(0) + QStringLiteral(" | ") + row->text(1));
            for (int k = 0; k < row->childCount(); ++k)
                lines.append(QStringLiteral("  ") + row->child(k)->text(0) + QStringLiteral(" | ") + row->child(k)->text(1));
        }
    }
    return lines;
}

} // namespace cplan
