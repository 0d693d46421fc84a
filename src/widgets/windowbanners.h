#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;

namespace cplan {

class Document;

// The strips above the pages that say something about the open plan: why it is read-only (yellow;
// blue while reviewing) with "Save a Copy…" (and "Take Over…" for a plan locked by another
// computer), and on the unsaved bundled sample a hint how to start
// one's own plan, which the person may close.
class WindowBanners : public QWidget
{
    Q_OBJECT
public:
    // `templates` is File > New from Template, which the sample's hint opens.
    explicit WindowBanners(QMenu *templates, QWidget *parent = nullptr);

    // `canSaveInPlace`: Save writes into the plan's file; `isSample`: the unsaved bundled sample;
    // `canTakeOver`: the plan is locked by a process on another computer.
    void showFor(Document *document, bool canSaveInPlace, bool isSample, bool canTakeOver = false);

signals:
    void saveCopyRequested();
    void takeOverRequested();

private:
    QWidget *m_readOnly;
    QLabel *m_readOnlyText;
    QPushButton *m_saveCopy;
    QPushButton *m_takeOver;
    QWidget *m_sample;
    QMenu *m_templates;
    QPointer<Document> m_document;
    QPointer<Document> m_sampleClosedFor; // the sample whose hint the person closed
};

} // namespace cplan
