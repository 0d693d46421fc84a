#pragma once

#include "plan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ChannelDetailForm;
}

namespace cplan {

class Document;

// Every field of one channel as a form, with the fields of its cost model only, and the
// forecast the channel gives. Each field commits when the person is done with it, as one undo
// command; a value that cannot be taken stays in its field, marked, with the reason under the form.
class ChannelDetailForm : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelDetailForm(Document *document, QWidget *parent = nullptr);
    ~ChannelDetailForm() override;

    void setChannel(const RecordId &channelId);
    RecordId channel() const { return m_channelId; }

signals:
    // "Add a test phase" for a channel without phases; the page proposes it and adds it.
    void addTestPhaseRequested(const cplan::RecordId &channelId);

private:
    void load();
    void showFigures(const Plan &plan, int index);
    // Applies a change typed into `editor` as one undo command, or marks the editor with the
    // reason it cannot be taken.
    void edit(const std::function<void(Channel &)> &change, const QString &text, QWidget *editor);
    QString fieldOf(const QWidget *editor) const;
    QList<QWidget *> typedFields() const;
    void clearProblems();

    Document *m_document;
    std::unique_ptr<Ui::ChannelDetailForm> m_ui;
    RecordId m_channelId;
    bool m_loading = false;
};

} // namespace cplan
