#pragma once

#include "plan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace cplan {

class CommentActions;
class CommentFilterModel;
class CommentModel;
class Document;

// The Review view: the plan's approval status with its history and "Change Status…", and
// every comment as threads, filtered by state, section and words. A double-click (or "Show
// in View") opens the view of the record a comment is about.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(Document *document, QWidget *parent = nullptr);
    ~ReviewPage() override;

    // The window hands over what the buttons do (they stay disabled without it).
    void setCommentActions(CommentActions *actions);

    // The comment the list has selected; null when none.
    RecordId currentComment() const;
    void selectComment(const RecordId &commentId);

signals:
    // Show the view `section` and select `record` in it (null: just the view).
    void showRecordRequested(const QString &section, const cplan::RecordId &record);

private:
    void loadApproval();
    void loadSections();
    void updateButtons();
    void updateCount();
    void showCurrent();

    Document *m_document;
    CommentActions *m_actions = nullptr;
    CommentModel *m_model;
    CommentFilterModel *m_filter;
    std::unique_ptr<Ui::ReviewPage> m_ui;
};

} // namespace cplan
