#pragma once

#include <QWidget>

class QBoxLayout;

namespace cplan {

// A row of panels that stacks them one under the other when the window is too narrow for them
// side by side, so a small screen gets every panel whole instead of a page that scrolls
// sideways.
class AdaptiveRow : public QWidget
{
public:
    explicit AdaptiveRow(QWidget *parent = nullptr);

    void addWidget(QWidget *panel, int stretch = 0);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int sideBySideWidth() const;

    QBoxLayout *m_layout;
};

} // namespace cplan
