#pragma once

#include "plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CommentDialog;
}

namespace cplan {

// Writes one comment: a new one (on the selected record, its section or the whole plan, as
// the user picks), a reply, or a change to the text of one's own comment. OK only with text.
class CommentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { New, Reply, Edit };
    // `anchor` is where a new comment goes by default; `recordName`/`sectionTitle` name the
    // choices ("Channel “Google Ads”", "Channels"); a reply or an edit keeps its anchor.
    CommentDialog(Mode mode, const Comment &anchor, const QString &recordName, const QString &sectionTitle,
                  const QString &context, QWidget *parent = nullptr);
    ~CommentDialog() override;

    void setText(const QString &text);
    QString text() const;
    // The anchor as chosen: section and record, both cleared for the whole plan.
    QString section() const;
    RecordId recordId() const;
    // For tests and keyboard users: choose where the comment goes.
    enum class Anchor { Record, Section, Plan };
    void chooseAnchor(Anchor anchor);

private:
    void update();

    Comment m_anchor;
    std::unique_ptr<Ui::CommentDialog> m_ui;
};

} // namespace cplan
