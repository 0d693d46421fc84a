#include "richtexteditor.h"

#include "richtext.h"
#include "richtextformat.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

namespace {

// Circles and squares (from pasted text) are bullets too; letters and roman numerals number.
bool isBulleted(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    return style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle || style == QTextListFormat::ListSquare;
}

} // namespace

RichTextEditor::RichTextEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_toolbar = new QToolBar;
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit = new QTextEdit;
    m_edit->setUndoRedoEnabled(false); // the document's undo stack has every edit
    m_edit->setAcceptRichText(true);
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_edit, 1);

    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        QAction *action = m_toolbar->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tip);
        addAction(action);
        return action;
    };
    m_heading = make(tr("Heading"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2), tr("Make this paragraph a heading"));
    m_bold = make(tr("Bold"), QKeySequence::Bold, tr("Bold"));
    m_italic = make(tr("Italic"), QKeySequence::Italic, tr("Italic"));
    m_bullets = make(tr("• List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), tr("Bulleted list"));
    m_numbers = make(tr("1. List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), tr("Numbered list"));
    m_link = make(tr("Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), tr("Link the selected text to a web address"));
    // Each button shows whether the text at the cursor has its format, and pressing it again
    // takes the format off.
    for (QAction *action : {m_heading, m_bold, m_italic, m_bullets, m_numbers})
        action->setCheckable(true);
    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);

    // A change made by a button or its shortcut is a step of its own: Undo takes back the list
    // or the bold, not the paragraph typed before it.
    auto formatting = [this](auto apply) {
        return [this, apply] {
            m_formatting = true;
            apply();
            m_formatting = false;
        };
    };
    connect(m_bold, &QAction::triggered, this, formatting([this] { toggleBold(); }));
    connect(m_italic, &QAction::triggered, this, formatting([this] { toggleItalic(); }));
    connect(m_heading, &QAction::triggered, this, formatting([this] { toggleHeading(); }));
    connect(m_bullets, &QAction::triggered, this, formatting([this] { makeList(false); }));
    connect(m_numbers, &QAction::triggered, this, formatting([this] { makeList(true); }));
    connect(m_link, &QAction::triggered, this, formatting([this] { insertLink(); }));
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateActions);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateActions);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (m_formatting)
            emit formatChanged(text());
        else
            emit textEdited(text());
    });
    m_edit->installEventFilter(this);
}

bool RichTextEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        emit editingFinished();
    return QWidget::eventFilter(watched, event);
}

void RichTextEditor::setText(const QString &value)
{
    if (value == text())
        return; // the document holds what is shown: keep the cursor where it is
    m_loading = true;
    if (isHtml(value) || value.isEmpty())
        m_edit->setHtml(value);
    else
        m_edit->setPlainText(value);
    m_loading = false;
    updateActions();
}

QString RichTextEditor::text() const
{
    return toPlanHtml(*m_edit->document());
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_toolbar->setEnabled(!readOnly);
}

void RichTextEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RichTextEditor::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(m_bold->isChecked() ? QFont::Bold : QFont::Normal);
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEditor::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(m_italic->isChecked());
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEditor::toggleHeading()
{
    QTextCursor cursor = m_edit->textCursor();
    QTextBlockFormat block = cursor.blockFormat();
    const bool heading = block.headingLevel() == 0;
    block.setHeadingLevel(heading ? 2 : 0);
    cursor.beginEditBlock();
    cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(heading ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, heading ? 1 : 0);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void RichTextEditor::makeList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    QTextList *list = cursor.currentList();
    cursor.beginEditBlock();
    if (list && isBulleted(list) != numbered) {
        // Again on the same kind of list: every paragraph of the selection back to plain text.
        QTextCursor walk(m_edit->document());
        walk.setPosition(cursor.selectionStart());
        const int end = cursor.selectionEnd();
        while (true) {
            QTextBlock block = walk.block();
            if (QTextList *own = block.textList())
                own->remove(block);
            // remove() leaves the list's indent on the paragraph; a plain paragraph has none.
            QTextBlockFormat format = walk.blockFormat();
            format.setIndent(0);
            format.setObjectIndex(-1);
            walk.setBlockFormat(format);
            if (block.position() + block.length() > end || !walk.movePosition(QTextCursor::NextBlock))
                break;
        }
    } else if (list) {
        // The other kind of list: the same list, bulleted or numbered.
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        cursor.createList(style);
    }
    cursor.endEditBlock();
    updateActions();
}

void RichTextEditor::insertLink()
{
    QTextCursor cursor = m_edit->textCursor();
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Link"), tr("Web address:"), QLineEdit::Normal,
                                                  cursor.charFormat().anchorHref(), &ok);
    if (!ok)
        return;
    QTextCharFormat format;
    format.setAnchor(!address.isEmpty());
    format.setAnchorHref(address);
    format.setFontUnderline(!address.isEmpty());
    format.setForeground(address.isEmpty() ? palette().text() : palette().link());
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    else if (!address.isEmpty())
        cursor.insertText(address, format);
}

void RichTextEditor::updateActions()
{
    const QTextCursor cursor = m_edit->textCursor();
    m_bold->setChecked(cursor.charFormat().fontWeight() >= QFont::Bold && cursor.blockFormat().headingLevel() == 0);
    m_italic->setChecked(cursor.charFormat().fontItalic());
    m_heading->setChecked(cursor.blockFormat().headingLevel() > 0);
    const QTextList *list = cursor.currentList();
    m_bullets->setChecked(list && isBulleted(list));
    m_numbers->setChecked(list && !isBulleted(list));
}

void RichTextEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepLinesReadable();
}

// On a wide screen lines stop at about 110 characters, as in a book or a web page, instead of
// running across 2,000 pixels; a narrower editor wraps at its own width.
void RichTextEditor::keepLinesReadable()
{
    const int readable = m_edit->fontMetrics().averageCharWidth() * 110;
    if (m_edit->width() > readable + 60) {
        m_edit->setLineWrapMode(QTextEdit::FixedPixelWidth);
        m_edit->setLineWrapColumnOrWidth(readable);
    } else {
        m_edit->setLineWrapMode(QTextEdit::WidgetWidth);
    }
}

} // namespace cplan
