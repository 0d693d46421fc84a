#pragma once

#include "plan.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ContentItemDialog;
}

namespace cplan {

// One content item to add or to change: title, type, status, date and time, how it repeats,
// channel, campaign, owner and notes. For a date of a repeating item the date field holds
// that date; which dates a change applies to is asked after OK.
class ContentItemDialog : public QDialog
{
    Q_OBJECT
public:
    // `occurrence` is the date that was opened (the item's own date for a one-off or a new item).
    ContentItemDialog(const Plan &plan, const ContentItem &item, const QDate &occurrence, QWidget *parent = nullptr);
    ~ContentItemDialog() override;

    // The item with the changes; its date is the (possibly new) date of the opened occurrence.
    ContentItem item() const;
    // Shows the item without letting it change (a plan open read-only).
    void setReadOnly(bool readOnly);
    // For tests: the widgets, to fill in as a person would.
    Ui::ContentItemDialog *form() const { return m_ui.get(); }

private:
    void chooseRepeats();
    void showRepeats();
    void check();

    std::unique_ptr<Ui::ContentItemDialog> m_ui;
    const Plan &m_plan;
    ContentItem m_item;
    QString m_recurrence;
};

} // namespace cplan
