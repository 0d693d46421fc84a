#pragma once

#include <QProxyStyle>

namespace cplan {

// The application's style with a keyboard focus a person can see: a two-pixel ring in the highlight
// colour around the focused table, list, button or field (Fusion's own hint is a faint one-pixel
// tint). The highlight colour is the palette's, so it suits light and dark.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    // Puts the style on the application once (the window calls it; a second call does nothing).
    static void install();
};

} // namespace cplan
