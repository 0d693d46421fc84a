#pragma once

#include <QWidget>

class QAction;
class QTextEdit;
class QToolBar;

namespace cplan {

// A text editor with the formatting a plan needs: headings, bold, italic, bulleted and
// numbered lists, links; each button is checked when the text at the cursor has its format and
// pressing it again takes the format off. Its own undo is off: every change goes to the
// document's undo stack: typing through textEdited(), a button's change through
// formatChanged() (a step of its own), and editingFinished() ends a typing burst. The text
// comes and goes as the plan's clean HTML (toPlanHtml); plain text is read as well.
class RichTextEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    // Replaces the text without announcing an edit (the document changed it: undo, load).
    void setText(const QString &text);
    QString text() const; // the plan's HTML
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    QTextEdit *textEdit() const { return m_edit; }

signals:
    void textEdited(const QString &html);
    void formatChanged(const QString &html);
    void editingFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void toggleBold();
    void toggleItalic();
    void toggleHeading();
    void makeList(bool numbered);
    void insertLink();
    void updateActions();
    void keepLinesReadable();

    QToolBar *m_toolbar;
    QTextEdit *m_edit;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_heading;
    QAction *m_bullets;
    QAction *m_numbers;
    QAction *m_link;
    bool m_loading = false;
    bool m_formatting = false; // a button's change is under way
};

} // namespace cplan
