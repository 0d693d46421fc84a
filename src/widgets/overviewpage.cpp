#include "overviewpage.h"

#include "flowlayout.h"

#include "contentschedule.h"
#include "displayformat.h"
#include "document.h"
#include "forecast.h"
#include "forecastcharts.h"
#include "kpistatus.h"
#include "marketsizechart.h"
#include "plansettingsform.h"
#include "rollout.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace cplan {

namespace {

QChartView *chartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for the month names and the legend; a small window scrolls the page instead.
    view->setMinimumSize(300, 260);
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    view->setAccessibleName(chart->title()); // a chart is only a picture to a screen reader
    delete old;
}

} // namespace

OverviewPage::OverviewPage(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long plan name wraps instead of widening the page
    layout->addWidget(m_title);
    m_changedSince = new QLabel;
    m_changedSince->setObjectName(QStringLiteral("changedSince"));
    m_changedSince->setTextFormat(Qt::RichText);
    m_changedSince->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_changedSince->setToolTip(tr("Open the Compare view"));
    m_changedSince->hide();
    connect(m_changedSince, &QLabel::linkActivated, this, &OverviewPage::comparisonRequested);
    layout->addWidget(m_changedSince);

    // The settings every figure below depends on, where a person starting a plan looks first.
    auto *settings = new QGroupBox(tr("Plan settings"));
    settings->setObjectName(QStringLiteral("overviewSettings"));
    auto *settingsLayout = new QVBoxLayout(settings);
    m_settings = new PlanSettingsForm(document);
    m_settings->setScenarioFactorsVisible(false); // they belong to the forecast
    settingsLayout->addWidget(m_settings);
    // On a wide screen the fields keep a readable width instead of running across the page.
    settings->setMaximumWidth(1100);
    layout->addWidget(settings);

    // The cards wrap onto a second row in a narrow window.
    auto *cardsHost = new QWidget;
    m_cards = new FlowLayout(cardsHost, 8);
    m_cards->setContentsMargins(0, 0, 0, 0);
    addCard(QStringLiteral("budget"), tr("Marketing budget"), View::Forecast);
    addCard(QStringLiteral("revenue"), tr("Forecast revenue"), View::Forecast);
    addCard(QStringLiteral("roi"), tr("Marketing ROI"), View::Forecast);
    addCard(QStringLiteral("breakEven"), tr("Break-even"), View::Forecast);
    addCard(QStringLiteral("channels"), tr("Channels in test / rolled out"), View::Rollout);
    addCard(QStringLiteral("content"), tr("Content this month"), View::Calendar);
    addCard(QStringLiteral("kpis"), tr("KPIs behind target"), View::Kpis);
    layout->addWidget(cardsHost);

    auto *charts = new QGridLayout;
    m_revenueChart = chartView();
    m_profitChart = chartView();
    m_channelChart = chartView();
    m_marketChart = chartView();
    charts->addWidget(m_revenueChart, 0, 0);
    charts->addWidget(m_profitChart, 0, 1);
    charts->addWidget(m_channelChart, 1, 0);
    charts->addWidget(m_marketChart, 1, 1);
    const std::pair<QChartView *, View> chartTargets[] = {
        {m_revenueChart, View::Forecast}, {m_profitChart, View::Forecast}, {m_channelChart, View::Channels}, {m_marketChart, View::Market}};
    for (const auto &[view, target] : chartTargets) {
        view->viewport()->installEventFilter(this);
        m_targets.emplace_back(view->viewport(), target);
    }
    layout->addLayout(charts, 1);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    refresh();
}

QWidget *OverviewPage::addCard(const QString &key, const QString &title, View target)
{
    auto *card = new QFrame;
    card->setObjectName(key + QStringLiteral("Card"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setCursor(Qt::PointingHandCursor);
    card->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
                            .arg(card->objectName()));
    auto *inner = new QVBoxLayout(card);
    auto *value = new QLabel;
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    value->setFont(big);
    auto *caption = new QLabel(title);
    caption->setWordWrap(true);
    inner->addWidget(value);
    inner->addWidget(caption);
    for (const ViewInfo &info : allViews()) {
        if (info.view == target)
            card->setToolTip(tr("Open %1").arg(info.title));
    }
    card->installEventFilter(this);
    card->setMinimumWidth(150);
    m_cards->addWidget(card);
    m_values.emplace_back(key, value);
    m_targets.emplace_back(card, target);
    return card;
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        for (const auto &[widget, view] : m_targets) {
            if (widget == watched) {
                emit viewRequested(view);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString OverviewPage::cardValue(const QString &key) const
{
    for (const auto &[name, label] : m_values) {
        if (name == key)
            return label->text();
    }
    return {};
}

void OverviewPage::setChangedSince(const QString &olderName, int changeCount)
{
    m_changedSince->setVisible(!olderName.isEmpty());
    const QString text = changeCount == 1 ? tr("Changed since %1: 1 change").arg(olderName)
                                          : tr("Changed since %1: %2 changes").arg(olderName, QLocale().toString(changeCount));
    m_changedSince->setText(QStringLiteral("<a href=\"compare\">%1</a>").arg(text.toHtmlEscaped()));
    m_changedSince->setAccessibleName(text);
}

QString OverviewPage::changedSinceText() const
{
    return m_changedSince->isHidden() ? QString() : m_changedSince->accessibleName();
}

void OverviewPage::refresh()
{
    const Plan &plan = m_document->plan();
    const Forecast forecast = computeForecast(plan);
    m_title->setText(tr("%1 — %2 months from %3").arg(plan.settings.name).arg(plan.settings.months).arg(formatMonth(plan.settings.startMonth)));
    const ChannelStatusCounts statusCounts = channelStatusCounts(plan); // follows the phases
    // "This month": today's month when it lies in the horizon, else the plan's first month.
    const QDate today = QDate::currentDate();
    YearMonth month{today.year(), today.month()};
    if (month < plan.settings.startMonth || plan.settings.startMonth.addMonths(plan.settings.months - 1) < month)
        month = plan.settings.startMonth;
    std::size_t content = 0;
    for (const ContentItem &item : plan.content)
        content += itemOccurrences(item, month.firstDay(), month.lastDay()).size();
    int behind = 0;
    for (const Kpi &kpi : plan.kpis)
        behind += kpiStatus(kpi, plan.settings).track == KpiTrack::Behind ? 1 : 0;
    const std::optional<YearMonth> breakEven = forecast.breakEvenMonth();
    const std::pair<const char *, QString> values[] = {
        {"budget", formatMoney(plan, forecast.totals.spend)},
        {"revenue", formatMoney(plan, forecast.totals.revenue)},
        {"roi", forecast.roi ? formatPercent(*forecast.roi) : tr("none")},
        {"breakEven", breakEven ? formatMonth(*breakEven) : tr("not reached")},
        {"channels", tr("%1 / %2").arg(statusCounts.testing).arg(statusCounts.rolledOut)},
        {"content", tr("%1 in %2").arg(content).arg(formatMonth(month))},
        {"kpis", tr("%1 of %2").arg(behind).arg(plan.kpis.size())},
    };
    for (const auto &[key, text] : values) {
        for (auto &[name, label] : m_values) {
            if (name == QLatin1String(key))
                label->setText(text);
        }
    }
    replaceChart(m_revenueChart, buildRevenueSpendChart(plan, forecast));
    replaceChart(m_profitChart, buildCumulativeProfitChart(plan, forecast));
    replaceChart(m_channelChart, buildSpendByChannelChart(plan, forecast));
    replaceChart(m_marketChart, buildMarketSizeChart(plan));
}

} // namespace cplan
