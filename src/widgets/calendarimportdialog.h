#pragma once

#include "calendarimport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CalendarImportDialog;
}

class QPushButton;
class QTreeWidget;

namespace cplan {

// Shows what importing a calendar file will do before anything changes: the items it adds
// (title, date), the items it updates with what changes ("Title: Old → New; Date: 3 Mar →
// 5 Mar"), the events it leaves out with their line and reason, and notes on parts of events
// it could not use. Import accepts, Cancel writes nothing; a file that changes nothing offers
// only Close.
class CalendarImportDialog : public QDialog
{
    Q_OBJECT
public:
    CalendarImportDialog(const Plan &plan, const CalendarImportPlan &import, const QString &fileName,
                         QWidget *parent = nullptr);
    ~CalendarImportDialog() override;

    QPushButton *importButton() const { return m_importButton; }
    QTreeWidget *changesTree() const;
    QString summary() const;
    // One line per row of the list, for tests: the groups' headings as they read, then
    // "Title | date" or "Title | what changes", each change indented: "  Date | 3 Mar → 5 Mar".
    QStringList lines() const;

private:
    std::unique_ptr<Ui::CalendarImportDialog> m_ui;
    QPushButton *m_importButton = nullptr;
};

// "Title: Old → New; Date: 3 Mar 2026 → 5 Mar 2026", dates and times as the locale writes them.
QString describeCalendarChanges(const std::vector<CalendarFieldChange> &changes);

} // namespace cplan
