#include "commentmodel.h"

#include "displayformat.h"

#include <QLocale>

namespace cplan {

CommentModel::CommentModel(Document *document, QObject *parent) : QAbstractItemModel(parent), m_document(document)
{
    rebuild();
    // Comments are few: any change of them, or of a name they show, rebuilds the list.
    auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(document, &Document::recordsInserted, this, reset);
    connect(document, &Document::recordsRemoved, this, reset);
    connect(document, &Document::recordsMoved, this, reset);
    connect(document, &Document::recordChanged, this, reset);
}

void CommentModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    std::vector<int> lastAtDepth;
    for (CommentListEntry &entry : listComments(m_document->plan())) {
        Node node;
        const int depth = entry.depth;
        node.entry = std::move(entry);
        const int self = int(m_nodes.size());
        lastAtDepth.resize(std::size_t(depth));
        if (depth == 0) {
            node.row = int(m_roots.size());
            m_roots.push_back(self);
        } else {
            node.parent = lastAtDepth.back();
            node.row = int(m_nodes[std::size_t(node.parent)].children.size());
            m_nodes[std::size_t(node.parent)].children.push_back(self);
        }
        m_nodes.push_back(std::move(node));
        lastAtDepth.push_back(self);
    }
}

QModelIndex CommentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::vector<int> &list = parent.isValid() ? m_nodes[std::size_t(parent.internalId())].children : m_roots;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, quintptr(list[std::size_t(row)]));
}

QModelIndex CommentModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[std::size_t(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[std::size_t(parentNode)].row, 0, quintptr(parentNode));
}

int CommentModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[std::size_t(parent.internalId())].children.size());
}

int CommentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const CommentListEntry *CommentModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())].entry;
}

QModelIndex CommentModel::indexOf(const RecordId &commentId) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].entry.comment.id == commentId)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

QVariant CommentModel::data(const QModelIndex &index, int role) const
{
    const CommentListEntry *entry = entryAt(index);
    if (!entry)
        return {};
    const Comment &c = entry->comment;
    switch (role) {
    case RecordIdRole: return c.id;
    case CommentAnchorRole: return c.recordId;
    case CommentSectionRole: return entry->section;
    case CommentThreadResolvedRole: return entry->threadResolved;
    case CommentAuthorRole: return c.author;
    case CommentSearchTextRole:
        return QString(c.text + QLatin1Char('\n') + c.author + QLatin1Char('\n') + entry->anchorName);
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? c.text : QVariant();
    case SortRole:
        if (index.column() == WhenColumn)
            return c.createdAt;
        break;
    default: break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case TextColumn: return QString(c.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case AuthorColumn: return c.author.isEmpty() ? tr("(unknown)") : c.author;
    case WhenColumn: return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case AnchorColumn: return entry->depth == 0 ? entry->anchorName : QString();
    case SectionColumn: return entry->depth == 0 ? entry->sectionTitle : QString();
    case StateColumn:
        if (entry->depth > 0)
            return QString();
        return entry->threadResolved ? tr("Resolved") : tr("Open");
    case ColumnCount: break;
    }
    return {};
}

QVariant CommentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TextColumn: return tr("Comment");
    case AuthorColumn: return tr("Author");
    case WhenColumn: return tr("When");
    case AnchorColumn: return tr("On");
    case SectionColumn: return tr("Section");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

CommentFilterModel::CommentFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void CommentFilterModel::setStateFilter(State state)
{
    m_state = state;
    invalidateFilter();
}

void CommentFilterModel::setSectionFilter(const QString &section)
{
    m_section = section;
    invalidateFilter();
}

void CommentFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool CommentFilterModel::threadMatches(const QModelIndex &index) const
{
    if (index.data(CommentSearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int row = 0; row < model->rowCount(index); ++row) {
        if (threadMatches(model->index(row, 0, index)))
            return true;
    }
    return false;
}

bool CommentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true; // a reply shows with its thread
    const QModelIndex thread = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool resolved = thread.data(CommentThreadResolvedRole).toBool();
    if ((m_state == State::Open && resolved) || (m_state == State::Resolved && !resolved))
        return false;
    if (!m_section.isNull() && thread.data(CommentSectionRole).toString() != m_section)
        return false;
    return m_search.isEmpty() || threadMatches(thread);
}

} // namespace cplan
