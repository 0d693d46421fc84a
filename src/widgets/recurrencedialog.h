#pragma once

#include "recurrence.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QToolButton;

namespace Ui {
class RecurrenceDialog;
}

namespace cplan {

// Writes a repeat rule from plain choices ("every 2 weeks on Tuesday and Thursday", "the last
// Friday of every month", "ends after 10 times"), shows it in words and its next five dates.
// The rule can also be typed as RRULE text; the choices follow when they can show it.
class RecurrenceDialog : public QDialog
{
    Q_OBJECT
public:
    // `start` is the item's date (the rule's first possible date); `rule` its RRULE or empty.
    RecurrenceDialog(const QDate &start, const QString &rule, QWidget *parent = nullptr);
    ~RecurrenceDialog() override;

    // The rule as RRULE text, empty when the item does not repeat.
    QString rule() const;
    QString summary() const;
    QStringList nextDates() const;

    // The choices, for tests and for people who type.
    enum class MonthDay { DayOfMonth, WeekdayOfMonth, LastDay };
    void setFrequency(std::optional<Frequency> frequency);
    void setInterval(int interval);
    void setWeekdays(const std::vector<int> &weekdays); // 0 = Monday
    void setMonths(const std::vector<int> &months);     // 1..12
    void setMonthDay(MonthDay kind, int dayOrOrdinal = 1, int weekday = 0);
    void setEndAfter(int count);
    void setEndOn(const QDate &date);
    void setEndNever();

private:
    void fromChoices();
    void fromText(const QString &text);
    bool showInChoices(const std::optional<RecurrenceRule> &rule);
    void showResult(const std::optional<RecurrenceRule> &rule, const QString &problem);
    void updateVisibility();

    std::unique_ptr<Ui::RecurrenceDialog> m_ui;
    QDate m_start;
    QString m_rule;
    std::vector<QToolButton *> m_weekdayButtons; // Monday first
    std::vector<QToolButton *> m_monthButtons;
    bool m_updating = false;
};

} // namespace cplan
