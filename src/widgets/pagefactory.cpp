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

} // namespace cplan
