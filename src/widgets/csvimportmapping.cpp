// The import dialog's mapping and preview: which KPI each figure of the file goes into and how its
// months are made, the months that will be written (added, replaced or kept) for the selected
// figure, and the import itself as one undo step.
#include "csvimportdialog.h"
#include "ui_csvimportdialog.h"

#include "displayformat.h"
#include "document.h"
#include "planningcommands.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

enum MappingColumn { SeriesColumn, TargetColumn, AggregationColumn, ValuesColumn };

// A figure as a marketer reads it: at most two decimals, none for whole numbers.
QString figureText(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 2);
}

QString kpiLabel(const Plan &plan, const Kpi &kpi)
{
    QString label = kpi.unit.isEmpty() ? kpi.name
                                       : QCoreApplication::translate("cplan::CsvImportDialog", "%1 (%2)").arg(kpi.name, kpi.unit);
    if (const Channel *channel = plan.findChannel(kpi.channelId))
        label = QCoreApplication::translate("cplan::CsvImportDialog", "%1 · %2").arg(label, channel->name);
    return label;
}

const Kpi *findKpi(const Plan &plan, const RecordId &id)
{
    const auto found = std::find_if(plan.kpis.begin(), plan.kpis.end(), [&id](const Kpi &kpi) { return kpi.id == id; });
    return found == plan.kpis.end() ? nullptr : &*found;
}

} // namespace

QString CsvImportDialog::seriesAt(int row) const
{
    const QTableWidgetItem *item = m_ui->mappingTable->item(row, SeriesColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QComboBox *CsvImportDialog::targetCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, TargetColumn));
}

QComboBox *CsvImportDialog::aggregationCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, AggregationColumn));
}

RecordId CsvImportDialog::target(const QString &series) const
{
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        if (seriesAt(row) == series)
            return targetCombo(row)->currentData().toUuid();
    }
    return {};
}

KpiAggregation CsvImportDialog::aggregation(const QString &series) const
{
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        if (seriesAt(row) == series)
            return KpiAggregation(aggregationCombo(row)->currentData().toInt());
    }
    return KpiAggregation::Sum;
}

int CsvImportDialog::currentSeriesRow() const
{
    const int row = m_ui->mappingTable->currentRow();
    return row >= 0 ? row : (m_ui->mappingTable->rowCount() > 0 ? 0 : -1);
}

// What the tool's own preset says wins (GA4 sessions are summed whatever the KPI says); then the
// KPI's aggregation, which the user set for it; then the figure's name.
KpiAggregation CsvImportDialog::proposedAggregation(const ImportedSeries &series, const RecordId &kpiId) const
{
    if (m_options.aggregations.count(series.name))
        return series.aggregation;
    const CsvPreset *preset = findCsvPreset(m_result->preset);
    if (preset && presetColumn(*preset, series.valueColumn))
        return series.aggregation;
    if (const Kpi *kpi = findKpi(m_document->plan(), kpiId))
        return kpi->aggregation;
    return series.aggregation;
}

void CsvImportDialog::showMapping()
{
    const Plan &plan = m_document->plan();
    QTableWidget *mapping = m_ui->mappingTable;
    const QString current = seriesAt(mapping->currentRow());
    mapping->clearContents();
    mapping->setRowCount(0);
    if (!m_result->error.isEmpty())
        return;

    // In the order of the file's columns (KPI names from a KPI column: alphabetical).
    std::vector<const ImportedSeries *> series;
    for (const auto &[name, one] : m_result->series)
        series.push_back(&one);
    auto columnOf = [this](const ImportedSeries *one) {
        const qsizetype c = m_result->header.indexOf(one->valueColumn);
        return c < 0 ? m_result->header.size() : c;
    };
    std::stable_sort(series.begin(), series.end(),
                     [&](const ImportedSeries *a, const ImportedSeries *b) { return columnOf(a) < columnOf(b); });
    QStringList names;
    for (const ImportedSeries *one : series)
        names.append(one->name);
    const std::map<QString, RecordId> proposed = proposeKpiTargets(plan, names);

    mapping->setRowCount(int(series.size()));
    int selectRow = -1;
    for (int row = 0; row < int(series.size()); ++row) {
        const ImportedSeries &one = *series[std::size_t(row)];
        auto *nameItem = new QTableWidgetItem(one.name);
        nameItem->setData(Qt::UserRole, one.name);
        if (one.valueColumn != one.name)
            nameItem->setToolTip(tr("Rows named %1 in the column %2").arg(one.name, one.valueColumn));
        mapping->setItem(row, SeriesColumn, nameItem);

        RecordId kpiId;
        if (const auto chosen = m_targets.find(one.name); chosen != m_targets.end())
            kpiId = chosen->second;
        else if (const auto found = proposed.find(one.name); found != proposed.end())
            kpiId = found->second;
        else if (series.size() == 1 && findKpi(plan, m_defaultKpi))
            kpiId = m_defaultKpi;
        auto *target = new QComboBox;
        target->setObjectName(QStringLiteral("targetCombo"));
        target->addItem(tr("Do not import"), QUuid());
        for (const Kpi &kpi : plan.kpis)
            target->addItem(kpiLabel(plan, kpi), kpi.id);
        target->setCurrentIndex(std::max(0, target->findData(kpiId)));
        target->setAccessibleName(tr("Import %1 into").arg(one.name));
        mapping->setCellWidget(row, TargetColumn, target);

        auto *aggregation = new QComboBox;
        aggregation->setObjectName(QStringLiteral("aggregationCombo"));
        for (KpiAggregation by : allKpiAggregations()) {
            const QString text = by == KpiAggregation::Average && !one.weightColumn.isEmpty()
                                     ? tr("Average weighted by %1").arg(one.weightColumn)
                                     : displayName(by);
            aggregation->addItem(text, int(by));
        }
        aggregation->setCurrentIndex(aggregation->findData(int(proposedAggregation(one, kpiId))));
        aggregation->setAccessibleName(tr("How a month of %1 is made").arg(one.name));
        mapping->setCellWidget(row, AggregationColumn, aggregation);

        auto *values = new QTableWidgetItem(QLocale().toString(one.values));
        values->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        values->setToolTip(tr("Figures read from the file"));
        mapping->setItem(row, ValuesColumn, values);

        connect(target, &QComboBox::currentIndexChanged, this, [this, target] {
            for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r) {
                if (targetCombo(r) == target)
                    mappingChanged(r);
            }
        });
        connect(aggregation, &QComboBox::currentIndexChanged, this, [this, aggregation] {
            for (int r = 0; r < m_ui->mappingTable->rowCount(); ++r) {
                if (aggregationCombo(r) == aggregation) {
                    m_options.aggregations[seriesAt(r)] = KpiAggregation(aggregation->currentData().toInt());
                    mappingChanged(r);
                }
            }
        });
        if (one.name == current || (selectRow < 0 && !kpiId.isNull()))
            selectRow = row;
    }
    mapping->resizeColumnToContents(SeriesColumn);
    mapping->resizeColumnToContents(AggregationColumn);
    mapping->resizeColumnToContents(ValuesColumn);
    mapping->setColumnWidth(SeriesColumn, std::min(mapping->columnWidth(SeriesColumn), 240));
    if (selectRow >= 0)
        mapping->setCurrentCell(selectRow, SeriesColumn);
}

void CsvImportDialog::mappingChanged(int row)
{
    if (m_loading || !m_result)
        return;
    const QString name = seriesAt(row);
    const RecordId kpiId = targetCombo(row)->currentData().toUuid();
    const auto previous = m_targets.find(name);
    const bool newTarget = previous == m_targets.end() || previous->second != kpiId;
    m_targets[name] = kpiId;
    const ImportedSeries &series = m_result->series.at(name);
    if (newTarget) { // a KPI of another kind proposes its own aggregation, unless
                     // the user chose one
        m_loading = true;
        QComboBox *aggregation = aggregationCombo(row);
        aggregation->setCurrentIndex(aggregation->findData(int(proposedAggregation(series, kpiId))));
        m_loading = false;
    }
    const KpiAggregation by = KpiAggregation(aggregationCombo(row)->currentData().toInt());
    // An average by the preset's base needs the base, which the reading keeps only for averages:
    // read again.
    const CsvPreset *preset = findCsvPreset(m_result->preset);
    const CsvPresetColumn *known = preset ? presetColumn(*preset, series.valueColumn) : nullptr;
    if (by == KpiAggregation::Average && series.weightColumn.isEmpty() && known && !known->weightColumn.isEmpty()) {
        readAgain();
        return;
    }
    if (m_ui->mappingTable->currentRow() != row)
        m_ui->mappingTable->setCurrentCell(row, SeriesColumn); // shows its months
    else
        showMonths();
    updateButtons();
}

void CsvImportDialog::showMonths()
{
    QTableWidget *table = m_ui->monthsTable;
    table->setRowCount(0);
    const int row = currentSeriesRow();
    if (m_loading || !m_result || row < 0 || !m_result->series.count(seriesAt(row))) {
        m_ui->monthsLabel->setText(m_result && m_result->error.isEmpty() ? tr("The file has no figures to import.") : QString());
        return;
    }
    const Plan &plan = m_document->plan();
    const ImportedSeries &series = m_result->series.at(seriesAt(row));
    const KpiAggregation by = KpiAggregation(aggregationCombo(row)->currentData().toInt());
    const std::map<YearMonth, double> figures = series.figures(by);
    const Kpi *kpi = findKpi(plan, targetCombo(row)->currentData().toUuid());
    const MonthlyMerge merge = mergeMonthlyFigures(kpi ? kpi->actuals : std::vector<KpiActual>{}, figures);
    const YearMonth first = plan.settings.startMonth;
    const YearMonth last = first.addMonths(plan.settings.months - 1);
    m_ui->monthsLabel->setText(
        kpi ? tr("%1 into %2, %3:").arg(series.name, kpiLabel(plan, *kpi), aggregationCombo(row)->currentText().toLower())
            : tr("%1 is not imported; these are its months:").arg(series.name));

    table->setRowCount(int(figures.size()));
    int r = 0;
    for (const auto &[month, value] : figures) {
        QStringList before;
        if (kpi) {
            for (const KpiActual &actual : kpi->actuals) {
                if (YearMonth::of(actual.date) == month)
                    before.append(figureText(actual.value));
            }
        }
        QString what;
        if (!kpi)
            what = tr("Not imported");
        else if (merge.changes.at(month) == MonthChange::Add)
            what = tr("Add");
        else if (merge.changes.at(month) == MonthChange::Keep)
            what = tr("Keep (the same)");
        else
            what = before.size() == 1 ? tr("Replace %1").arg(before.front()) : tr("Replace %1 actuals").arg(before.size());
        const bool outside = month < first || last < month;
        if (outside)
            what = tr("%1 (outside the plan)").arg(what);
        const QStringList cells
            = {formatMonth(month), figureText(value), before.isEmpty() ? tr("—") : before.join(QStringLiteral(", ")), what};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 1 || c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (outside)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(r, c, item);
        }
        ++r;
    }
    table->resizeColumnsToContents();
}

std::map<RecordId, std::map<YearMonth, double>> CsvImportDialog::figuresByKpi(QString *conflict) const
{
    std::map<RecordId, std::map<YearMonth, double>> result;
    if (!m_result)
        return result;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const RecordId kpiId = targetCombo(row)->currentData().toUuid();
        const auto series = m_result->series.find(seriesAt(row));
        if (kpiId.isNull() || series == m_result->series.end())
            continue;
        if (result.count(kpiId) && conflict->isEmpty()) {
            const Kpi *kpi = findKpi(m_document->plan(), kpiId);
            *conflict = tr("Two figures go into %1: choose one.").arg(kpi ? kpi->name : QString());
        }
        result[kpiId] = series->second.figures(KpiAggregation(aggregationCombo(row)->currentData().toInt()));
    }
    return result;
}

bool CsvImportDialog::importNow()
{
    if (!m_result || !m_result->error.isEmpty() || m_document->isReadOnly())
        return false;
    QString conflict;
    const auto figures = figuresByKpi(&conflict);
    if (!conflict.isEmpty()) {
        m_ui->summaryLabel->setText(conflict);
        return false;
    }
    std::map<RecordId, KpiAggregation> aggregations;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const RecordId kpiId = targetCombo(row)->currentData().toUuid();
        if (!kpiId.isNull())
            aggregations[kpiId] = KpiAggregation(aggregationCombo(row)->currentData().toInt());
    }
    const ActualsImport import = planMonthlyImport(m_document->plan(), figures);
    QUndoCommand *command = makeImportMonthlyActualsCommand(m_document, import, aggregations, QFileInfo(m_fileName).fileName());
    if (!command) {
        m_ui->summaryLabel->setText(figures.empty() ? tr("Nothing to import: choose a KPI for a figure.")
                                                    : tr("Nothing new: every month is in the plan already."));
        return false;
    }
    m_document->undoStack()->push(command);
    accept();
    return true;
}

} // namespace cplan
