#include "marketmodels.h"

#include "displayformat.h"
#include "forecast.h"
#include "modelcells.h"

#include <QCoreApplication>

#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::MarketModels", text);
}


// A column of free text bound to a member.
template<typename Record>
RecordColumn<Record> textColumn(const char *header, const char *field, const char *command, QString Record::*member)
{
    return {tr(header), QString::fromLatin1(field), tr(command),
            [member](const Plan &, const Record &r, int role) { return cells::text(role, r.*member); },
            [member](Record &r, const QVariant &v) {
                r.*member = v.toString();
                return true;
            }};
}

QString segmentName(const Plan &plan, const RecordId &id)
{
    for (const Segment &s : plan.segments) {
        if (s.id == id)
            return s.name;
    }
    return {};
}

} // namespace

RecordTableModel<Segment> *makeSegmentsModel(Document *document, QObject *parent)
{
    auto size = [](const Plan &p, const Segment &s) { return segmentMarketSize(s, p.minorDigits()); };
    std::vector<RecordColumn<Segment>> columns = {
        textColumn<Segment>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Segment"), "name",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Rename segment"), &Segment::name),
        {tr("Customers"), QStringLiteral("customers"), tr("Change number of customers"),
         [](const Plan &, const Segment &s, int role) { return cells::number(role, formatNumber(double(s.customers)), s.customers); },
         [](Segment &s, const QVariant &v) {
             const std::optional<double> n = parseNumber(v);
             if (!n || *n != std::trunc(*n) || std::fabs(*n) > 1e15)
                 return false;
             s.customers = qint64(*n);
             return true;
         }},
        {tr("Annual spend per customer"), QStringLiteral("annualSpendPerCustomer"), tr("Change annual spend per customer"),
         [](const Plan &p, const Segment &s, int role) {
             return cells::number(role, formatMoney(p, s.annualSpendPerCustomer), p.major(s.annualSpendPerCustomer));
         },
         nullptr},
        {tr("Serviceable"), QStringLiteral("serviceableShare"), tr("Change serviceable share"),
         [](const Plan &, const Segment &s, int role) { return cells::percent(role, s.serviceableShare); },
         [](Segment &s, const QVariant &v) { return cells::setPercent(s.serviceableShare, v); }},
        {tr("Obtainable"), QStringLiteral("obtainableShare"), tr("Change obtainable share"),
         [](const Plan &, const Segment &s, int role) { return cells::percent(role, s.obtainableShare); },
         [](Segment &s, const QVariant &v) { return cells::setPercent(s.obtainableShare, v); }},
        {tr("TAM"), QStringLiteral("tam"), {},
         [size](const Plan &p, const Segment &s, int role) { return cells::number(role, formatMoney(p, size(p, s).tam), size(p, s).tam); },
         nullptr},
        {tr("SAM"), QStringLiteral("sam"), {},
         [size](const Plan &p, const Segment &s, int role) { return cells::number(role, formatMoney(p, size(p, s).sam), size(p, s).sam); },
         nullptr},
        {tr("SOM"), QStringLiteral("som"), {},
         [size](const Plan &p, const Segment &s, int role) { return cells::number(role, formatMoney(p, size(p, s).som), size(p, s).som); },
         nullptr},
        textColumn<Segment>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Needs"), "needs",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Change segment needs"), &Segment::needs),
    };
    // Money needs the plan's currency digits, so its setter is bound to the document here.
    columns[SegmentSpend].setData = [document](Segment &s, const QVariant &v) {
        const std::optional<Money> amount = parseMoney(document->plan(), v);
        if (!amount)
            return false;
        s.annualSpendPerCustomer = *amount;
        return true;
    };
    return new RecordTableModel<Segment>(
        document, std::move(columns),
        [](const Plan &plan, const Segment &s) { return validateSegment(s, plan.minorDigits()); }, parent);
}

RecordTableModel<Persona> *makePersonasModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<Persona>> columns = {
        textColumn<Persona>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Persona"), "name",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Rename persona"), &Persona::name),
        {tr("Segment"), QStringLiteral("segment"), tr("Change persona's segment"),
         [](const Plan &p, const Persona &r, int role) -> QVariant {
             switch (role) {
             case Qt::DisplayRole: return segmentName(p, r.segmentId);
             case Qt::EditRole: return r.segmentId.toString(QUuid::WithoutBraces);
             default: return {};
             }
         },
         [document](Persona &r, const QVariant &v) {
             const QUuid id = QUuid::fromString(v.toString());
             if (!id.isNull() && document->indexOf<Segment>(id) < 0)
                 return false;
             r.segmentId = id;
             return true;
         }},
        textColumn<Persona>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Motivations"), "motivations",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Change motivations"), &Persona::motivations),
        textColumn<Persona>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Interests"), "interests",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Change interests"), &Persona::interests),
        textColumn<Persona>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Needs"), "needs",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Change needs"), &Persona::needs),
        textColumn<Persona>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Where to reach them"), "whereToReach",
                            QT_TRANSLATE_NOOP("cplan::MarketModels", "Change where to reach"), &Persona::whereToReach),
    };
    return new RecordTableModel<Persona>(document, std::move(columns),
                                         [](const Plan &, const Persona &p) { return validatePersona(p); }, parent);
}

RecordTableModel<Competitor> *makeCompetitorsModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<Competitor>> columns = {
        textColumn<Competitor>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Competitor"), "name",
                               QT_TRANSLATE_NOOP("cplan::MarketModels", "Rename competitor"), &Competitor::name),
        textColumn<Competitor>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Offering"), "offering",
                               QT_TRANSLATE_NOOP("cplan::MarketModels", "Change offering"), &Competitor::offering),
        textColumn<Competitor>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Strengths"), "strengths",
                               QT_TRANSLATE_NOOP("cplan::MarketModels", "Change strengths"), &Competitor::strengths),
        textColumn<Competitor>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Weaknesses"), "weaknesses",
                               QT_TRANSLATE_NOOP("cplan::MarketModels", "Change weaknesses"), &Competitor::weaknesses),
        textColumn<Competitor>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Pricing"), "pricing",
                               QT_TRANSLATE_NOOP("cplan::MarketModels", "Change pricing"), &Competitor::pricing),
        textColumn<Competitor>(QT_TRANSLATE_NOOP("cplan::MarketModels", "Website"), "website",
                               QT_TRANSLATE_NOOP("cplan::MarketModels", "Change website"), &Competitor::website),
    };
    // "example.com" typed in the cell is stored as https://example.com, as in the form.
    columns[CompetitorWebsite].setData = [](Competitor &c, const QVariant &v) {
        c.website = normalisedWebsite(v.toString());
        return true;
    };
    return new RecordTableModel<Competitor>(document, std::move(columns),
                                            [](const Plan &, const Competitor &c) { return validateCompetitor(c); }, parent);
}

} // namespace cplan
