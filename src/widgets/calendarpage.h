#pragma once

#include "plan.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;

namespace Ui {
class CalendarPage;
}

namespace cplan {

class CalendarEditor;
class CalendarFilterModel;
class CalendarPrompts;
class Document;
class MonthView;
class OccurrenceModel;
class WeekView;
class WorkloadModel;

// The content calendar: a month grid, a week with times and a sortable list, all over one
// model of the plan's dates with the same filters (campaign, channel, owner, status, type,
// text); the team's workload per week against capacity below; a toolbar to move through time,
// add items, edit campaigns and the team, and export or import the calendar.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Month, Week, List };

    explicit CalendarPage(Document *document, QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setCurrentDate(const QDate &date);
    QDate currentDate() const { return m_current; }
    // Tests answer the page's questions through their own prompts.
    void setPrompts(std::unique_ptr<CalendarPrompts> prompts);

    MonthView *monthView() const;
    WeekView *weekView() const;
    CalendarFilterModel *filter() const { return m_filter; }
    WorkloadModel *workload() const { return m_workload; }
    CalendarEditor *editor() const { return m_editor; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void wrapFilters();
    void fillFilters();
    void applyFilters();
    void updateRange();
    void updatePeriodLabel();
    void updateWorkloadSummary();
    void updateEditable();
    void step(int direction);
    void select(const RecordId &itemId, const QDate &date);
    void newItem(const QDate &date, int time);
    void showMessage(const QString &text);

    std::unique_ptr<Ui::CalendarPage> m_ui;
    Document *m_document;
    OccurrenceModel *m_occurrences;
    CalendarFilterModel *m_filter;
    WorkloadModel *m_workload;
    CalendarEditor *m_editor;
    Mode m_mode = Mode::Month;
    QDate m_current;
    QLabel *m_periodLabel = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_monthAction = nullptr;
    QAction *m_weekAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_campaignsAction = nullptr;
    QAction *m_teamAction = nullptr;
    QAction *m_workloadAction = nullptr;
};

} // namespace cplan
