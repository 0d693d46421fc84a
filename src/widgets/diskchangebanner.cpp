#include "diskchangebanner.h"

#include "document.h"
#include "plancomparison.h"
#include "planfilecontroller.h"
#include "userprompts.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace cplan {

DiskChangeBanner::DiskChangeBanner(PlanFileController *files, PlanComparison *comparison, UserPrompts *prompts,
                                   QWidget *parent)
    : QWidget(parent), m_files(files), m_comparison(comparison), m_prompts(prompts)
{
    setObjectName(QStringLiteral("diskChangeBanner"));
    setAttribute(Qt::WA_StyledBackground);
    // Fixed colours with their own text colour: they read the same in a light or a dark theme.
    setStyleSheet(QStringLiteral("#diskChangeBanner { background: #ffedd5; border-bottom: 1px solid #fb923c; }"
                                 "#diskChangeBanner QLabel { color: #7c2d12; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("diskChangeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText); // the file name is escaped
    auto *reload = new QPushButton(tr("Reload from Disk"));
    reload->setObjectName(QStringLiteral("reloadFromDiskButton"));
    reload->setToolTip(tr("Open the plan as it is on disk now; changes made here and not saved are lost"));
    auto *compare = new QPushButton(tr("Compare…"));
    compare->setObjectName(QStringLiteral("compareWithDiskButton"));
    compare->setToolTip(tr("See what differs between the plan here and the file on disk"));
    auto *copy = new QPushButton(tr("Save as Copy…"));
    copy->setObjectName(QStringLiteral("saveCopyOfChangedButton"));
    copy->setToolTip(tr("Keep the plan as it is here in another file; the file on disk stays as it is"));
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("closeDiskChangeBanner"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this note (Save still asks before writing over the file)"));
    close->setAccessibleName(tr("Hide the note that the file changed on disk"));
    layout->addWidget(m_text, 1);
    layout->addWidget(reload);
    layout->addWidget(compare);
    layout->addWidget(copy);
    layout->addWidget(close);

    connect(reload, &QPushButton::clicked, this, &DiskChangeBanner::reload);
    connect(compare, &QPushButton::clicked, this, &DiskChangeBanner::compareWithDisk);
    connect(copy, &QPushButton::clicked, m_files, &PlanFileController::saveCopy);
    connect(close, &QToolButton::clicked, this, [this] {
        m_closedFor = m_files->document();
        hide();
    });
    connect(m_files, &PlanFileController::diskStateChanged, this, &DiskChangeBanner::updateState);
    connect(m_files, &PlanFileController::documentChanged, this, &DiskChangeBanner::updateState);
    connect(m_files, &PlanFileController::compareWithDiskRequested, this, &DiskChangeBanner::compareWithDisk);
    updateState();
}

void DiskChangeBanner::updateState()
{
    Document *document = m_files->document();
    const bool changed = document && m_files->isChangedOnDisk();
    if (changed)
        m_text->setText(tr("<b>“%1” was changed by another program.</b> Save asks before writing over those "
                           "changes.")
                            .arg(QFileInfo(document->filePath()).fileName().toHtmlEscaped()));
    setVisible(changed && m_closedFor != document);
}

void DiskChangeBanner::reload()
{
    Document *document = m_files->document();
    if (document->isModified() && !m_prompts->confirmReloadFromDisk(document->displayName()))
        return;
    m_files->reloadFromDisk();
}

bool DiskChangeBanner::compareWithDisk()
{
    const QString path = m_files->document()->filePath();
    if (!m_comparison->compareWithFile(path, tr("%1 on disk").arg(QFileInfo(path).fileName())))
        return false;
    m_comparison->showComparison();
    return true;
}

} // namespace cplan
