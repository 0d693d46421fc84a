#include "profitandlossmodel.h"

#include "displayformat.h"
#include "document.h"

#include <QBrush>
#include <QFont>
#include <QTimer>

namespace cplan {

ProfitAndLossModel::ProfitAndLossModel(Document *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    // One recomputation for a command that changes many records.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &ProfitAndLossModel::recompute);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    recompute();
}

void ProfitAndLossModel::setScenario(Scenario scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    recompute();
}

void ProfitAndLossModel::recompute()
{
    beginResetModel();
    m_forecast = computeForecast(m_document->plan(), m_scenario);
    m_rows = {{Line::Revenue}, {Line::CostOfGoods}, {Line::GrossProfit}, {Line::Spend}};
    for (int c = 0; c < int(m_forecast.channels.size()); ++c) {
        if (m_forecast.channels[std::size_t(c)].totalSpend != 0.0)
            m_rows.push_back({Line::ChannelSpend, c});
    }
    m_rows.insert(m_rows.end(), {{Line::FixedCosts}, {Line::OperatingProfit}, {Line::Cumulative}});
    endResetModel();
    emit forecastChanged();
}

int ProfitAndLossModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfitAndLossModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_forecast.months.size()) + 1;
}

double ProfitAndLossModel::value(const Row &row, int month) const
{
    const bool total = month >= int(m_forecast.months.size());
    const ForecastTotals &t = m_forecast.totals;
    const MonthFigures *m = total ? nullptr : &m_forecast.months[std::size_t(month)];
    switch (row.line) {
    case Line::Revenue: return total ? t.revenue : m->revenue;
    case Line::CostOfGoods: return total ? t.costOfGoods : m->costOfGoods;
    case Line::GrossProfit: return total ? t.grossProfit : m->grossProfit;
    case Line::Spend: return total ? t.spend : m->spend;
    case Line::ChannelSpend: {
        const ChannelForecast &channel = m_forecast.channels[std::size_t(row.channel)];
        return total ? channel.totalSpend : channel.spend[std::size_t(month)];
    }
    case Line::FixedCosts: return total ? t.fixedCosts : m->fixedCosts;
    case Line::OperatingProfit: return total ? t.operatingProfit : m->operatingProfit;
    case Line::Cumulative: return total ? t.operatingProfit : m->cumulativeProfit;
    }
    return 0.0;
}

QString ProfitAndLossModel::label(const Row &row) const
{
    switch (row.line) {
    case Line::Revenue: return tr("Revenue");
    case Line::CostOfGoods: return tr("Cost of goods");
    case Line::GrossProfit: return tr("Gross profit");
    case Line::Spend: return tr("Marketing spend");
    case Line::ChannelSpend: return QStringLiteral("    ") + m_document->plan().channels[std::size_t(row.channel)].name;
    case Line::FixedCosts: return tr("Fixed costs");
    case Line::OperatingProfit: return tr("Operating profit");
    case Line::Cumulative: return tr("Cumulative profit");
    }
    return {};
}

QVariant ProfitAndLossModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const double figure = value(row, index.column());
    switch (role) {
    case Qt::DisplayRole: return formatNumber(figure, m_document->plan().minorDigits());
    case Qt::EditRole: return figure;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (figure < 0.0)
            return QBrush(QColor(0xb4, 0x23, 0x18));
        if (row.line == Line::ChannelSpend)
            return QBrush(QColor(0x55, 0x5b, 0x66));
        return {};
    case Qt::FontRole: {
        if (row.line != Line::GrossProfit && row.line != Line::OperatingProfit && row.line != Line::Cumulative
            && index.column() < int(m_forecast.months.size()))
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (row.line == Line::Cumulative && index.column() < int(m_forecast.months.size())
            && m_forecast.breakEvenMonthIndex == index.column())
            return tr("Break-even: from this month on the cumulative profit stays at or above zero.");
        return {};
    case Qt::BackgroundRole:
        if (row.line == Line::Cumulative && m_forecast.breakEvenMonthIndex == index.column())
            return QBrush(QColor(0xdc, 0xf2, 0xe0));
        return {};
    default: return {};
    }
}

QVariant ProfitAndLossModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < rowCount() ? label(m_rows[std::size_t(section)]) : QVariant();
    if (section == int(m_forecast.months.size()))
        return tr("Total");
    return section >= 0 && section < int(m_forecast.months.size()) ? formatMonth(m_forecast.months[std::size_t(section)].month)
                                                                   : QVariant();
}

QByteArray ProfitAndLossModel::toCsv() const
{
    auto quoted = [](const QString &text) {
        QString value = text.trimmed();
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
            value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return value;
    };
    QString csv = tr("Line (%1)").arg(m_document->plan().settings.currency);
    for (const MonthFigures &month : m_forecast.months)
        csv += QLatin1Char(',') + toIsoString(month.month);
    csv += QLatin1Char(',') + quoted(tr("Total")) + QStringLiteral("\r\n");
    const int digits = m_document->plan().minorDigits();
    for (const Row &row : m_rows) {
        csv += quoted(row.line == Line::ChannelSpend ? tr("Marketing spend: %1").arg(label(row).trimmed()) : label(row));
        for (int column = 0; column < columnCount(); ++column)
            csv += QLatin1Char(',') + QString::number(value(row, column), 'f', digits);
        csv += QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

} // namespace cplan
