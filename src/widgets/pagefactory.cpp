#include "pagefactory.h"

#include "businessplanpage.h"
#include "calendarpage.h"
#include "marketpage.h"
#include "overviewpage.h"
#include "planareapage.h"

namespace cplan {

QWidget *createPage(View view, Document *document)
{
    switch (view) {
    case View::Overview: return new OverviewPage(document);
    case View::Business: return new BusinessPlanPage(document);
    case View::Market: return new MarketPage(document);
    case View::Calendar: return new CalendarPage(document);
    case View::Channels:
    case View::Rollout:
    case View::Forecast:
    case View::Kpis:
    case View::Review: break;
    }
    return new PlanAreaPage(document, view);
}

} // namespace cplan
