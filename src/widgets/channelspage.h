#pragma once

#include "plan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ChannelsPage;
}

namespace cplan {

class ChannelDetailForm;
class Document;
class PlanningPrompts;
class RecordFilterProxy;
template<typename Record>
class RecordTableModel;

// The Channels view: the channels as a sortable, searchable table beside a form with every
// detail of the selected one; add, duplicate, remove (asking, and saying what goes with it)
// and reorder, each one undo step. A second tab holds the team who own the channels.
class ChannelsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelsPage(Document *document, QWidget *parent = nullptr);
    ~ChannelsPage() override;

    // Tests answer the page's questions themselves.
    void setPrompts(std::unique_ptr<PlanningPrompts> prompts);
    RecordId currentChannel() const;
    void selectChannel(const RecordId &channelId);

    void addChannel();
    void duplicateChannel();
    void removeChannel();
    void moveChannel(int by);
    // Proposes a one-month test for the channel (proposedTestPhase) in the phase dialog and adds
    // it as one undo step when the person accepts it.
    void addTestPhase(const RecordId &channelId);

private:
    void updateActions();
    void showMessage(const QString &message);

    Document *m_document;
    std::unique_ptr<Ui::ChannelsPage> m_ui;
    std::unique_ptr<PlanningPrompts> m_prompts;
    RecordTableModel<Channel> *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    RecordTableModel<TeamMember> *m_teamModel = nullptr;
    RecordFilterProxy *m_teamProxy = nullptr;
    ChannelDetailForm *m_detail = nullptr;
};

} // namespace cplan
