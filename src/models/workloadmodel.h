#pragma once

#include "document.h"
#include "workload.h"

#include <QAbstractTableModel>
#include <QDate>

namespace cplan {

// Hours of content work per team member (rows) per week (columns) against their weekly
// capacity; weeks over capacity are flagged (OverCapacityRole, a red background, a tip).
class WorkloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { MemberIdRole = Qt::UserRole + 1, HoursRole, CapacityRole, OverCapacityRole, WeekStartRole };

    explicit WorkloadModel(Document *document, QObject *parent = nullptr);

    // The weeks shown: `weeks` weeks, the first starting on `firstWeekStart`.
    void setWeeks(const QDate &firstWeekStart, int weeks);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // How many of the shown weeks are over capacity, for all members together.
    int overCapacityCount() const;

private:
    void recompute();
    void takeNames();

    Document *m_document;
    QDate m_firstWeek;
    int m_weeks = 0;
    std::vector<MemberWorkload> m_load;
    std::vector<QString> m_names; // of the rows, as computed
    RecurrenceRuleCache m_rules;
};

} // namespace cplan
