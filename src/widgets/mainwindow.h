#pragma once

#include "views.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cplan {

class Document;

// Assembles the navigation, the pages and the banner for one open document.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Document *document, QWidget *parent = nullptr);

    void showView(View view);
    View currentView() const;

private:
    void updateTitle();

    Document *m_document;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace cplan
