#include "helpviewer.h"

#include "appicons.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cplan {

namespace {

const QString docsFolder = QStringLiteral(":/docs/");
constexpr int FileRole = Qt::UserRole;
constexpr int HeadingRole = Qt::UserRole + 1;

QUrl urlOf(const QString &fileName)
{
    return QUrl(QStringLiteral("qrc") + docsFolder + fileName);
}

QString readGuide(const QString &fileName)
{
    QFile file(docsFolder + fileName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The guide as the browser shows it, so headings and search agree with what is on screen.
void renderGuide(QTextDocument &document, const QString &fileName)
{
    document.setMarkdown(readGuide(fileName));
}

} // namespace

QStringList bundledGuides()
{
    QStringList guides = QDir(docsFolder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    const QString first = QStringLiteral("user-guide.md");
    if (guides.removeOne(first))
        guides.prepend(first);
    return guides;
}

HelpViewer::HelpViewer(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("User Guide — Campaign Planner"));
    setWindowIcon(appIcon(QStringLiteral("help")));

    auto *back = new QToolButton;
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    back->setToolTip(tr("Back"));
    back->setAccessibleName(tr("Back"));
    auto *forward = new QToolButton;
    forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    forward->setToolTip(tr("Forward"));
    forward->setAccessibleName(tr("Forward"));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(appIcon(QStringLiteral("find")), QLineEdit::LeadingPosition);
    auto *previous = new QToolButton;
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Find the previous place (%1)")
                             .arg(QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText)));
    auto *next = new QToolButton;
    next->setText(tr("Next"));
    next->setToolTip(
        tr("Find the next place (%1)").arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    m_searchStatus = new QLabel;
    m_searchStatus->setObjectName(QStringLiteral("helpSearchStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_searchStatus, 1);

    m_contents = new QTreeWidget;
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({docsFolder});
    auto *splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 660});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    resize(960, 680);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    auto *nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence::FindNext);
    auto *previousAction = new QAction(this);
    previousAction->setShortcut(QKeySequence::FindPrevious);
    for (QAction *action : {findAction, nextAction, previousAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(nextAction, &QAction::triggered, this, [this] { findNext(); });
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        // Typing refines the match in place rather than jumping past it.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        if (m_search->text().isEmpty())
            m_searchStatus->clear();
        else
            findNext();
        highlightMatches();
    });
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpViewer::followSource);
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showDocument(item->data(0, FileRole).toString(), item->data(0, HeadingRole).toString());
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        showDocument(item->data(0, FileRole).toString(), item->data(0, HeadingRole).toString());
    });
    back->setEnabled(false);
    forward->setEnabled(false);

    buildContents();
    showDocument(QStringLiteral("user-guide.md"));
}

void HelpViewer::buildContents()
{
    for (const QString &fileName : bundledGuides()) {
        QTextDocument document;
        renderGuide(document, fileName);
        QTreeWidgetItem *guide = nullptr;
        QTreeWidgetItem *section = nullptr;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            int level = block.blockFormat().headingLevel();
            if (level == 0)
                continue;
            if (!guide) {
                guide = new QTreeWidgetItem(m_contents, {block.text()});
                guide->setToolTip(0, block.text());
                guide->setData(0, FileRole, fileName);
                continue;
            }
            level = std::max(level, 2); // a second title reads as a section of the same guide
            QTreeWidgetItem *parent = level > 2 && section ? section : guide;
            auto *item = new QTreeWidgetItem(parent, {block.text()});
            item->setToolTip(0, block.text()); // long headings are cut short in the list
            item->setData(0, FileRole, fileName);
            item->setData(0, HeadingRole, block.text());
            if (level <= 2)
                section = item;
        }
        if (!guide) { // a guide without a title still gets its line
            guide = new QTreeWidgetItem(m_contents, {fileName});
            guide->setData(0, FileRole, fileName);
        }
    }
    if (QTreeWidgetItem *first = m_contents->topLevelItem(0))
        first->setExpanded(true);
}

void HelpViewer::showDocument(const QString &fileName, const QString &heading)
{
    const QUrl url = urlOf(fileName);
    if (m_browser->source() != url)
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    scrollToHeading(heading);
}

QString HelpViewer::currentDocument() const
{
    return m_browser->source().fileName();
}

void HelpViewer::followSource(const QUrl &source)
{
    // The contents list follows the guide on screen, also when a link or Back changed it.
    const QString fileName = source.fileName();
    const QTreeWidgetItem *current = m_contents->currentItem();
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *guide = m_contents->topLevelItem(i);
        if (guide->data(0, FileRole).toString() != fileName)
            continue;
        if (!current || current->data(0, FileRole).toString() != fileName)
            m_contents->setCurrentItem(guide);
        guide->setExpanded(true);
    }
    highlightMatches();
}

void HelpViewer::scrollToHeading(const QString &heading)
{
    QTextDocument *document = m_browser->document();
    QTextBlock target = document->begin();
    if (!heading.isEmpty()) {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && block.text() == heading) {
                target = block;
                break;
            }
        }
    }
    m_browser->setTextCursor(QTextCursor(target));
    const int top = int(document->documentLayout()->blockBoundingRect(target).top());
    m_browser->verticalScrollBar()->setValue(top);
}

bool HelpViewer::findNext(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindFlags(QTextDocument::FindBackward) : QTextDocument::FindFlags();
    const auto wrapAndFind = [this, &text, flags, backward] {
        QTextCursor cursor(m_browser->document());
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        return m_browser->find(text, flags);
    };
    if (m_browser->find(text, flags)) {
        m_searchStatus->clear();
        return true;
    }
    // Not further on in this guide: the next guide that has it (this one again last, from the top).
    const QStringList guides = bundledGuides();
    if (guides.isEmpty())
        return false;
    const qsizetype here = std::max<qsizetype>(0, guides.indexOf(currentDocument()));
    for (qsizetype step = 1; step <= guides.size(); ++step) {
        const qsizetype offset = backward ? guides.size() - step : step;
        const QString &fileName = guides.at((here + offset) % guides.size());
        QTextDocument document;
        renderGuide(document, fileName);
        if (document.find(text).isNull())
            continue;
        if (fileName != currentDocument())
            showDocument(fileName);
        if (wrapAndFind()) {
            m_searchStatus->setText(fileName == guides.at(here) ? tr("From the top") : QString());
            return true;
        }
    }
    m_searchStatus->setText(tr("No guide mentions “%1”.").arg(text));
    return false;
}

void HelpViewer::highlightMatches()
{
    // Every place the search text appears, marked, so a person sees how many there are.
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_search->text();
    if (!text.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 230, 120));
        format.setForeground(QColor(Qt::black));
        QTextCursor found = m_browser->document()->find(text);
        while (!found.isNull() && marks.size() < 1000) {
            marks.append({found, format});
            found = m_browser->document()->find(text, found);
        }
    }
    m_browser->setExtraSelections(marks);
}

} // namespace cplan
