#include "windowbanners.h"

#include "document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cplan {

WindowBanners::WindowBanners(QMenu *templates, QWidget *parent) : QWidget(parent), m_templates(templates)
{
    // Fixed colours with their own text colour: they read the same in a light or a dark theme.
    setStyleSheet(QStringLiteral("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid "
                                 "#e0c060; }"
                                 "#readOnlyBanner QLabel { color: #3d3000; }"
                                 "#readOnlyBanner[reviewing=\"true\"] { background: #dbeafe; "
                                 "border-bottom: 1px solid #93c5fd; }"
                                 "#readOnlyBanner[reviewing=\"true\"] QLabel { color: #1e3a8a; }"
                                 "#sampleBanner { background: #e6f4ea; border-bottom: 1px solid #9fd3b2; }"
                                 "#sampleBanner QLabel { color: #14532d; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_readOnly = new QWidget;
    m_readOnly->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnly->setAttribute(Qt::WA_StyledBackground);
    auto *readOnlyLayout = new QHBoxLayout(m_readOnly);
    readOnlyLayout->setContentsMargins(12, 6, 12, 6);
    m_readOnlyText = new QLabel;
    m_readOnlyText->setWordWrap(true);
    m_readOnlyText->setTextFormat(Qt::RichText); // the reasons are escaped
    m_saveCopy = new QPushButton(tr("Save a Copy…"));
    m_saveCopy->setObjectName(QStringLiteral("saveCopyButton"));
    m_takeOver = new QPushButton(tr("Take Over…"));
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOver->setToolTip(tr("Edit the plan here, after confirming that it is no longer open on the other computer"));
    readOnlyLayout->addWidget(m_readOnlyText, 1);
    readOnlyLayout->addWidget(m_takeOver);
    readOnlyLayout->addWidget(m_saveCopy);
    layout->addWidget(m_readOnly);
    connect(m_saveCopy, &QPushButton::clicked, this, &WindowBanners::saveCopyRequested);
    connect(m_takeOver, &QPushButton::clicked, this, &WindowBanners::takeOverRequested);

    m_sample = new QWidget;
    m_sample->setObjectName(QStringLiteral("sampleBanner"));
    m_sample->setAttribute(Qt::WA_StyledBackground);
    auto *sampleLayout = new QHBoxLayout(m_sample);
    sampleLayout->setContentsMargins(12, 6, 6, 6);
    auto *hint = new QLabel(tr("<b>This is a sample plan</b> — File → New from "
                               "Template to start your own."));
    hint->setObjectName(QStringLiteral("sampleHint"));
    hint->setWordWrap(true);
    auto *start = new QPushButton(tr("New from Template…"));
    start->setObjectName(QStringLiteral("startOwnPlanButton"));
    start->setToolTip(tr("Start your own plan from a template: the sample, a "
                         "product launch or a local shop"));
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("closeSampleBanner"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this hint"));
    close->setAccessibleName(tr("Hide the sample plan hint"));
    sampleLayout->addWidget(hint, 1);
    sampleLayout->addWidget(start);
    sampleLayout->addWidget(close);
    layout->addWidget(m_sample);
    connect(start, &QPushButton::clicked, this,
            [this, start] { m_templates->popup(start->mapToGlobal(QPoint(0, start->height()))); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_sample->hide();
        m_sampleClosedFor = m_document;
    });
}

void WindowBanners::showFor(Document *document, bool canSaveInPlace, bool isSample, bool canTakeOver)
{
    m_document = document;
    m_readOnly->setVisible(document->isReadOnly());
    if (document->isReviewing())
        m_readOnlyText->setText(
            QStringLiteral("<b>%1</b> %2").arg(tr("Reviewing:"), document->readOnlyReason().toHtmlEscaped()));
    else
        m_readOnlyText->setText(document->readOnlyReason().toHtmlEscaped());
    m_readOnly->setProperty("reviewing", document->isReviewing());
    m_readOnly->style()->unpolish(m_readOnly);
    m_readOnly->style()->polish(m_readOnly);
    m_saveCopy->setVisible(!canSaveInPlace);
    m_takeOver->setVisible(canTakeOver);
    m_sample->setVisible(isSample && !document->isReadOnly() && m_sampleClosedFor != document);
}

} // namespace cplan
