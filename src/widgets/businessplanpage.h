#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace cplan {

class Document;
class RichTextEditor;
struct PlanTexts;

// The written business plan: research notes, strategy and rationale, the message (to whom,
// what, how), website objectives, partnerships, priorities and recommendations. One section
// at a time in a large editor; the list shows each section's word count.
class BusinessPlanPage : public QWidget
{
    Q_OBJECT
public:
    explicit BusinessPlanPage(Document *document, QWidget *parent = nullptr);

    struct Section
    {
        const char *key;   // the JSON field
        const char *title;
        const char *prompt; // what to write, shown while the section is empty
        QString PlanTexts::*field;
    };
    static const std::vector<Section> &sections();
    void showSection(int index);

private:
    void load();
    void refreshCounts();
    // The editor's text changed; `formatting`: by a button, an undo step of its own.
    void edited(const QString &html, bool formatting);

    Document *m_document;
    QListWidget *m_sections;
    QLabel *m_title;
    QLabel *m_count;
    RichTextEditor *m_editor;
    int m_current = 0;
    bool m_newStep = false; // the next edit starts an undo step of its own
    int m_burst = 0;        // which typing burst the edits belong to
};

} // namespace cplan
