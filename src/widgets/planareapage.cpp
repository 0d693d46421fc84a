#include "planareapage.h"

#include "contentschedule.h"
#include "document.h"
#include "enumnames.h"
#include "forecast.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cplan {

namespace {

class PageBuilder
{
public:
    PageBuilder(const Plan &plan, QVBoxLayout *layout) : m_plan(plan), m_layout(layout) { }

    QString money(double major) const
    {
        return QLocale().toString(major, 'f', m_plan.minorDigits()) + QChar(0x00A0) + m_plan.settings.currency;
    }
    QString money(Money amount) const { return money(m_plan.major(amount)); }
    QString money(const std::optional<Money> &amount) const { return amount ? money(*amount) : QString(); }
    static QString percent(double fraction) { return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %"); }
    static QString date(const Date &d) { return QLocale().toString(QDate(d.year(), d.month(), d.day()), QLocale::ShortFormat); }
    static QString number(double value, int decimals = 0) { return QLocale().toString(value, 'f', decimals); }

    QString nameOf(const RecordId &id) const
    {
        if (id.isNull())
            return {};
        for (const auto &c : m_plan.channels)
            if (c.id == id)
                return c.name;
        for (const auto &m : m_plan.team)
            if (m.id == id)
                return m.name;
        for (const auto &s : m_plan.segments)
            if (s.id == id)
                return s.name;
        for (const auto &c : m_plan.campaigns)
            if (c.id == id)
                return c.name;
        return {};
    }

    void heading(const QString &text)
    {
        auto *label = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()));
        m_layout->addWidget(label);
    }

    void note(const QString &text)
    {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        m_layout->addWidget(label);
    }

    void table(const QStringList &headers, const std::vector<QStringList> &rows)
    {
        if (rows.empty()) {
            note(QCoreApplication::translate("cplan::PlanAreaPage", "Nothing here yet."));
            return;
        }
        auto *widget = new QTableWidget(int(rows.size()), int(headers.size()));
        widget->setHorizontalHeaderLabels(headers);
        widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
        widget->setAlternatingRowColors(true);
        widget->verticalHeader()->hide();
        for (int r = 0; r < int(rows.size()); ++r)
            for (int c = 0; c < int(headers.size()); ++c)
                widget->setItem(r, c, new QTableWidgetItem(rows[std::size_t(r)].value(c)));
        widget->resizeColumnsToContents();
        for (int c = 0; c < widget->columnCount(); ++c)
            widget->setColumnWidth(c, std::min(widget->columnWidth(c), 320));
        widget->horizontalHeader()->setStretchLastSection(true);
        // Click a header to sort; the plan's own order first.
        widget->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        widget->setSortingEnabled(true);
        ++m_tables;
        m_lastTable = widget;
        widget->resizeRowsToContents();
        int height = widget->horizontalHeader()->sizeHint().height() + 2 * widget->frameWidth()
                     + widget->horizontalScrollBar()->sizeHint().height();
        for (int r = 0; r < std::min(widget->rowCount(), 14); ++r)
            height += widget->rowHeight(r);
        widget->setFixedHeight(height);
        m_layout->addWidget(widget);
    }

    // A page with a single table lets it take the whole height; otherwise tables keep their
    // size and the page scrolls.
    void finish()
    {
        if (m_tables == 1 && m_lastTable) {
            m_lastTable->setMinimumHeight(0);
            m_lastTable->setMaximumHeight(QWIDGETSIZE_MAX);
            m_layout->setStretchFactor(m_lastTable, 1);
        } else {
            m_layout->addStretch();
        }
    }

    void richText(const QString &title, const QString &html)
    {
        if (html.trimmed().isEmpty())
            return;
        heading(title);
        auto *browser = new QTextBrowser;
        browser->setHtml(html);
        browser->setMinimumHeight(110);
        browser->setOpenExternalLinks(false);
        m_layout->addWidget(browser);
    }

private:
    const Plan &m_plan;
    QVBoxLayout *m_layout;
    int m_tables = 0;
    QTableWidget *m_lastTable = nullptr;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanAreaPage", text);
}

void buildOverview(const Plan &plan, PageBuilder &b)
{
    const Forecast forecast = computeForecast(plan);
    const MarketSize market = marketSize(plan);
    b.heading(plan.settings.name);
    const QString breakEven = forecast.breakEvenMonth()
                                  ? QLocale().toString(QDate(forecast.breakEvenMonth()->year, forecast.breakEvenMonth()->month, 1), QStringLiteral("MMMM yyyy"))
                                  : tr("not within the horizon");
    b.table({tr("Figure"), tr("Value")},
            {{tr("Horizon"), tr("%1 months from %2").arg(plan.settings.months).arg(toIsoString(plan.settings.startMonth))},
             {tr("Marketing budget"), b.money(forecast.totals.spend)},
             {tr("Forecast revenue"), b.money(forecast.totals.revenue)},
             {tr("Operating profit"), b.money(forecast.totals.operatingProfit)},
             {tr("Marketing ROI"), forecast.roi ? PageBuilder::percent(*forecast.roi) : tr("none (nothing spent)")},
             {tr("Break-even month"), breakEven},
             {tr("Market size (TAM / SAM / SOM)"), QStringLiteral("%1 / %2 / %3").arg(b.money(market.tam), b.money(market.sam), b.money(market.som))},
             {tr("Channels"), QString::number(plan.channels.size())},
             {tr("Content items"), QString::number(plan.content.size())},
             {tr("Approval"), displayName(plan.approval.status)}});
}

void buildBusiness(const Plan &plan, PageBuilder &b)
{
    const PlanTexts &t = plan.texts;
    b.richText(tr("Research notes"), t.researchNotes);
    b.richText(tr("Strategy"), t.strategy);
    b.richText(tr("Rationale"), t.rationale);
    b.richText(tr("Message: audience"), t.messageAudience);
    b.richText(tr("Message: what to say"), t.messageWhatToSay);
    b.richText(tr("Message: how to say it"), t.messageHowToSay);
    b.richText(tr("Website objectives"), t.websiteObjectives);
    b.richText(tr("Partnerships"), t.partnerships);
    b.richText(tr("Priorities"), t.priorities);
    b.richText(tr("Recommendations"), t.recommendations);
}

void buildMarket(const Plan &plan, PageBuilder &b)
{
    b.heading(tr("Segments"));
    std::vector<QStringList> rows;
    for (const Segment &s : plan.segments) {
        const MarketSize size = segmentMarketSize(s, plan.minorDigits());
        rows.push_back({s.name, PageBuilder::number(double(s.customers)), b.money(s.annualSpendPerCustomer),
                        PageBuilder::percent(s.serviceableShare), PageBuilder::percent(s.obtainableShare),
                        b.money(size.tam), b.money(size.sam), b.money(size.som), s.needs});
    }
    b.table({tr("Segment"), tr("Customers"), tr("Annual spend"), tr("Serviceable"), tr("Obtainable"),
             tr("TAM"), tr("SAM"), tr("SOM"), tr("Needs")}, rows);
    b.heading(tr("Personas"));
    rows.clear();
    for (const Persona &p : plan.personas)
        rows.push_back({p.name, b.nameOf(p.segmentId), p.motivations, p.needs, p.whereToReach});
    b.table({tr("Persona"), tr("Segment"), tr("Motivations"), tr("Needs"), tr("Where to reach")}, rows);
    b.heading(tr("Competitors"));
    rows.clear();
    for (const Competitor &c : plan.competitors)
        rows.push_back({c.name, c.offering, c.strengths, c.weaknesses, c.pricing, c.website});
    b.table({tr("Competitor"), tr("Offering"), tr("Strengths"), tr("Weaknesses"), tr("Pricing"), tr("Website")}, rows);
}

void buildChannels(const Plan &plan, PageBuilder &b)
{
    const Forecast forecast = computeForecast(plan);
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        const Channel &c = plan.channels[i];
        const ChannelForecast &f = forecast.channels[i];
        rows.push_back({c.name, displayName(c.kind), b.nameOf(c.ownerId), displayName(c.status),
                        displayName(c.costModel), PageBuilder::percent(c.leadRate), PageBuilder::percent(c.closeRate),
                        b.money(c.averageOrderValue), b.money(f.totalSpend), b.money(f.totalRevenue),
                        f.roi ? PageBuilder::percent(*f.roi) : tr("none")});
    }
    b.table({tr("Channel"), tr("Kind"), tr("Owner"), tr("Status"), tr("Cost model"), tr("Lead rate"),
             tr("Close rate"), tr("Order value"), tr("Spend"), tr("Revenue"), tr("ROI")}, rows);
}

void buildRollout(const Plan &plan, PageBuilder &b)
{
    std::vector<QStringList> rows;
    for (const RolloutPhase &p : plan.phases) {
        const TestVerdict verdict = testVerdict(plan, p);
        rows.push_back({b.nameOf(p.channelId), p.name, displayName(p.kind), PageBuilder::date(p.start),
                        PageBuilder::date(p.end), b.money(p.budget), b.money(p.actualSpend), b.money(p.actualRevenue),
                        p.kind == PhaseKind::Test ? displayName(verdict.outcome) : QString(),
                        p.kind == PhaseKind::Test ? verdict.reason : QString()});
    }
    b.table({tr("Channel"), tr("Phase"), tr("Kind"), tr("Start"), tr("End"), tr("Budget"), tr("Actual spend"),
             tr("Actual revenue"), tr("Verdict"), tr("Why")}, rows);
}

void buildCalendar(const Plan &plan, PageBuilder &b)
{
    std::vector<QStringList> rows;
    for (const ContentItem &c : plan.content) {
        rows.push_back({PageBuilder::date(c.date), c.timeMinutes ? minutesToTimeString(*c.timeMinutes) : QString(),
                        c.title, displayName(c.type), b.nameOf(c.channelId), b.nameOf(c.campaignId),
                        b.nameOf(c.ownerId), displayName(c.status), c.recurrence});
    }
    b.note(tr("%1 content items, %2 dates inside the plan's horizon.")
               .arg(plan.content.size()).arg(occurrencesInHorizon(plan)));
    b.table({tr("Date"), tr("Time"), tr("Title"), tr("Type"), tr("Channel"), tr("Campaign"), tr("Owner"),
             tr("Status"), tr("Repeats")}, rows);
}

void buildForecast(const Plan &plan, PageBuilder &b)
{
    const Forecast forecast = computeForecast(plan);
    std::vector<QStringList> rows;
    for (const MonthFigures &m : forecast.months) {
        rows.push_back({toIsoString(m.month), b.money(m.revenue), b.money(m.costOfGoods), b.money(m.grossProfit),
                        b.money(m.spend), b.money(m.fixedCosts), b.money(m.operatingProfit), b.money(m.cumulativeProfit)});
    }
    b.table({tr("Month"), tr("Revenue"), tr("Cost of goods"), tr("Gross profit"), tr("Marketing spend"),
             tr("Fixed costs"), tr("Operating profit"), tr("Cumulative")}, rows);
}

void buildKpis(const Plan &plan, PageBuilder &b)
{
    std::vector<QStringList> rows;
    for (const Kpi &k : plan.kpis) {
        const QString latest = k.actuals.empty() ? QString()
                                                 : QStringLiteral("%1 (%2)").arg(PageBuilder::number(k.actuals.back().value, 2),
                                                                                  PageBuilder::date(k.actuals.back().date));
        rows.push_back({k.name, b.nameOf(k.channelId), k.unit, displayName(k.betterWhen),
                        QString::number(k.monthlyTargets.size()), latest});
    }
    b.table({tr("KPI"), tr("Channel"), tr("Unit"), tr("Direction"), tr("Monthly targets"), tr("Latest actual")}, rows);
}

void buildReview(const Plan &plan, PageBuilder &b)
{
    const Approval &a = plan.approval;
    b.note(tr("Approval: <b>%1</b>%2").arg(displayName(a.status), a.by.isEmpty() ? QString() : tr(" by %1").arg(a.by.toHtmlEscaped())));
    std::vector<QStringList> rows;
    for (const Comment &c : plan.comments) {
        const ViewInfo *section = findView(c.section);
        rows.push_back({QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat), c.author,
                        section ? section->title : (c.section.isEmpty() ? tr("Whole plan") : c.section),
                        c.text, c.resolved ? tr("Resolved") : tr("Open")});
    }
    b.table({tr("When"), tr("Author"), tr("Section"), tr("Comment"), tr("State")}, rows);
}

} // namespace

PlanAreaPage::PlanAreaPage(Document *document, View view, QWidget *parent)
    : QWidget(parent), m_document(document), m_view(view)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    refresh();
    // Rebuilt after each change (once for a command that changes many records).
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &PlanAreaPage::refresh);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
}

void PlanAreaPage::refresh()
{
    delete m_content;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    PageBuilder builder(m_document->plan(), layout);
    const Plan &plan = m_document->plan();
    for (const ViewInfo &info : allViews()) {
        if (info.view == m_view && m_view != View::Overview)
            builder.heading(info.title);
    }
    switch (m_view) {
    case View::Overview: buildOverview(plan, builder); break;
    case View::Business: buildBusiness(plan, builder); break;
    case View::Market: buildMarket(plan, builder); break;
    case View::Channels: buildChannels(plan, builder); break;
    case View::Rollout: buildRollout(plan, builder); break;
    case View::Calendar: buildCalendar(plan, builder); break;
    case View::Forecast: buildForecast(plan, builder); break;
    case View::Kpis: buildKpis(plan, builder); break;
    case View::Review: buildReview(plan, builder); break;
    }
    builder.finish();
    scroll->setWidget(inner);
    this->layout()->addWidget(scroll);
    m_content = scroll;
}

} // namespace cplan
