#pragma once

#include "plandiff.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>
#include <vector>

namespace cplan {

// A comparison of two plans as a read-only tree for the Compare view: section → record →
// field, columns Field / Before / After. Added, removed and changed records are marked by
// text ("Added: …") and by colour.
class PlanDiffModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    // ChangeRole on a record or field row: the ChangeKind as int; on a section row: -1.
    static constexpr int ChangeRole = Qt::UserRole + 40;

    explicit PlanDiffModel(QObject *parent = nullptr);
    ~PlanDiffModel() override;

    void setDiff(PlanDiff diff);
    const PlanDiff &diff() const { return m_diff; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        int section = -1;
        int record = -1;
        int field = -1;
        std::vector<std::unique_ptr<Node>> children;
    };
    const Node *nodeOf(const QModelIndex &index) const;
    void build();

    PlanDiff m_diff;
    Node m_root;
};


// Filters a PlanDiffModel: records of one kind of change, and records that mention a text in
// their heading or any field (a matching record keeps all its fields; a section shows while
// any of its records does).
class PlanDiffFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PlanDiffFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setChangeKind(std::optional<ChangeKind> change);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool recordAccepted(const QModelIndex &record) const;
    bool mentions(const QModelIndex &row) const;

    QString m_text;
    std::optional<ChangeKind> m_change;
};

} // namespace cplan
