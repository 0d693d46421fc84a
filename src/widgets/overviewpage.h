#pragma once

#include <QWidget>

class QLabel;

namespace cplan {

class Document;

// The first page: the plan's settings as a form and its headline figures, which follow
// every edit.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Document *document, QWidget *parent = nullptr);

private:
    void refreshFigures();

    Document *m_document;
    QLabel *m_figures = nullptr;
};

} // namespace cplan
