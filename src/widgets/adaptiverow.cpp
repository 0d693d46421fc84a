#include "adaptiverow.h"

#include <QBoxLayout>

#include <algorithm>

namespace cplan {

AdaptiveRow::AdaptiveRow(QWidget *parent) : QWidget(parent), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void AdaptiveRow::addWidget(QWidget *panel, int stretch)
{
    m_layout->addWidget(panel, stretch);
}

int AdaptiveRow::sideBySideWidth() const
{
    int width = 0;
    int panels = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (const QWidget *panel = m_layout->itemAt(i)->widget(); panel && !panel->isHidden()) {
            width += panel->minimumSizeHint().expandedTo(panel->minimumSize()).width();
            ++panels;
        }
    }
    return width + std::max(0, panels - 1) * m_layout->spacing();
}

QSize AdaptiveRow::minimumSizeHint() const
{
    // As narrow as the widest panel (stacked); as tall as the row is laid out now.
    int width = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        if (const QWidget *panel = m_layout->itemAt(i)->widget(); panel && !panel->isHidden())
            width = std::max(width, panel->minimumSizeHint().expandedTo(panel->minimumSize()).width());
    }
    return QSize(width, m_layout->minimumSize().height());
}

void AdaptiveRow::resizeEvent(QResizeEvent *event)
{
    const auto direction = width() >= sideBySideWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        updateGeometry(); // the page's height changes with it
    }
    QWidget::resizeEvent(event);
}

} // namespace cplan
