#pragma once

#include "plan.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RecordListDialog;
}

namespace cplan {

class Document;
class RecordTableModelBase;

// A list of records to edit in place (campaigns, the team): a table over a record model whose
// edits are undo commands, Add and Remove buttons, and the reason when an edit is refused.
class RecordListDialog : public QDialog
{
    Q_OBJECT
public:
    struct Actions
    {
        std::function<void()> add;                       // pushes the command that adds a record
        std::function<void(const RecordId &)> remove;    // asks if needed, then pushes the removal
        int colourColumn = -1;                           // double-click opens a colour picker
    };
    RecordListDialog(Document *document, RecordTableModelBase *model, const QString &title, const QString &intro,
                     Actions actions, QWidget *parent = nullptr);
    ~RecordListDialog() override;

    Ui::RecordListDialog *form() const { return m_ui.get(); }

private:
    void updateButtons();

    std::unique_ptr<Ui::RecordListDialog> m_ui;
    Document *m_document;
    RecordTableModelBase *m_model;
    Actions m_actions;
};

// The plan's campaigns and team, each in such a dialog.
RecordListDialog *makeCampaignsDialog(Document *document, QWidget *parent);
RecordListDialog *makeTeamDialog(Document *document, QWidget *parent);

} // namespace cplan
