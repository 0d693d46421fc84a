#include "pagefactory.h"

#include "businessplanpage.h"
#include "calendarpage.h"
#include "channelspage.h"
#include "forecastpage.h"
#include "kpispage.h"
#include "marketpage.h"
#include "overviewpage.h"
#include "reviewpage.h"
#include "rolloutpage.h"

#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>

namespace cplan {

QWidget *createPage(View view, Document *document)
{
    switch (view) {
    case View::Overview: return new OverviewPage(document);
    case View::Business: return new BusinessPlanPage(document);
    case View::Market: return new MarketPage(document);
    case View::Channels: return new ChannelsPage(document);
    case View::Rollout: return new RolloutPage(document);
    case View::Calendar: return new CalendarPage(document);
    case View::Kpis: return new KpisPage(document);
    case View::Forecast: return new ForecastPage(document);
    case View::Review: break;
    }
    return new ReviewPage(document);
}

namespace {

// Holds a page at the size of the window, and lets it scroll only when the window is smaller
// than the page's minimum. (QScrollArea's own resizing takes a page's preferred height as its
// minimum when the page has word-wrapped text, and would scroll pages that fit.)
class PageArea : public QScrollArea
{
public:
    explicit PageArea(QWidget *page)
    {
        setObjectName(QStringLiteral("pageArea"));
        setFrameShape(QFrame::NoFrame);
        setBackgroundRole(QPalette::Window);
        setFocusPolicy(Qt::NoFocus);
        setWidgetResizable(false);
        setWidget(page);
        page->installEventFilter(this);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        fit();
        QScrollArea::resizeEvent(event);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            QMetaObject::invokeMethod(this, [this] { fit(); }, Qt::QueuedConnection);
        return QScrollArea::eventFilter(watched, event);
    }

private:
    int minimumHeightAt(const QWidget *page, int width) const
    {
        int height = page->minimumSizeHint().expandedTo(page->minimumSize()).height();
        if (const QLayout *layout = page->layout(); layout && layout->hasHeightForWidth())
            height = std::max(height, layout->minimumHeightForWidth(width));
        return height;
    }

    void fit()
    {
        QWidget *page = widget();
        if (!page)
            return;
        const QSize room = maximumViewportSize();
        const int minimumWidth = page->minimumSizeHint().expandedTo(page->minimumSize()).width();
        int width = std::max(room.width(), minimumWidth);
        int roomHeight = room.height() - (minimumWidth > room.width() ? horizontalScrollBar()->sizeHint().height() : 0);
        if (minimumHeightAt(page, width) > roomHeight) // a vertical scroll bar takes some width
            width = std::max(minimumWidth, room.width() - verticalScrollBar()->sizeHint().width());
        const int height = std::max(roomHeight, minimumHeightAt(page, width));
        if (page->size() != QSize(width, height))
            page->resize(width, height);
    }
};

} // namespace

QWidget *inPageArea(QWidget *page)
{
    return new PageArea(page);
}

} // namespace cplan
