#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace cplan {

// Help > User Guide (F1): the bundled guides (docs/*.md, compiled in as resources) rendered in the
// application, with their sections listed beside them and a search field. Works offline; links
// between the guides open inside, links to the web in the browser.
class HelpViewer : public QWidget
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Shows a guide ("user-guide.md", "calendar.md" …), at the section with this heading if given.
    void showDocument(const QString &fileName, const QString &heading = {});
    QString currentDocument() const;
    // Selects the next (or previous) place the search text appears, going on into the other guides
    // when this one has no more; false (and a message) when no guide has it.
    bool findNext(bool backward = false);

private:
    void buildContents();
    void followSource(const QUrl &source);
    void scrollToHeading(const QString &heading);
    void highlightMatches();

    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
};

// The bundled guides, the user guide first: file names under :/docs/.
QStringList bundledGuides();

} // namespace cplan
