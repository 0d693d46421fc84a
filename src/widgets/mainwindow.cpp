#include "mainwindow.h"

#include "document.h"
#include "planareapage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cplan {

MainWindow::MainWindow(Document *document, QWidget *parent) : QMainWindow(parent), m_document(document)
{
    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; padding: 8px; border-bottom: 1px solid #e0c060; }"));
    m_banner->setWordWrap(true);
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget;
    for (const ViewInfo &info : allViews()) {
        m_navigation->addItem(info.title);
        m_pages->addWidget(new PlanAreaPage(document, info.view));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::readOnlyChanged, this, &MainWindow::updateTitle);
    updateTitle();
    statusBar()->showMessage(tr("%1 channels, %2 content items").arg(document->plan().channels.size()).arg(document->plan().content.size()));
}

void MainWindow::showView(View view)
{
    const auto &views = allViews();
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (views[i].view == view)
            m_navigation->setCurrentRow(int(i));
    }
}

View MainWindow::currentView() const
{
    return allViews().at(std::size_t(std::max(0, m_navigation->currentRow()))).view;
}

void MainWindow::updateTitle()
{
    QString title = m_document->displayName() + QStringLiteral("[*]");
    if (m_document->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title + QStringLiteral(" — ") + tr("Campaign Planner"));
    setWindowModified(m_document->isModified());
    m_banner->setVisible(m_document->isReadOnly());
    m_banner->setText(m_document->readOnlyReason());
}

} // namespace cplan
