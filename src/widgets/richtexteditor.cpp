#include "richtexteditor.h"

#include "richtext.h"
#include "richtextformat.h"

#include <QAction>
#include <QInputDialog>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace cplan {

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
    for (QAction *action : {m_heading, m_bold, m_italic})
        action->setCheckable(true);
    QFont bold = m_bold->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_italic->font();
    italic.setItalic(true);
    m_italic->setFont(italic);

    connect(m_bold, &QAction::triggered, this, &RichTextEditor::toggleBold);
    connect(m_italic, &QAction::triggered, this, &RichTextEditor::toggleItalic);
    connect(m_heading, &QAction::triggered, this, &RichTextEditor::toggleHeading);
    connect(m_bullets, &QAction::triggered, this, [this] { makeList(false); });
    connect(m_numbers, &QAction::triggered, this, [this] { makeList(true); });
    connect(m_link, &QAction::triggered, this, &RichTextEditor::insertLink);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateActions);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit textEdited(text());
    });
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
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // Again on the same kind of list: back to a plain paragraph.
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setIndent(0);
        cursor.setBlockFormat(block);
        return;
    }
    cursor.createList(style);
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
}

} // namespace cplan
