#pragma once

#include "document.h"
#include "itemroles.h"
#include "reviewcomments.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace cplan {

// Roles of the comment list beyond Qt's own; RecordIdRole answers the comment's id.
enum CommentRole {
    CommentAnchorRole = StatusRole + 100, // the record the thread is about (QUuid, null for a section)
    CommentSectionRole,                   // the thread's section key ("" = whole plan)
    CommentThreadResolvedRole,            // bool: the thread is resolved
    CommentAuthorRole,                    // the comment's author
    CommentSearchTextRole,                // everything a search looks at
};

// The plan's comments as threads: each first comment at the top level, its replies below.
// Read-only; comments change through the commands in commentcommands.h.
class CommentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, AuthorColumn, WhenColumn, AnchorColumn, SectionColumn, StateColumn, ColumnCount };

    explicit CommentModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The index of a comment (column 0), invalid when it is not in the plan.
    QModelIndex indexOf(const RecordId &commentId) const;
    const CommentListEntry *entryAt(const QModelIndex &index) const;

private:
    struct Node
    {
        CommentListEntry entry;
        int parent = -1; // index into m_nodes
        int row = 0;     // among its parent's children
        std::vector<int> children;
    };
    void rebuild();

    Document *m_document;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

// Filters the comment list by state, section and words; replies follow their thread.
class CommentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { All, Open, Resolved };
    explicit CommentFilterModel(QObject *parent = nullptr);

    void setStateFilter(State state);
    // `section` null: every section; "" the whole plan; else a section key.
    void setSectionFilter(const QString &section);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool threadMatches(const QModelIndex &index) const;

    State m_state = State::All;
    QString m_section; // null: all
    QString m_search;
};

} // namespace cplan
