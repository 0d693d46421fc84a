#include "focusstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace cplan {

namespace {

void drawRing(QPainter *painter, const QStyleOption *option, int inset)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = option->palette.color(QPalette::Active, QPalette::Highlight);
    painter->setPen(QPen(colour, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(inset + 1, inset + 1, -inset - 1, -inset - 1), 3, 3);
    painter->restore();
}

bool hasKeyboardFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_Enabled);
}

} // namespace

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_PanelButtonCommand: // push buttons
    case PE_PanelButtonTool:    // tool buttons that take focus (not the toolbar's)
        // Only after Tab: a ring on every clicked button would be noise.
        if (hasKeyboardFocus(option) && (option->state & State_KeyboardFocusChange) && widget
            && widget->focusPolicy() != Qt::NoFocus)
            drawRing(painter, option, 0);
        break;
    case PE_FrameFocusRect: // the current cell of a focused table, a check box's label
        drawRing(painter, option, 0);
        break;
    default: break;
    }
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A table, list or the side bar: the ring goes round the whole view.
    if (element == CE_ShapedFrame && hasKeyboardFocus(option) && qobject_cast<const QAbstractItemView *>(widget))
        drawRing(painter, option, 0);
}

void FocusStyle::install()
{
    if (qobject_cast<FocusStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusStyle(QStyleFactory::create(QApplication::style()->name())));
}

} // namespace cplan
