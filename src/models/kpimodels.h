#pragma once

#include "kpistatus.h"
#include "recordtablemodel.h"

namespace cplan {

// The KPIs: name, channel (or the whole plan), unit, direction and the on-track status.
enum KpiColumn { KpiName, KpiChannel, KpiUnit, KpiBetterWhen, KpiStatusColumn, KpiLatest, KpiColumnCount };
RecordTableModel<Kpi> *makeKpisModel(Document *document, QObject *parent = nullptr);

// Monthly targets in a grid: a row per KPI (plan order), a column per month of the horizon.
// Typing a number sets the month's target, clearing the cell removes it; each cell edit is
// one undo step.
class KpiTargetsModel : public EditableTableModel
{
    Q_OBJECT
public:
    explicit KpiTargetsModel(Document *document, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    YearMonth monthAt(int column) const;

private:
    Document *m_document;
};

// Base for the models that show one KPI (chosen with setKpi): they reset when it changes.
class SingleKpiModel : public EditableTableModel
{
    Q_OBJECT
public:
    explicit SingleKpiModel(Document *document, QObject *parent = nullptr);
    void setKpi(const RecordId &id);
    RecordId kpiId() const { return m_kpiId; }
    const Kpi *kpi() const; // null when none is chosen or it was removed

protected:
    virtual void reload() { }
    void push(const Kpi &changed, const QString &text, const QString &field);
    Document *m_document;

private:
    void refresh();
    RecordId m_kpiId;
};

// Target against actual per month for one KPI: month, target, actual, difference, status.
// Target and actual can be typed here; an actual typed for a month is dated at its end.
enum KpiMonthColumn { KpiMonthMonth, KpiMonthTarget, KpiMonthActual, KpiMonthDifference, KpiMonthStatus, KpiMonthColumnCount };
class KpiMonthsModel : public SingleKpiModel
{
    Q_OBJECT
public:
    explicit KpiMonthsModel(Document *document, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

protected:
    void reload() override;

private:
    std::vector<KpiMonth> m_months;
};

// The recorded actuals of one KPI, by date; add and remove rows with the functions below.
enum KpiActualColumn { KpiActualDate, KpiActualValue, KpiActualColumnCount };
class KpiActualsModel : public SingleKpiModel
{
    Q_OBJECT
public:
    explicit KpiActualsModel(Document *document, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Adds an actual on the day after the last one (or today), as one undo step; its row.
    int addActual();
    void removeActuals(const QModelIndexList &rows);

protected:
    void reload() override;

private:
    std::vector<KpiActual> m_actuals;
};

} // namespace cplan
