#include "overviewpage.h"

#include "displayformat.h"
#include "document.h"
#include "forecast.h"
#include "plansettingsform.h"
#include "verdict.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace cplan {

OverviewPage::OverviewPage(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    auto *settingsBox = new QGroupBox(tr("Plan"));
    auto *settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(new PlanSettingsForm(document));
    settingsLayout->addStretch();
    layout->addWidget(settingsBox, 3);

    auto *figuresBox = new QGroupBox(tr("Headline figures (base scenario)"));
    auto *figuresLayout = new QVBoxLayout(figuresBox);
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("headlineFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setWordWrap(true);
    figuresLayout->addWidget(m_figures);
    figuresLayout->addStretch();
    layout->addWidget(figuresBox, 2);

    // Recomputing is cheap, but several changes in one command need only one refresh.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &OverviewPage::refreshFigures);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    refreshFigures();
}

void OverviewPage::refreshFigures()
{
    const Plan &plan = m_document->plan();
    const Forecast forecast = computeForecast(plan);
    const MarketSize market = marketSize(plan);
    int testing = 0;
    int rolledOut = 0;
    for (const Channel &channel : plan.channels) {
        testing += channel.status == ChannelStatus::Testing ? 1 : 0;
        rolledOut += channel.status == ChannelStatus::RolledOut ? 1 : 0;
    }
    const std::optional<YearMonth> breakEven = forecast.breakEvenMonth();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:4px 16px 4px 0'>%1</td><td align='right' style='padding:4px 0'><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Marketing budget"), formatMoney(plan, forecast.totals.spend));
    html += row(tr("Forecast revenue"), formatMoney(plan, forecast.totals.revenue));
    html += row(tr("Gross profit"), formatMoney(plan, forecast.totals.grossProfit));
    html += row(tr("Operating profit"), formatMoney(plan, forecast.totals.operatingProfit));
    html += row(tr("Marketing ROI"), forecast.roi ? formatPercent(*forecast.roi) : tr("none (nothing spent)"));
    html += row(tr("Break-even"), breakEven ? formatMonth(*breakEven) : tr("not within the horizon"));
    html += row(tr("Market size: TAM"), formatMoney(plan, market.tam));
    html += row(tr("SAM"), formatMoney(plan, market.sam));
    html += row(tr("SOM"), formatMoney(plan, market.som));
    html += row(tr("Channels in test / rolled out"), tr("%1 / %2").arg(testing).arg(rolledOut));
    html += row(tr("Content items"), QString::number(plan.content.size()));
    html += QStringLiteral("</table>");
    m_figures->setText(html);
}

} // namespace cplan
